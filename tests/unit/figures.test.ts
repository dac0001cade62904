import { describe, expect, it } from 'vitest';
import { formatFigure } from '../../src/lib/figures';

describe('formatFigure', () => {
  it('writes numbers the way prose does', () => {
    expect(formatFigure({ value: 145, unit: '%' })).toBe('145%');
    expect(formatFigure({ value: 40, unit: '% of GDP' })).toBe('40% of GDP');
    expect(formatFigure({ value: 15000, unit: 'firms' })).toBe('15,000 firms');
    expect(formatFigure({ value: 2049, unit: 'year (target)' })).toBe('2049');
  });
});
