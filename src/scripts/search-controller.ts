/**
 * Runs one search panel (src/components/SearchPanel.astro): the /search/ page or the header
 * dialog. Searches as the reader types, renders results with Pagefind's highlighted excerpts,
 * announces the count politely, moves through results with the arrow keys and, on the page,
 * keeps the query, filters and order in the address.
 */
import { moveFocusIndex } from '../lib/search/search-keys';
import {
  FILTER_KEYS,
  PAGE_SIZE,
  emptyFilters,
  fillSearchWords,
  isSortId,
  parseSearchState,
  resultCountText,
  searchStateToQuery,
  shapeResult,
  toPagefindOptions,
  type FilterKey,
  type SearchState,
  type SearchWords,
  type ShapedResult,
} from '../lib/search/search-query';
import { devIndexNotice, loadPagefind, SearchOfflineError, SearchUnavailableError, type PagefindApi, type PagefindSearchResponse } from './pagefind-loader';

export interface SearchControllerOptions {
  /** Keep the search in the page's address (the /search/ page). */
  syncUrl: boolean;
  /** Each result's title is a heading of this level, so screen-reader users can jump between results. */
  headingLevel: 2 | 3;
  /** Enter in the box opens the best match (the dialog); otherwise it only runs the search. */
  enterOpensFirst?: boolean;
  /** Called whenever the search changes, e.g. to point the dialog's "all results" link at it. */
  onChange?: (state: SearchState) => void;
}

/** Fired on the panel after results are on screen; tests time typing-to-results with it. */
export const RENDERED_EVENT = 'search-rendered';

const required = <T extends Element>(root: ParentNode, selector: string): T => {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`Search panel is missing ${selector}`);
  return element;
};

export class SearchController {
  readonly root: HTMLElement;
  readonly input: HTMLInputElement;
  private readonly status: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly more: HTMLButtonElement;
  private readonly filtersBox: HTMLElement | null;
  private readonly sortSelect: HTMLSelectElement | null;
  private readonly options: SearchControllerOptions;
  /** The words it shows, from the panel's data-search-words (content/pages/site.yaml). */
  private readonly words: SearchWords;
  private state: SearchState = { q: '', filters: emptyFilters(), sort: 'relevance' };
  private pagefind: PagefindApi | undefined;
  private response: PagefindSearchResponse | undefined;
  private shown = 0;
  private sequence = 0;

  constructor(root: HTMLElement, options: SearchControllerOptions) {
    this.root = root;
    this.options = options;
    this.input = required(root, '[data-search-input]');
    this.status = required(root, '[data-search-status]');
    this.list = required(root, '[data-search-results]');
    this.more = required(root, '[data-search-more]');
    this.filtersBox = root.querySelector('[data-search-filters]');
    this.sortSelect = root.querySelector('[data-search-sort]');
    this.words = JSON.parse(root.dataset['searchWords'] ?? '') as SearchWords;
  }

  /** Wires the events and loads Pagefind; runs the search in the address on the /search/ page. */
  async start(): Promise<void> {
    const form = required<HTMLFormElement>(this.root, '[data-search-form]');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      // Results are already on screen as the reader types; in the dialog, Enter opens the best match.
      const first = this.links()[0];
      if (this.options.enterOpensFirst && first && this.input.value.trim() === this.state.q) first.click();
      else void this.update({ q: this.input.value });
    });
    this.input.addEventListener('input', () => void this.update({ q: this.input.value }));
    this.input.addEventListener('focus', () => void this.ensurePagefind(), { once: true });
    this.root.addEventListener('keydown', (event) => this.onKeydown(event));
    this.more.addEventListener('click', () => void this.showMore());
    this.sortSelect?.addEventListener('change', () => {
      const sort = this.sortSelect?.value;
      if (isSortId(sort)) void this.update({ sort });
    });
    this.filtersBox?.addEventListener('change', (event) => {
      const box = event.target;
      if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox') return;
      const key = box.name as FilterKey;
      const values = new Set(this.state.filters[key]);
      if (box.checked) values.add(box.value);
      else values.delete(box.value);
      void this.update({ filters: { ...this.state.filters, [key]: [...values] } });
    });

    if (this.options.syncUrl) {
      this.state = parseSearchState(location.search);
      this.input.value = this.state.q;
      if (this.sortSelect) this.sortSelect.value = this.state.sort;
      window.addEventListener('popstate', () => {
        this.state = parseSearchState(location.search);
        this.input.value = this.state.q;
        if (this.sortSelect) this.sortSelect.value = this.state.sort;
        this.syncFilterBoxes();
        void this.run();
      });
    } else {
      // Words typed into the dialog before this code had loaded.
      this.state = { ...this.state, q: this.input.value };
    }
    if (await this.ensurePagefind()) {
      await this.renderFilters();
      if (this.state.q) await this.run();
    }
  }

  /** Loads Pagefind once; on failure shows the reason (e.g. in `astro dev`) instead of erroring. */
  private async ensurePagefind(): Promise<PagefindApi | undefined> {
    if (this.pagefind) return this.pagefind;
    try {
      this.pagefind = await loadPagefind();
      if (import.meta.env.DEV) void this.showDevNotice();
      return this.pagefind;
    } catch (error) {
      const message = error instanceof SearchOfflineError ? this.words.offline : error instanceof SearchUnavailableError ? error.message : this.words.unavailable;
      this.setStatus(message, true);
      return undefined;
    }
  }

  /**
   * `npm run dev` only: says, above the results, when the index it serves (the last build's) is
   * older than the content. Made here rather than in the page, so built pages never carry it.
   */
  private async showDevNotice(): Promise<void> {
    const text = await devIndexNotice();
    if (!text || this.root.querySelector('[data-search-dev-notice]')) return;
    const notice = document.createElement('p');
    notice.className = 'search-dev-notice';
    notice.dataset['searchDevNotice'] = '';
    notice.textContent = text;
    this.status.before(notice);
  }

  private async update(change: Partial<SearchState>): Promise<void> {
    this.state = { ...this.state, ...change, q: (change.q ?? this.state.q).trim() };
    if (this.options.syncUrl) {
      const address = `${location.pathname}${searchStateToQuery(this.state)}${location.hash}`;
      if (address !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', address);
    }
    this.options.onChange?.(this.state);
    await this.run();
  }

  private async run(): Promise<void> {
    const sequence = ++this.sequence;
    const { q } = this.state;
    if (!q) {
      this.response = undefined;
      this.list.replaceChildren();
      this.more.hidden = true;
      this.setStatus('');
      delete this.list.dataset['query'];
      return;
    }
    const started = performance.now();
    const pagefind = await this.ensurePagefind();
    if (!pagefind || sequence !== this.sequence) return;
    const response = await pagefind.search(q, toPagefindOptions(this.state));
    const first = await this.load(response, 0);
    if (sequence !== this.sequence) return; // A newer keystroke won; drop these results.
    this.response = response;
    this.shown = 0;
    this.list.replaceChildren();
    this.append(first);
    const filtered = FILTER_KEYS.some((key) => this.state.filters[key].length > 0);
    this.setStatus(resultCountText(this.words.results, response.results.length, q, filtered));
    this.list.dataset['query'] = q;
    const ms = performance.now() - started;
    this.root.dispatchEvent(new CustomEvent(RENDERED_EVENT, { detail: { query: q, count: response.results.length, ms } }));
  }

  private async load(response: PagefindSearchResponse, from: number): Promise<ShapedResult[]> {
    const slice = response.results.slice(from, from + PAGE_SIZE);
    return (await Promise.all(slice.map((result) => result.data()))).map((data) => shapeResult(data));
  }

  private async showMore(): Promise<void> {
    if (!this.response) return;
    const sequence = this.sequence;
    const next = await this.load(this.response, this.shown);
    if (sequence !== this.sequence) return;
    const firstNew = this.shown;
    this.append(next);
    this.list.querySelectorAll<HTMLElement>(':scope > li')[firstNew]?.querySelector('a')?.focus();
  }

  private append(results: ShapedResult[]): void {
    const items = results.map((result) => {
      const item = document.createElement('li');
      item.className = 'search-result';
      const link = document.createElement('a');
      link.className = 'search-result__link';
      link.href = result.url;
      link.textContent = result.title;
      const heading = document.createElement(`h${this.options.headingLevel}`);
      heading.className = 'search-result__title';
      heading.append(link);
      item.append(heading);
      if (result.details) {
        const details = document.createElement('p');
        details.className = 'search-result__details';
        details.textContent = result.details;
        item.append(details);
      }
      const excerpt = document.createElement('p');
      excerpt.className = 'search-result__excerpt';
      excerpt.innerHTML = result.excerpt; // Pagefind escapes the text and adds only <mark>.
      item.append(excerpt);
      if (result.sections.length > 0) {
        const sections = document.createElement('ul');
        sections.className = 'search-result__sections';
        for (const section of result.sections) {
          const entry = document.createElement('li');
          const sectionLink = document.createElement('a');
          sectionLink.href = section.url;
          sectionLink.textContent = section.title;
          entry.append(sectionLink);
          sections.append(entry);
        }
        item.append(sections);
      }
      return item;
    });
    this.list.append(...items);
    this.shown += results.length;
    const total = this.response?.results.length ?? 0;
    this.more.hidden = this.shown >= total;
    this.more.textContent = fillSearchWords(this.words.more, { count: total - this.shown });
  }

  private async renderFilters(): Promise<void> {
    if (!this.filtersBox || !this.pagefind) return;
    const available = await this.pagefind.filters();
    const groups = FILTER_KEYS.map((key) => {
      const values = new Map(Object.entries(available[key] ?? {}));
      for (const chosen of this.state.filters[key]) if (!values.has(chosen)) values.set(chosen, 0);
      if (values.size === 0) return undefined;
      const fieldset = document.createElement('fieldset');
      fieldset.className = 'search-filter';
      const legend = document.createElement('legend');
      legend.textContent = this.words.filters[key];
      fieldset.append(legend);
      [...values.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .forEach(([value, count], index) => {
          const id = `${this.input.id}-${key}-${index}`;
          const box = document.createElement('input');
          box.type = 'checkbox';
          box.id = id;
          box.name = key;
          box.value = value;
          box.checked = this.state.filters[key].includes(value);
          const label = document.createElement('label');
          label.htmlFor = id;
          label.textContent = `${value} (${count})`;
          const row = document.createElement('div');
          row.className = 'search-filter__option';
          row.append(box, label);
          fieldset.append(row);
        });
      return fieldset;
    }).filter((group): group is HTMLFieldSetElement => group !== undefined);
    this.filtersBox.replaceChildren(...groups);
    // Filters chosen in a shared address are shown, so the reader sees why results are narrowed.
    const details = this.filtersBox.closest('details');
    if (details && (FILTER_KEYS.some((key) => this.state.filters[key].length > 0) || this.state.sort !== 'relevance')) {
      details.open = true;
    }
  }

  private syncFilterBoxes(): void {
    for (const box of this.filtersBox?.querySelectorAll<HTMLInputElement>('input[type=checkbox]') ?? []) {
      box.checked = this.state.filters[box.name as FilterKey]?.includes(box.value) ?? false;
    }
  }

  private links(): HTMLAnchorElement[] {
    return [...this.list.querySelectorAll<HTMLAnchorElement>('a[href]')];
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const links = this.links();
    const target = event.target;
    const current = target === this.input ? -1 : links.indexOf(target as HTMLAnchorElement);
    if (current === -1 && target !== this.input) return;
    const next = moveFocusIndex(current, event.key, links.length);
    if (next === undefined) return;
    event.preventDefault();
    if (next !== current) (next === -1 ? this.input : links[next])?.focus();
  }

  private setStatus(text: string, isError = false): void {
    this.status.textContent = text;
    this.status.classList.toggle('search-status--error', isError);
  }
}
