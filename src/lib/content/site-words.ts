/**
 * The words every page shares (content/pages/site.yaml): the site's name (its title), the header,
 * the search box and a few labels components show on many pages. Its phrases are a closed list,
 * so the content check names a missing or misspelt one at its line before anything renders. Pure.
 */
import { parse } from 'yaml';
import type { LocatedProblem } from './content-checks';
import { tokensIn } from '../text/word-tokens';

/** The page entry that holds them. */
export const SITE_WORDS_ENTRY = 'site';

/** Every phrase of content/pages/site.yaml, by the name the components ask for. */
export const SITE_PHRASES = [
  'skip_link',
  'nav_label',
  'nav_story',
  'nav_sources',
  'nav_claims',
  'nav_data',
  'nav_timeline',
  'nav_glossary',
  'nav_about',
  'nav_search',
  'search_button',
  'theme_toggle',
  'dialog_title',
  'dialog_close',
  'search_label',
  'search_submit',
  'search_hint',
  'search_options',
  'filter_kind',
  'filter_topic',
  'filter_publisher',
  'sort_label',
  'sort_relevance',
  'sort_date_desc',
  'sort_date_asc',
  // One for each of SEARCH_KINDS.
  'kind_source',
  'kind_claim',
  'kind_chart',
  'kind_timeline',
  'kind_glossary',
  'kind_story',
  'kind_page',
  'results_label',
  'results_one',
  'results_many',
  'results_none',
  'results_one_filtered',
  'results_many_filtered',
  'results_none_filtered',
  'results_more',
  'results_all',
  'search_offline',
  'search_unavailable',
  'table_scrolls',
  'not_stated',
  'topics_label',
  'last_updated',
  'edit_page',
] as const;
export type SitePhrase = (typeof SITE_PHRASES)[number];

/**
 * The problems of the site's words: a placeholder in its name (which is read without them, see
 * SITE_NAME), a missing phrase (at the `phrases` field) or one no component asks for (at its name).
 */
export function siteWordsProblems(file: string, text: string, data: { title: string; phrases?: Readonly<Record<string, string>> | undefined }): LocatedProblem[] {
  const written = Object.keys(data.phrases ?? {});
  // A missing phrase is named at the line "phrases:" (the file's first line when it has none).
  const phrasesLine = text.slice(0, Math.max(0, text.search(/^phrases:/m))).split('\n').length;
  const title = tokensIn(data.title).map((token) => ({ file, field: 'title', message: `the site's name takes no placeholder: write it out instead of {${token.name}}.` }));
  const missing = SITE_PHRASES.filter((name) => !written.includes(name)).map((name) => ({
    file,
    field: 'phrases',
    message: `no phrase "${name}": every page shows it, so add it under phrases: (the comments in the file say where each phrase shows).`,
    position: { line: phrasesLine, column: 1 },
  }));
  const unknown = written
    .filter((name) => !(SITE_PHRASES as readonly string[]).includes(name))
    .map((name) => ({ file, field: `phrases.${name}`, message: `no component shows a phrase named "${name}": check its spelling. The phrases of this file are ${SITE_PHRASES.join(', ')}.` }));
  return [...title, ...missing, ...unknown];
}

/** The site's name: the title in the text of content/pages/site.yaml (`file`); throws, naming the file, when it has none. */
export function siteNameIn(text: string, file: string): string {
  const title = (parse(text) as { title?: unknown } | null)?.title;
  if (typeof title !== 'string' || title.trim() === '') throw new Error(`${file} title: the site's name is required`);
  return title;
}
