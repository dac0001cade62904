/**
 * Pure search logic shared by the /search/ page and the header dialog: the query string, the
 * options passed to Pagefind, the shape of a rendered result, the wording of the result count and
 * keyboard handling. No DOM here, so it is unit-tested in tests/unit/search-query.test.ts.
 */
import { formatPartialDate, parsePartialDate } from '../text/dates';

/** The filters a reader can narrow results by; each is a Pagefind filter key (see SearchScope). */
export const FILTER_KEYS = ['kind', 'topic', 'publisher'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Result orders: Pagefind's relevance, or the `date` sort key (ISO partial dates sort as text). */
export const SORTS = ['relevance', 'date-desc', 'date-asc'] as const;
export type SortId = (typeof SORTS)[number];

/**
 * The words the search script shows, from content/pages/site.yaml, which the panel carries in a
 * data attribute (scripts type no words). `{count}` and `{query}` are left in for the script.
 */
export interface SearchWords {
  /** After a search: one result, several, none; each also `_filtered`, while a filter is chosen. */
  results: Record<'one' | 'many' | 'none' | 'one_filtered' | 'many_filtered' | 'none_filtered', string>;
  /** The button under the results; {count} is how many are not shown yet. */
  more: string;
  /** Each filter's legend. */
  filters: Record<FilterKey, string>;
  /** When Pagefind fails to load (offline), or search fails for another reason. */
  offline: string;
  unavailable: string;
}

/** A search word with its {count} and {query} filled in. */
export const fillSearchWords = (text: string, values: { count: number; query?: string }): string =>
  text.replace(/\{count\}/g, String(values.count)).replace(/\{query\}/g, () => values.query ?? '');

/** How many results are loaded and shown at once. */
export const PAGE_SIZE = 10;

/** Everything that defines a search, as kept in the /search/ page's address. */
export interface SearchState {
  q: string;
  filters: Record<FilterKey, string[]>;
  sort: SortId;
}

export const emptyFilters = (): Record<FilterKey, string[]> => ({ kind: [], topic: [], publisher: [] });

export const isSortId = (value: string | null | undefined): value is SortId => (SORTS as readonly (string | null | undefined)[]).includes(value);

/** Reads a search from a query string such as "?q=tariffs&kind=Source&sort=date-desc". */
export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters = emptyFilters();
  for (const key of FILTER_KEYS) {
    filters[key] = [...new Set(params.getAll(key).map((value) => value.trim()).filter(Boolean))];
  }
  const sort = params.get('sort');
  return { q: (params.get('q') ?? '').trim(), filters, sort: isSortId(sort) ? sort : 'relevance' };
}

/** Writes a search as a query string ("" when empty), the inverse of parseSearchState. */
export function searchStateToQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const key of FILTER_KEYS) for (const value of state.filters[key]) params.append(key, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Pagefind's filter-and-sort options. Values within one filter widen (any); filters narrow (all). */
export interface PagefindSearchOptions {
  filters?: Partial<Record<FilterKey, { any: string[] }>>;
  sort?: { date: 'asc' | 'desc' };
}

export function toPagefindOptions(state: Pick<SearchState, 'filters' | 'sort'>): PagefindSearchOptions {
  const options: PagefindSearchOptions = {};
  const filters: PagefindSearchOptions['filters'] = {};
  for (const key of FILTER_KEYS) if (state.filters[key].length > 0) filters[key] = { any: [...state.filters[key]] };
  if (Object.keys(filters).length > 0) options.filters = filters;
  if (state.sort === 'date-desc') options.sort = { date: 'desc' };
  if (state.sort === 'date-asc') options.sort = { date: 'asc' };
  return options;
}

/** The subset of Pagefind's result data this site uses (see Pagefind's "search API" docs). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
}

/** One result as the UI renders it. `excerpt` is Pagefind's HTML: entities escaped, terms in <mark>. */
export interface ShapedResult {
  url: string;
  title: string;
  excerpt: string;
  /** "Source · Foundation for Defense of Democracies (FDD) · 28 May 2025" */
  details: string;
  /** Up to two sections of the page (headings with ids) that match, for long pages such as the glossary. */
  sections: PagefindSubResult[];
}

/** Strips Pagefind's highlight parameter and hash, to compare a sub-result with its page. */
function pageOf(url: string): string {
  return url.replace(/[?#].*$/, '');
}

function readableDate(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const parsed = parsePartialDate(iso);
  return 'error' in parsed ? undefined : formatPartialDate(parsed);
}

export function shapeResult(data: PagefindResultData, maxSections = 2): ShapedResult {
  const title = data.meta['title']?.trim() || pageOf(data.url);
  const details = [data.meta['kind'], data.meta['publisher'], readableDate(data.meta['date'])].filter(Boolean).join(' · ');
  const sections = (data.sub_results ?? [])
    .filter((sub) => sub.url.includes('#') && sub.title.trim() && sub.title.trim() !== title)
    .slice(0, maxSections);
  return { url: data.url, title, excerpt: data.excerpt, details, sections };
}

/** The polite announcement after a search, in the content's words, e.g. "3 results for “tariffs”". */
export function resultCountText(words: SearchWords['results'], count: number, query: string, filtered = false): string {
  const form = count === 0 ? 'none' : count === 1 ? 'one' : 'many';
  return fillSearchWords(words[filtered ? (`${form}_filtered` as const) : form], { count, query: query.trim() });
}
