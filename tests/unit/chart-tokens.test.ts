import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildChart, chartSpecSchema } from '../../src/lib/charts/registry';
import { latestViewTokens, lineTokens } from '../../src/lib/charts/tokens';
import { latestCommonYear, loadWdi } from '../../src/lib/data/wdi';
import { fillTokens } from '../../src/lib/text/word-tokens';
import { dataPhrase } from './fixtures';

const data = await loadWdi();
const specText = (id: string) => readFileSync(`content/charts/${id}.yaml`, 'utf8');
const build = (id: string, text = specText(id)) => buildChart(id, chartSpecSchema.parse(parse(text)), data, dataPhrase);

describe('placeholders in a line chart spec', () => {
  const series = [
    { economy: 'CHN', indicator: 'A', points: [{ year: 1999, value: undefined }, { year: 2000, value: 1 }, { year: 2001, value: 2 }] },
    { economy: 'USA', indicator: 'A', points: [{ year: 1999, value: 3 }, { year: 2000, value: 4 }, { year: 2001, value: undefined }] },
    { economy: 'USA', indicator: 'B', points: [{ year: 1999, value: 3 }, { year: 2000, value: undefined }, { year: 2001, value: undefined }] },
  ];
  const tokens = lineTokens(series, { from: 50, to: 70 }, '% of GDP');

  it('spans the years that have a value, counts the lines, and gives one series\' first and last year', () => {
    expect(fillTokens('{years}, {series} lines, {band}; China from {first_year:CHN}, US B to {last_year:USA/B}', tokens)).toBe(
      '1999–2001, three lines, 50–70%; China from 2000, US B to 1999',
    );
  });

  it('asks for the indicator where an economy has several series, and names a missing one', () => {
    expect(() => fillTokens('{first_year:USA}', tokens)).toThrow('{first_year:USA}: USA has several series here; name the indicator too, e.g. {first_year:USA/A}');
    expect(() => fillTokens('{first_year:JPN}', tokens)).toThrow(/the chart has no series JPN/);
    expect(() => fillTokens('{band}', lineTokens(series, undefined, '% of GDP'))).toThrow('{band}: the chart has no band');
  });
});

describe('placeholders in a latest-year view (scatter, map)', () => {
  it('counts economies and aggregates and the economies with an older year', () => {
    const rows = [
      { year: 2023, aggregate: false },
      { year: 2022, aggregate: false },
      { year: 2023, aggregate: true },
    ];
    expect(fillTokens('{economies} + {aggregates}; {latest_year}, {earlier_year} for {earlier_count}', latestViewTokens(rows))).toBe('two + one; 2023, 2022 for one');
  });

  it('refuses {earlier_year} when there is no earlier year, or more than one', () => {
    expect(() => fillTokens('{earlier_year}', latestViewTokens([{ year: 2023, aggregate: false }]))).toThrow(/there is no earlier year/);
    const mixed = [2023, 2022, 2021].map((year) => ({ year, aggregate: false }));
    expect(() => fillTokens('{earlier_count}', latestViewTokens(mixed))).toThrow(/several earlier years \(2022, 2021\)/);
  });
});

describe('the chart specs\' words', () => {
  it('the scatter\'s notes count its economies from the data', () => {
    const rows = latestCommonYear(data, ['NE.CON.PRVT.ZS', 'NE.GDI.TOTL.ZS']);
    const singles = rows.filter((row) => !row.aggregate).length;
    const earlier = rows.filter((row) => row.year < Math.max(...rows.map((r) => r.year))).length;
    const notes = build('consumption-vs-investment-scatter').chart.notes.join(' ');
    expect(notes).toContain(`${singles} economies and three aggregates`);
    expect(notes).toContain(`for ${earlier} of them`);
  });

  it('a title\'s year range is computed from the years drawn', () => {
    const text = specText('china-demand-mix');
    expect(text).toMatch(/page_title: .*\{years\}/);
    const narrowed = text.replace(/years: \{ from: \d+, to: \d+ \}/, 'years: { from: 1990, to: 2020 }');
    expect(build('china-demand-mix', narrowed).chart.pageTitle).toBe("China's GDP by use, 1990–2020");
  });

  it('an unknown placeholder fails naming the file and the field', () => {
    const text = specText('investment-map').replace('{latest_year} for most', '{latest_yaer} for most');
    expect(() => build('investment-map', text)).toThrow(/^content\/charts\/investment-map\.yaml, field "notes\[1\]": unknown placeholder \{latest_yaer\}/);
  });
});
