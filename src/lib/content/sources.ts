/** How a source's metadata reads to a reader. Pure, so the wording is unit-tested. */
import { formatPartialDate, parsePartialDate } from '../text/dates';
import type { SourceData } from './content-checks';

/** The headline, or our short name marked as such when the capture has no headline. */
export function displayTitle(source: Pick<SourceData, 'title' | 'short_name'>): string {
  return source.title ?? source.short_name;
}

/** "27 May 2025 (inferred)" or "28 May 2025". */
export function publishedLabel(published: SourceData['published']): string {
  const parsed = parsePartialDate(published.date);
  const text = 'error' in parsed ? published.date : formatPartialDate(parsed);
  return published.basis === 'inferred' ? `${text} (inferred)` : text;
}

/** Authors joined for reading: "A", "A and B", "A, B and C". */
export function authorList(authors: readonly string[]): string | undefined {
  if (authors.length === 0) return undefined;
  if (authors.length === 1) return authors[0];
  return `${authors.slice(0, -1).join(', ')} and ${authors.at(-1)}`;
}

/** Capitalised kind for labels: "News report". */
export function kindLabel(kind: SourceData['kind']): string {
  return kind.charAt(0).toUpperCase() + kind.slice(1);
}
