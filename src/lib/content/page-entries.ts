/** A page entry's words for its route: content/pages/<id>, with placeholders filled in from the site's content. */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { getSiteContent } from './content';
import type { RoutePage } from './check-site';
import { pageTokenValues, pageWords, type PageWords } from './page-words';
import { timelineSpan } from './timeline';
import { latestYear, loadWdi, wdiValue } from '../data/wdi';
import type { TokenValues } from '../text/word-tokens';
import { SITE_WORDS_ENTRY, type SitePhrase } from './site-words';

let values: Promise<TokenValues> | undefined;

/** The placeholder values, computed once per build. */
export function pageValues(): Promise<TokenValues> {
  values ??= (async () => {
    const [{ sources, claims, glossary, timelineItems }, charts, data] = await Promise.all([getSiteContent(), getCollection('charts'), loadWdi()]);
    return pageTokenValues({
      sources: sources.length,
      claims: claims.length,
      terms: glossary.length,
      charts: charts.length,
      timelineSpan: timelineSpan(timelineItems),
      latestYear: (economy, indicator) => latestYear(data, economy, indicator),
      value: (economy, indicator, year) => wdiValue(data, economy, indicator, year),
    });
  })();
  return values;
}

/** The page entry and its filled-in words; the content check (check-site.ts) has made sure every route's entry exists. */
export async function getPageWords(id: RoutePage): Promise<{ entry: CollectionEntry<'pages'> } & PageWords> {
  const entry = await getEntry('pages', id);
  if (!entry) throw new Error(`content/pages/${id}.yaml (or .mdx) is missing: this page takes its title, description and words from it`);
  return { entry, ...pageWords({ file: entry.filePath ?? `content/pages/${id}`, data: entry.data }, await pageValues()) };
}

/** The words every page shares (content/pages/site.yaml): the check has made sure each of SITE_PHRASES is there. */
export async function getSiteWords(): Promise<Omit<PageWords, 'phrase' | 'around'> & {
  phrase: (name: SitePhrase, extra?: TokenValues) => string;
  around: (name: SitePhrase, extra?: TokenValues, at?: string) => [before: string, after: string];
}> {
  return getPageWords(SITE_WORDS_ENTRY);
}
