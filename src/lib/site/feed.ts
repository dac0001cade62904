/** The RSS feed's items: sources and claims with their dates. Pure, so the dating is tested. */
import { parsePartialDate } from '../text/dates';

export interface FeedEntry {
  title: string;
  path: string;
  description: string;
  /** ISO partial date ("2025-05-27", "2025-05" or "2025"). */
  date: string;
}

/** A partial date as a Date at the start of its period (UTC): "2025-05" is 1 May 2025. */
export function startOfPeriod(date: string): Date {
  const parsed = parsePartialDate(date);
  if ('error' in parsed) throw new Error(parsed.error);
  return new Date(Date.UTC(parsed.year, (parsed.month ?? 1) - 1, parsed.day ?? 1));
}

/** A claim's date: the latest publication date among the sources reporting it. */
export function claimDate(reportingSourceDates: readonly string[]): string {
  return [...reportingSourceDates].sort((a, b) => startOfPeriod(a).getTime() - startOfPeriod(b).getTime() || a.length - b.length).at(-1) ?? '';
}

/** Newest first; ties keep their order. */
export function byDateDescending(entries: readonly FeedEntry[]): FeedEntry[] {
  return [...entries].sort((a, b) => startOfPeriod(b.date).getTime() - startOfPeriod(a.date).getTime());
}
