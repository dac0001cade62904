/**
 * What a page tells the search index about itself (Pagefind metadata and filters).
 *
 * Everything inside a page's content is indexed, including chart titles, summaries and figure
 * captions. Mark text that should not be found (chart axes, tick labels, tooltips) with
 * `data-pagefind-ignore`; the index also skips `.chart-axis`, `.chart-tooltip`, `[role="tooltip"]`
 * and `svg .tick` (src/integrations/pagefind.ts).
 */

/** The kinds of page a reader can filter search results by. */
export const SEARCH_KINDS = {
  source: 'Source',
  claim: 'Claim',
  chart: 'Chart',
  timeline: 'Timeline',
  glossary: 'Glossary',
  story: 'Story',
  page: 'Page',
} as const;

export type SearchKind = keyof typeof SEARCH_KINDS;

export interface SearchMeta {
  /** What kind of page this is. */
  kind: SearchKind;
  /** Topic labels (not ids) for the topic filter. */
  topics?: readonly string[];
  /** The publisher, for source pages. */
  publisher?: string;
  /** An ISO partial date ("2025-05-27", "2025") for sorting by date. */
  date?: string;
}
