import { describe, expect, it } from 'vitest';
import { formatPartialDate, parsePartialDate, roughDate, type PartialDate } from '../../src/lib/text/dates';

describe('parsePartialDate', () => {
  it('accepts a real day, month or year and records the precision', () => {
    expect(parsePartialDate('2025-05-27')).toMatchObject({ year: 2025, month: 5, day: 27, precision: 'day' });
    expect(parsePartialDate('2025-05')).toMatchObject({ year: 2025, month: 5, precision: 'month' });
    expect(parsePartialDate('2025')).toMatchObject({ year: 2025, precision: 'year' });
    expect(parsePartialDate('2024-02-29')).toMatchObject({ day: 29 });
  });

  it('rejects impossible dates that Date would roll into March', () => {
    expect(new Date('2025-02-30').getUTCMonth()).toBe(2); // the trap this parser exists for
    expect(parsePartialDate('2025-02-30')).toEqual({ error: expect.stringContaining('February 2025 has 28 days') });
    expect(parsePartialDate('2023-02-29')).toHaveProperty('error');
    expect(parsePartialDate('2025-13')).toEqual({ error: expect.stringContaining('no month 13') });
  });

  it('rejects text that is not an ISO partial date', () => {
    expect(parsePartialDate('31 Febtember 2025')).toEqual({ error: expect.stringContaining('YYYY-MM-DD') });
    expect(parsePartialDate('May 2025')).toHaveProperty('error');
    expect(parsePartialDate('2025-5-1')).toHaveProperty('error');
  });
});

describe('formatPartialDate', () => {
  it('writes the date at its own precision', () => {
    const format = (text: string) => {
      const parsed = parsePartialDate(text);
      if ('error' in parsed) throw new Error(parsed.error);
      return formatPartialDate(parsed);
    };
    expect(format('2025-05-27')).toBe('27 May 2025');
    expect(format('2025-05')).toBe('May 2025');
    expect(format('2049')).toBe('2049');
  });
});

describe('roughDate', () => {
  const parsed = (text: string) => parsePartialDate(text) as PartialDate;
  it('says which part of the month a day falls in', () => {
    expect(roughDate(parsed('2025-05-28'))).toBe('late May 2025');
    expect(roughDate(parsed('2025-05-21'))).toBe('late May 2025');
    expect(roughDate(parsed('2025-05-20'))).toBe('mid May 2025');
    expect(roughDate(parsed('2025-05-10'))).toBe('early May 2025');
  });
  it('keeps a month or a year as it is', () => {
    expect(roughDate(parsed('2025-05'))).toBe('May 2025');
    expect(roughDate(parsed('2025'))).toBe('2025');
  });
});
