import { describe, expect, it } from 'vitest';
import { formatFigure, formatFigureWithQualifier } from '../../src/lib/content/figures';

describe('formatFigure', () => {
  it('writes numbers the way prose does', () => {
    expect(formatFigure({ value: 145, unit: '%' })).toBe('145%');
    expect(formatFigure({ value: 40, unit: '% of GDP' })).toBe('40% of GDP');
    expect(formatFigure({ value: 15000, unit: 'firms' })).toBe('15,000 firms');
    expect(formatFigure({ value: 2049, unit: 'year (target)' })).toBe('2049');
  });

  it('keeps the unit of a duration, which is not a calendar year', () => {
    expect(formatFigure({ value: 10, unit: 'years' })).toBe('10 years');
  });
});

describe('formatFigureWithQualifier', () => {
  it('prints years without a thousands separator and keeps their qualifier', () => {
    expect(formatFigureWithQualifier({ value: 2026, unit: 'year' })).toBe('2026');
    expect(formatFigureWithQualifier({ value: 2035, unit: 'year (target)' })).toBe('2035 (target)');
  });

  it('writes percentages as prose does, with no space before the sign', () => {
    expect(formatFigureWithQualifier({ value: 145, unit: '%' })).toBe('145%');
    expect(formatFigureWithQualifier({ value: 5, unit: '% (GDP growth)' })).toBe('5% (GDP growth)');
    expect(formatFigureWithQualifier({ value: 953, unit: 'product categories' })).toBe('953 product categories');
  });
});
