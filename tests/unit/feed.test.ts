import { describe, expect, it } from 'vitest';
import { byDateDescending, claimDate, startOfPeriod } from '../../src/lib/site/feed';

describe('feed dates', () => {
  it('places a partial date at the start of its period', () => {
    expect(startOfPeriod('2025-05').toISOString()).toBe('2025-05-01T00:00:00.000Z');
    expect(startOfPeriod('2025').toISOString()).toBe('2025-01-01T00:00:00.000Z');
  });
  it('dates a claim by its latest reporting source', () => {
    expect(claimDate(['2025', '2025-05-28', '2025-05-27'])).toBe('2025-05-28');
  });
  it('orders entries newest first', () => {
    const entries = [
      { title: 'a', path: '/a/', description: '', date: '2025' },
      { title: 'b', path: '/b/', description: '', date: '2025-05-28' },
    ];
    expect(byDateDescending(entries).map((entry) => entry.title)).toEqual(['b', 'a']);
  });
});
