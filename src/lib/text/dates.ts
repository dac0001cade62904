/**
 * Strict partial dates ("2025-05-27", "2025-05", "2025"). JavaScript's Date parser silently
 * rolls impossible dates forward (2025-02-30 becomes 2 March), so we parse by hand.
 */

export type DatePrecision = 'day' | 'month' | 'year';

export interface PartialDate {
  year: number;
  /** 1–12, present for month and day precision. */
  month?: number;
  /** 1–31, present for day precision. */
  day?: number;
  precision: DatePrecision;
  /** The date as written, e.g. "2025-05". Sorts correctly as a string. */
  iso: string;
}

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids time-zone drift.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses a partial date, or returns a sentence an editor can act on. */
export function parsePartialDate(text: string): PartialDate | { error: string } {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (!match) {
    return { error: `"${text}" is not a date: write YYYY-MM-DD, YYYY-MM or YYYY (e.g. "2025-05-27")` };
  }
  const year = Number(match[1]);
  const iso = text.trim();
  if (match[2] === undefined) return { year, precision: 'year', iso };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return { error: `"${text}" has no month ${match[2]}: months run 01 to 12` };
  if (match[3] === undefined) return { year, month, precision: 'month', iso };
  const day = Number(match[3]);
  const lastDay = daysInMonth(year, month);
  if (day < 1 || day > lastDay) {
    return { error: `"${text}" does not exist: ${MONTH_NAMES[month - 1]} ${year} has ${lastDay} days` };
  }
  return { year, month, day, precision: 'day', iso };
}

/** "27 May 2025", "May 2025" or "2025", matching the date's precision. */
export function formatPartialDate(date: PartialDate): string {
  const monthName = date.month === undefined ? '' : MONTH_NAMES[date.month - 1];
  if (date.precision === 'year') return String(date.year);
  if (date.precision === 'month') return `${monthName} ${date.year}`;
  return `${date.day} ${monthName} ${date.year}`;
}

/** A date as a reader would say it roughly: "late May 2025" (days 21 on), "mid", "early"; "May 2025"; "2025". */
export function roughDate(date: PartialDate): string {
  if (date.precision !== 'day' || date.day === undefined) return formatPartialDate(date);
  const part = date.day <= 10 ? 'early' : date.day <= 20 ? 'mid' : 'late';
  return `${part} ${formatPartialDate({ ...date, precision: 'month' })}`;
}
