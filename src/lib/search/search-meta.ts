/**
 * What a page tells the search index about itself (Pagefind metadata and filters).
 *
 * Everything inside a page's content is indexed, including chart titles, summaries and figure
 * captions. Mark text that should not be found, or that repeats another page's names as page
 * furniture (breadcrumbs, "reported by" lists, matrix headers), with `data-pagefind-ignore`. Text
 * inside a chart's `<svg>` (axis labels) is never indexed (src/integrations/pagefind.ts).
 */

/**
 * The kinds of page a reader can filter search results by; each is named by its phrase kind_…
 * of content/pages/site.yaml ("Source"), which is also the filter's value in the address.
 */
export const SEARCH_KINDS = ['source', 'claim', 'chart', 'timeline', 'glossary', 'story', 'page'] as const;

export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchMeta {
  /** What kind of page this is. */
  kind: SearchKind;
  /** Topic labels (not ids) for the topic filter. */
  topics?: readonly string[];
  /** The publisher, for source pages. */
  publisher?: string;
  /** An ISO partial date ("2025-05-27", "2025") for sorting by date. */
  date?: string;
  /**
   * The names a reader types to find this page (a source's authors, publisher and short name; the
   * glossary's terms). Indexed as metadata, which search ranks above the page's text
   * (META_WEIGHTS in src/scripts/pagefind-loader.ts).
   */
  names?: readonly string[];
}
