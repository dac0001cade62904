import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { citation, dataVersion, sourceLine } from '../../src/lib/charts/citation';
import { chartCsv } from '../../src/lib/charts/csv';
import { formatValue } from '../../src/lib/charts/format';
import { legendRows, standaloneSvg, wrap } from '../../src/lib/charts/standalone';
import { lineChart } from '../../src/lib/charts/line';
import { dodge, lineGeometry, seriesPath } from '../../src/lib/charts/line/geometry';
import { subpaths } from './path-data';
import { buildChart, type ChartSpec, chartSpecSchema } from '../../src/lib/charts/registry';
import { loadWdi } from '../../src/lib/data/wdi';
import { dataPhrase } from './fixtures';

const data = await loadWdi();
/** Resolves a spec with its type's module, as the build does. */
const resolveChart = (id: string, spec: ChartSpec, wdi = data) => buildChart(id, spec, wdi, dataPhrase);
const resolveLine = (id: string, spec: ChartSpec) => lineChart.resolve(id, spec as Extract<ChartSpec, { type: 'line' }>, data);

const lineSpec = (overrides: Record<string, unknown> = {}): ChartSpec =>
  chartSpecSchema.parse({
    title: 'T',
    page_title: 'P',
    subtitle: 'S',
    type: 'line',
    unit: '% of GDP',
    years: { from: 2000, to: 2023 },
    series: [
      { indicator: 'NE.CON.PRVT.ZS', economy: 'CHN', label: 'Household consumption' },
      { indicator: 'NE.GDI.TOTL.ZS', economy: 'CHN', label: 'Investment' },
    ],
    ...overrides,
  });

describe('resolving a spec against the data', () => {
  it('names the spec file and the field of a series that is not in the data', () => {
    const spec = lineSpec({
      series: [
        { indicator: 'NE.CON.PRVT.ZS', economy: 'CHN', label: 'China' },
        { indicator: 'NE.CON.PRVT.ZS', economy: 'USA', label: 'US' },
        { indicator: 'NE.CON.PRVT.ZS', economy: 'ZZZ', label: 'Nowhere' },
      ],
    });
    expect(() => resolveChart('investment-peers', spec, data)).toThrow(
      'content/charts/investment-peers.yaml, field "series[2].economy": "ZZZ" is not in content/data/wdi_shares.csv',
    );
  });
  it('names the indicator field when the economy lacks that indicator', () => {
    const spec = lineSpec({ series: [{ indicator: 'NV.IND.MANF.ZS', economy: 'ARG', label: 'Argentina' }] });
    expect(() => resolveChart('x', spec, data)).toThrow('content/charts/x.yaml, field "series[0].indicator": content/data/wdi_shares.csv has no NV.IND.MANF.ZS for ARG');
  });
  it('rejects an annotation that claims a low point the data do not show', () => {
    const spec = lineSpec({ annotations: [{ year: 2012, label: 'low', check: { series: 0, is: 'min' } }] });
    expect(() => resolveChart('x', spec, data)).toThrow('field "annotations[0].year": the lowest CHN NE.CON.PRVT.ZS value is in 2010, not 2012');
    const good = lineSpec({ annotations: [{ year: 2010, label: 'low', check: { series: 0, is: 'min' } }] });
    expect(resolveChart('x', good, data).chart.type).toBe('line');
  });
  it('writes a mark\'s year and the band\'s range from the spec\'s numbers, and refuses a label that types them', () => {
    const spec = lineSpec({
      band: { from: 50, to: 70, label: '{band}: developed economies', short_label: '{band}' },
      annotations: [{ year: 2015, label: '{year}: Made in China 2025 launched', short_label: '{year}' }],
    });
    const chart = resolveLine('x', spec);
    expect(chart.annotations[0]).toMatchObject({ label: '2015: Made in China 2025 launched', shortLabel: '2015' });
    expect(chart.band).toMatchObject({ label: '50–70%: developed economies', shortLabel: '50–70%' });
    const typedYear = lineSpec({ annotations: [{ year: 2015, label: 'launch', short_label: '2015: launch' }] });
    expect(() => resolveChart('x', typedYear, data)).toThrow('content/charts/x.yaml, field "annotations[0].short_label": types 2015, which the spec already holds: write {year} instead');
    const typedBand = lineSpec({ band: { from: 50, to: 70, label: '50 to 70 per cent' } });
    expect(() => resolveChart('x', typedBand, data)).toThrow('content/charts/x.yaml, field "band.label": types 50, which the spec already holds: write {band} instead');
    // A name with a number in it is not the mark's year.
    expect(() => resolveChart('x', lineSpec({ annotations: [{ year: 2015, label: '{year}: Made in China 2025' }] }), data)).not.toThrow();
  });
  it('rejects a scatter highlight that is not in the latest-year file', () => {
    const spec = chartSpecSchema.parse({
      title: 'T', page_title: 'P', subtitle: 'S', type: 'scatter', unit: '%',
      x: { indicator: 'NE.CON.PRVT.ZS', label: 'x' }, y: { indicator: 'NE.GDI.TOTL.ZS', label: 'y' },
      highlight: [{ economy: 'CHN', label: 'China' }, { economy: 'QQQ', label: 'Q' }],
    });
    expect(() => resolveChart('s', spec, data)).toThrow('content/charts/s.yaml, field "highlight[1].economy"');
  });
  it('rejects an indicator that content/data/indicators.csv does not list, naming the field', () => {
    const spec = lineSpec({ series: [{ indicator: 'NY.GDP.MKTP.CD', economy: 'CHN', label: 'GDP' }] });
    expect(() => resolveChart('x', spec, data)).toThrow('content/charts/x.yaml, field "series[0].indicator": "NY.GDP.MKTP.CD" is not in content/data/indicators.csv');
  });
  it('the schema rejects a malformed indicator with an editor-facing message', () => {
    const result = chartSpecSchema.safeParse({ ...lineSpec(), series: [{ indicator: 'GDP', economy: 'CHN', label: 'x' }] });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('indicator must be a World Bank code');
  });
  it('needs a short title, different from the title, to name the drawing and the table', () => {
    const { page_title: _, ...untitled } = lineSpec();
    const missing = chartSpecSchema.safeParse(untitled);
    expect(missing.success).toBe(false);
    expect(missing.error?.issues.map((issue) => issue.path.join('.'))).toContain('page_title');
    expect(() => resolveChart('x', lineSpec({ page_title: 'T' }), data)).toThrow('content/charts/x.yaml, field "page_title": must differ from title');
    expect(resolveChart('x', lineSpec(), data).chart.pageTitle).toBe('P');
  });
});

describe('geometry', () => {
  const chart = resolveLine('t', lineSpec({ y: { min: 0, max: 50 } }));
  it('puts a known data point at the expected coordinates', () => {
    const g = lineGeometry(chart, 'wide');
    const [left, right, from, to] = g.xMap;
    const [bottom, top, min, max] = g.yMap;
    expect([from, to, min, max]).toEqual([2000, 2023, 0, 50]);
    // China's household share in 2023 (39.1285…) is the last point of the first path.
    const x = left + ((2023 - 2000) / (2023 - 2000)) * (right - left);
    const y = bottom - ((39.1285242595 - 0) / 50) * (bottom - top);
    const [first, ...others] = subpaths(g.paths[0]!.d);
    expect(others).toEqual([]);
    const last = first!.points.at(-1)!;
    expect(last[0]).toBeCloseTo(x, 1);
    expect(last[1]).toBeCloseTo(y, 1);
    expect(first!.points[0]![0]).toBeCloseTo(left, 5);
  });
  it('each year is the same whole number of tenths wide, so a line steps evenly, and the plot ends at its last year', () => {
    const spec = lineSpec({ years: { from: 1960, to: 2023 }, series: [{ indicator: 'NE.CON.PRVT.ZS', economy: 'USA', label: 'US' }, { indicator: 'NE.CON.PRVT.ZS', economy: 'CHN', label: 'China' }] });
    for (const variant of ['wide', 'narrow'] as const) {
      const g = lineGeometry(resolveLine('t', spec), variant);
      const steps = g.paths.flatMap((path) => subpaths(path.d).flatMap((sub) => sub.points.slice(1).map((point, i) => Math.round((point[0] - sub.points[i]![0]) * 1000) / 1000)));
      expect(new Set(steps).size, variant).toBe(1);
      expect(steps[0]! * 10, variant).toBeCloseTo(Math.round(steps[0]! * 10), 9);
      expect(g.xMap[0] + steps[0]! * (2023 - 1960), variant).toBeCloseTo(g.plot.right, 5);
    }
  });
  it('a missing year is a gap: the path restarts with a second moveto', () => {
    const points = [2000, 2001, 2002, 2003, 2004].map((year) => ({ year, value: year === 2002 ? undefined : 10 }));
    const d = seriesPath(points, (year) => (year - 2000) * 10, (value) => value);
    expect(subpaths(d).map((s) => s.points)).toEqual([
      [[0, 10], [10, 10]],
      [[30, 10], [40, 10]],
    ]);
  });
  it('the real data have a gap where the release has none (US manufacturing after 2021)', () => {
    const spec = lineSpec({ years: { from: 1990, to: 2023 }, series: [{ indicator: 'NV.IND.MANF.ZS', economy: 'USA', label: 'US' }] });
    const g = lineGeometry(resolveLine('t', spec), 'narrow');
    const lines = subpaths(g.paths[0]!.d);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.points).toHaveLength(2021 - 1997 + 1);
  });
  it('narrow charts have fewer ticks and short labels', () => {
    const wide = lineGeometry(chart, 'wide');
    const narrow = lineGeometry(chart, 'narrow');
    expect(narrow.xTicks.length).toBeLessThan(wide.xTicks.length);
    expect(narrow.width).toBe(320);
  });
  it('dodges labels so none overlaps', () => {
    expect(dodge([100, 101, 102], 14, 0, 400)).toEqual([100, 114, 128]);
    expect(dodge([395, 396], 14, 0, 400)).toEqual([386, 400]);
    const placed = dodge([50, 10, 50, 49], 14, 0, 400).sort((a, b) => a - b);
    placed.slice(1).forEach((y, i) => expect(y - placed[i]!).toBeGreaterThanOrEqual(14));
  });
});

describe('table, CSV, summary and citation from one resolved chart', () => {
  const built = resolveChart('t', lineSpec(), data);
  it('the CSV starts with its header row (no comment line for a spreadsheet to put in A1), then exactly the table rows', () => {
    const lines = chartCsv(built.table).trim().split('\n');
    expect(lines[0]).toBe('Year,Household consumption,Investment');
    expect(lines).toHaveLength(1 + built.table.rows.length);
    expect(lines.at(-1)).toBe('2023,39.1285242595,42.0789515576');
  });
  it('writes a gap as an empty CSV cell', () => {
    const spec = lineSpec({ years: { from: 2020, to: 2023 }, series: [{ indicator: 'NV.IND.MANF.ZS', economy: 'USA', label: 'US' }] });
    const gap = resolveChart('t', spec, data);
    expect(chartCsv(gap.table).trim().split('\n').slice(-2)).toEqual(['2022,', '2023,']);
  });
  it('summarises from the data, and the source line names the indicators', () => {
    expect(built.summary).toBe("In 2023 household consumption was 39.1% of China's GDP and investment 42.1%.");
    expect(sourceLine(built.chart)).toBe('World Bank, World Development Indicators (NE.CON.PRVT.ZS, NE.GDI.TOTL.ZS), CC BY 4.0');
  });
  it('gives a plural indicator of one economy a plural verb', () => {
    const spec = lineSpec({ series: [{ indicator: 'NE.EXP.GNFS.ZS', economy: 'CHN', label: 'Exports' }, { indicator: 'NE.GDI.TOTL.ZS', economy: 'CHN', label: 'Investment' }] });
    expect(resolveChart('t', spec, data).summary).toMatch(/^In 2023 exports were [\d.]+% of China's GDP and investment 42\.1%\.$/);
  });
  it('the data island carries the same values as the table, gaps as null', () => {
    const spec = lineSpec({ years: { from: 2020, to: 2023 }, series: [{ indicator: 'NV.IND.MANF.ZS', economy: 'USA', label: 'US' }] });
    const { island, table } = resolveChart('t', spec, data);
    expect(island.steps.map((s) => s.key)).toEqual(['2020', '2021', '2022', '2023']);
    expect(island.steps.map((s) => s.values[0])).toEqual(table.rows.map((row) => (typeof row[1] === 'number' ? Math.round(row[1] * 10) / 10 : null)));
    expect(island.steps.at(-1)?.values).toEqual([null]);
    expect(island).toMatchObject({ unit: '% of GDP', decimals: 1, series: [{ name: 'US', colour: 1 }] });
  });
  it('formats every value with one formatter', () => {
    expect(formatValue(39.1285, 1, '% of GDP')).toBe('39.1%');
    expect(formatValue(39.1285, 2, 'index')).toBe('39.13');
    expect(formatValue(undefined, 1, '%')).toBe('—');
  });
  it('notes an older latest year in a comparison', () => {
    const spec = lineSpec({
      series: [
        { indicator: 'NE.CON.PRVT.ZS', economy: 'CHN', label: 'China' },
        { indicator: 'NE.CON.PRVT.ZS', economy: 'USA', label: 'United States' },
        { indicator: 'NE.CON.PRVT.ZS', economy: 'JPN', label: 'Japan' },
      ],
    });
    expect(resolveChart('t', spec, data).summary).toBe(
      'In 2023 household consumption was 39.1% of GDP in China, against 55.6% (Japan) to 67.9% (United States) in the other economies shown. Latest values for Japan (2022).',
    );
  });
});

describe('the citation', () => {
  const version = dataVersion(readFileSync('content/data/PROVENANCE.md', 'utf8'));
  const cite = citation({
    chart: { id: 'investment-peers', title: 'China invests {more}', indicators: ['NE.GDI.TOTL.ZS'] },
    siteName: 'After Made in China 2025',
    url: 'https://example.org/data/investment-peers/',
    version,
    updated: '2026-11-30',
  });
  it('takes the data version from PROVENANCE.md', () => {
    expect(version).toMatch(/2023.*63e3e670780a6bd6b9d13686a083842582d039f6/);
    expect(() => dataVersion('# no version here')).toThrow('PROVENANCE.md must have');
  });
  it('names the chart, the site, the page, the indicators, the data version and the date, in text and BibTeX', () => {
    expect(cite.text).toBe(
      `“China invests {more}”. After Made in China 2025. https://example.org/data/investment-peers/. Data: World Bank, World Development Indicators (NE.GDI.TOTL.ZS), ${version}. Chart last updated 2026-11-30.`,
    );
    expect(cite.bibtex).toMatch(/^@misc\{investment-peers,\n  title = \{\{China invests \\\{more\\\}\}\},/);
    expect(cite.bibtex).toContain('howpublished = {\\url{https://example.org/data/investment-peers/}}');
    expect(cite.bibtex).toContain('year = {2026}');
    expect(cite.bibtex).toContain('(NE.GDI.TOTL.ZS)');
    expect(cite.bibtex.endsWith('\n}')).toBe(true);
  });
});

describe('the downloadable SVG', () => {
  it('carries the title, the legend, the drawing, the source and the page URL, with its styles inlined', () => {
    const built = resolveChart('t', lineSpec(), data);
    const svg = standaloneSvg({ title: 'T & co', subtitle: 'S', drawing: built.drawings[0]!, source: sourceLine(built.chart), url: 'https://example.org/data/t/', style: '.x{fill:red}', legend: built.legend });
    expect(svg).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="752" height="\d+"/);
    expect(svg).toContain('<title>T &amp; co</title>');
    expect(svg).toContain('.x{fill:red}</style>');
    expect(svg).not.toContain('var(--');
    for (const text of ['Household consumption', 'Investment', 'https://example.org/data/t/', 'World Bank, World Development Indicators (NE.CON.PRVT.ZS, NE.GDI.TOTL.ZS)']) expect(svg).toContain(text);
  });
  it('wraps long lines and lays legend entries out in rows', () => {
    expect(wrap('one two three four', 80, 13)).toEqual(['one two', 'three four']);
    const rows = legendRows([1, 2, 3, 4, 5, 6].map((i) => ({ key: String(i), swatch: '<rect/>', label: `A fairly long legend label ${i}` })), 0, 20, 400, 12);
    expect(rows.height).toBeGreaterThan(2 * 20);
  });
});
