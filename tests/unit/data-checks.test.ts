import { describe, expect, it } from 'vitest';
import { evaluateCheck, type DataCheck, type DataLookup } from '../../src/lib/data/data-checks';
import { contentPageWords } from './fixtures';

const { phrase } = contentPageWords('claims');

/** A fixture dataset: values by "ECONOMY|INDICATOR|YEAR". */
function lookup(values: Record<string, number>): DataLookup {
  return {
    value: (economy, indicator, year) => values[`${economy}|${indicator}|${year}`],
    latestYear: (economy, indicator) => {
      const years = Object.keys(values)
        .filter((key) => key.startsWith(`${economy}|${indicator}|`))
        .map((key) => Number(key.split('|')[2]));
      return years.length > 0 ? Math.max(...years) : undefined;
    },
    economyName: (economy) => ({ CHN: 'China', USA: 'United States', JPN: 'Japan' })[economy] ?? economy,
  };
}

const published = {
  'CHN|NE.CON.PRVT.ZS|2023': 39.13,
  'CHN|NE.CON.GOVT.ZS|2023': 16.5,
  'CHN|NE.GDI.TOTL.ZS|2023': 42.08,
  'USA|NE.GDI.TOTL.ZS|2023': 21.54,
  'USA|NE.CON.PRVT.ZS|2023': 67.9,
  'JPN|NE.CON.PRVT.ZS|2022': 55.6,
};

const consumption: DataCheck = {
  test: 'approx',
  as_reported: 'about 40 percent',
  measure: { economy: 'CHN', indicators: ['NE.CON.PRVT.ZS'] },
  year: 2023,
  expected: 40,
  tolerance: 3,
  context: [{ label: 'Households plus government', measure: { economy: 'CHN', indicators: ['NE.CON.PRVT.ZS', 'NE.CON.GOVT.ZS'] }, year: 2023 }],
};

describe('evaluateCheck', () => {
  it('finds the reported consumption share consistent with the data, and computes the context', () => {
    const result = evaluateCheck(consumption, lookup(published), phrase);
    expect(result.verdict).toBe('consistent');
    expect(result.explanation).toBe('The data give 39.1% for China in 2023, 0.9 points from the reported 40% (tolerance ±3).');
    expect(result.context[0]?.value).toBeCloseTo(55.63, 2);
  });

  it('changes its verdict when a data value in the fixture changes', () => {
    const changed = lookup({ ...published, 'CHN|NE.CON.PRVT.ZS|2023': 30 });
    const result = evaluateCheck(consumption, changed, phrase);
    expect(result.verdict).toBe('differs');
    expect(result.explanation).toContain('30.0%');
  });

  it('says "not testable" instead of guessing when a year has no value', () => {
    const result = evaluateCheck({ ...consumption, year: 2024 }, lookup(published), phrase);
    expect(result.verdict).toBe('not testable');
    expect(result.explanation).toContain('no value for China 2024');
  });

  it('tests a range using each economy\'s latest year', () => {
    const check: DataCheck = {
      test: 'within',
      as_reported: '50 percent to 70 percent',
      measures: [
        { economy: 'USA', indicators: ['NE.CON.PRVT.ZS'] },
        { economy: 'JPN', indicators: ['NE.CON.PRVT.ZS'] },
      ],
      year: 'latest',
      min: 50,
      max: 70,
    };
    const result = evaluateCheck(check, lookup(published), phrase);
    expect(result.verdict).toBe('consistent');
    expect(result.values.map((v) => v.year)).toEqual([2023, 2022]);
    expect(result.explanation).toBe('All 2 lie within 50–70%: United States 2023: 67.9%; Japan 2022: 55.6%.');
    const outside = evaluateCheck(check, lookup({ ...published, 'USA|NE.CON.PRVT.ZS|2023': 71 }), phrase);
    expect(outside.verdict).toBe('differs');
    expect(outside.explanation).toBe('1 of 2 fall outside 50–70%: United States 2023: 71.0%.');
  });

  it('tests a ratio such as "roughly twice the US share"', () => {
    const check: DataCheck = {
      test: 'ratio',
      as_reported: 'roughly twice as much as in the US',
      numerator: { economy: 'CHN', indicators: ['NE.GDI.TOTL.ZS'] },
      denominator: { economy: 'USA', indicators: ['NE.GDI.TOTL.ZS'] },
      year: 2023,
      expected: 2,
      tolerance: 0.3,
    };
    const result = evaluateCheck(check, lookup(published), phrase);
    expect(result.verdict).toBe('consistent');
    expect(result.explanation).toBe('China 2023: 42.1% is 1.95 times United States 2023: 21.5%; the reported ratio is 2 (tolerance ±0.3).');
  });
});
