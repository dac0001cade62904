/**
 * Loads Pagefind's search API from the built bundle (`<base>pagefind/pagefind.js`) on first use.
 * The bundle exists only after `npm run build`, so the import is resolved at runtime, never by Vite.
 * In `astro dev` the dev server serves the last built bundle and says whether it is older than the
 * content (src/integrations/dev-search.ts); without one, search says how to make it.
 */
import { DEV_INDEX_STATUS_FILE, type DevIndexStatus } from '../lib/search/dev-search';
import { HIGHLIGHT_PARAM } from '../lib/search/search-keys';
import type { PagefindResultData, PagefindSearchOptions } from '../lib/search/search-query';

export interface PagefindSearchResponse {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  unfilteredResultCount: number;
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: PagefindSearchOptions): Promise<PagefindSearchResponse>;
  preload(term: string, options?: PagefindSearchOptions): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Thrown when search cannot run; `message` is what to say (in `npm run dev`, the dev server's notice). */
export class SearchUnavailableError extends Error {}
/** Pagefind's code could not be fetched (offline, a network blip); the panel says so in the content's words. */
export class SearchOfflineError extends SearchUnavailableError {}

export const bundleUrl = (file: string): string => `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/${file}`;

/**
 * Ranking boosts for matches in page metadata. `title` keeps Pagefind's default (5); `names`
 * (src/lib/search/search-meta.ts: a source's authors, publisher and short name, the glossary's terms)
 * counts twice as much, so those names find their page first rather than the many pages that
 * mention them.
 */
const META_WEIGHTS = { title: 5, names: 10 };

let loading: Promise<PagefindApi> | undefined;
let devStatus: Promise<DevIndexStatus> | undefined;

/** In `astro dev`: the index the dev server serves, compared with the content (asked once per page). */
function devIndex(): Promise<DevIndexStatus> {
  devStatus ??= fetch(bundleUrl(DEV_INDEX_STATUS_FILE)).then((response) => response.json() as Promise<DevIndexStatus>);
  return devStatus;
}

/** In `astro dev`: what search should say about that index, if anything. */
export const devIndexNotice = async (): Promise<string | undefined> => {
  const status = await devIndex();
  return 'notice' in status ? status.notice : undefined;
};

export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    if (import.meta.env.DEV && (await devIndex()).state === 'missing') throw new SearchUnavailableError((await devIndexNotice()) ?? '');
    let pagefind: PagefindApi;
    try {
      pagefind = (await import(/* @vite-ignore */ bundleUrl('pagefind.js'))) as PagefindApi;
    } catch {
      loading = undefined; // A network blip should not disable search for the rest of the visit.
      throw new SearchOfflineError();
    }
    await pagefind.options({ baseUrl: import.meta.env.BASE_URL, highlightParam: HIGHLIGHT_PARAM, excerptLength: 24, ranking: { metaWeights: META_WEIGHTS } });
    void pagefind.init();
    return pagefind;
  })();
  return loading;
}
