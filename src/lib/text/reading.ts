/** Reading aids for long pages. */
import { markdownProse, words } from '../content/quotes';
import { parsePartialDate, type PartialDate } from './dates';

/** Minutes to read a Markdown body at 220 words a minute (at least 1). */
export function readingMinutes(body: string, wordsPerMinute = 220): number {
  return Math.max(1, Math.round(words(markdownProse(body)).length / wordsPerMinute));
}

/** The latest day-precision date among the sources' publication dates, e.g. "2025-05-28". */
export function latestDatedSource(dates: readonly string[]): string | undefined {
  return dates.filter((date) => /^\d{4}-\d{2}-\d{2}$/.test(date)).sort().at(-1);
}

/** What the story is "as of": the latest full publication date among the sources, if any has one. */
export function storyAsOf(dates: readonly string[]): PartialDate | undefined {
  const latest = latestDatedSource(dates);
  const parsed = latest === undefined ? undefined : parsePartialDate(latest);
  return parsed && !('error' in parsed) ? parsed : undefined;
}
