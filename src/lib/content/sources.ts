/** How a source's metadata reads to a reader. Pure, so the wording is unit-tested. */
import { formatPartialDate, parsePartialDate } from '../text/dates';
import type { SourceData } from './content-checks';
import type { PageWords } from './page-words';
import { plain } from '../text/word-tokens';

/** The phrases of content/pages/sources.yaml that name a source's facts. */
type SourceWords = Pick<PageWords, 'phrase'>;

/** The headline, or our short name marked as such when the capture has no headline. */
export function displayTitle(source: Pick<SourceData, 'title' | 'short_name'>): string {
  return source.title ?? source.short_name;
}

/** "28 May 2025", or an inferred date in the phrase date_inferred: "27 May 2025 (inferred)". */
export function publishedLabel(published: SourceData['published'], words: SourceWords): string {
  const parsed = parsePartialDate(published.date);
  const text = 'error' in parsed ? published.date : formatPartialDate(parsed);
  return published.basis === 'inferred' ? words.phrase('date_inferred', { date: plain('date', () => text) }) : text;
}

/** Authors joined for reading, the last by the phrase authors_last ("{list} and {name}"): "A", "A and B", "A, B and C". */
export function authorList(authors: readonly string[], words: SourceWords): string | undefined {
  if (authors.length <= 1) return authors[0];
  return words.phrase('authors_last', { list: plain('list', () => authors.slice(0, -1).join(', ')), name: plain('name', () => authors.at(-1) ?? '') });
}

/** The kind's name, its phrase kind_…: "news report" reads kind_news_report, "News report". */
export function kindLabel(kind: SourceData['kind'], words: SourceWords): string {
  return words.phrase(`kind_${kind.replace(/ /g, '_')}`);
}
