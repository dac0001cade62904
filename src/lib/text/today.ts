/**
 * The site's idea of "today": what is past and what is still ahead for the sources' plans.
 * The build date, unless SITE_TODAY pins it ("YYYY-MM-DD"), so tests are deterministic.
 */
import { parsePartialDate } from './dates';

/** The variable that pins "today" for a build, e.g. SITE_TODAY=2026-04-01. */
export const TODAY_VARIABLE = 'SITE_TODAY';

/** Today (UTC midnight) from `env`, or the clock when SITE_TODAY is unset. */
export function today(env: Readonly<Record<string, string | undefined>> = process.env, clock: Date = new Date()): Date {
  const pinned = env[TODAY_VARIABLE];
  if (pinned === undefined || pinned === '') return new Date(Date.UTC(clock.getUTCFullYear(), clock.getUTCMonth(), clock.getUTCDate()));
  const date = parsePartialDate(pinned);
  if ('error' in date || date.precision !== 'day') {
    throw new Error(`${TODAY_VARIABLE}=${pinned}: write one day as YYYY-MM-DD, e.g. ${TODAY_VARIABLE}=2026-04-01`);
  }
  return new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
}

/** "2026-04-01". */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
