import { describe, expect, it } from 'vitest';
import { latestDatedSource, readingMinutes } from '../../src/lib/text/reading';

describe('reading aids', () => {
  it('estimates reading time from prose, not markup', () => {
    expect(readingMinutes(`${'word '.repeat(1100)}<Chart id="a-very-long-chart-id" />`)).toBe(5);
    expect(readingMinutes('short')).toBe(1);
  });
  it('finds the latest exactly dated source', () => {
    expect(latestDatedSource(['2025', '2025-05-27', '2025-05-28', '2025-06'])).toBe('2025-05-28');
  });
});
