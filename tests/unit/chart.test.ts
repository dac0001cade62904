import { describe, expect, it } from 'vitest';
import { chartCsv, chartTable } from '../../src/lib/chart-csv';
import { dodge, lineGeometry, seriesPath } from '../../src/lib/chart-geometry';
import { type ChartSpec, citation, resolveChart, type ResolvedLineChart } from '../../src/lib/chart-spec';
import { chartSummary } from '../../src/lib/chart-summary';
import { chartSpecSchema } from '../../src/lib/schemas';
import { loadWdi, parseWdi } from '../../src/lib/wdi';

const data = await loadWdi();

const lineSpec = (overrides: Record<string, unknown> = {}): ChartSpec =>
  chartSpecSchema.parse({
    title: 'T',
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
    expect(resolveChart('x', good, data).type).toBe('line');
  });
  it('rejects a scatter highlight that is not in the latest-year file', () => {
    const spec = chartSpecSchema.parse({
      title: 'T', subtitle: 'S', type: 'scatter', unit: '%',
      x: { indicator: 'NE.CON.PRVT.ZS', label: 'x' }, y: { indicator: 'NE.GDI.TOTL.ZS', label: 'y' },
      highlight: [{ economy: 'CHN', label: 'China' }, { economy: 'QQQ', label: 'Q' }],
    });
    expect(() => resolveChart('s', spec, data)).toThrow('content/charts/s.yaml, field "highlight[1].economy"');
  });
  it('the schema rejects an unknown indicator with an editor-facing message', () => {
    const result = chartSpecSchema.safeParse({ ...lineSpec(), series: [{ indicator: 'GDP', economy: 'CHN', label: 'x' }] });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('unknown indicator \\"GDP\\"');
  });
});

describe('geometry', () => {
  const chart = resolveChart('t', lineSpec({ y: { min: 0, max: 50 } }), data) as ResolvedLineChart;
  it('puts a known data point at the expected coordinates', () => {
    const g = lineGeometry(chart, 'wide');
    const [left, right, from, to] = g.xMap;
    const [bottom, top, min, max] = g.yMap;
    expect([from, to, min, max]).toEqual([2000, 2023, 0, 50]);
    // China's household share in 2023 (39.1285…) is the last point of the first path.
    const x = left + ((2023 - 2000) / (2023 - 2000)) * (right - left);
    const y = bottom - ((39.1285242595 - 0) / 50) * (bottom - top);
    const last = g.paths[0]!.d.split('L').at(-1)!.split(',').map(Number);
    expect(last[0]).toBeCloseTo(x, 1);
    expect(last[1]).toBeCloseTo(y, 1);
    expect(g.paths[0]!.d.startsWith(`M${left},`)).toBe(true);
  });
  it('a missing year is a gap: the path restarts with a second "M"', () => {
    const points = [2000, 2001, 2002, 2003, 2004].map((year) => ({ year, value: year === 2002 ? undefined : 10 }));
    const d = seriesPath(points, (year) => (year - 2000) * 10, (value) => value);
    expect(d).toBe('M0,10L10,10M30,10L40,10');
    expect(d.match(/M/g)).toHaveLength(2);
  });
  it('the real data have a gap where the release has none (US manufacturing after 2021)', () => {
    const spec = lineSpec({ years: { from: 1990, to: 2023 }, series: [{ indicator: 'NV.IND.MANF.ZS', economy: 'USA', label: 'US' }] });
    const g = lineGeometry(resolveChart('t', spec, data) as ResolvedLineChart, 'narrow');
    const d = g.paths[0]!.d;
    expect(d.match(/M/g)).toHaveLength(1);
    expect(d.split('L')).toHaveLength(2021 - 1997 + 1);
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
  const chart = resolveChart('t', lineSpec(), data);
  it('the CSV starts with its header row (no comment line for a spreadsheet to put in A1), then exactly the table rows', () => {
    const table = chartTable(chart);
    const lines = chartCsv(chart).trim().split('\n');
    expect(lines[0]).toBe('Year,Household consumption,Investment');
    expect(lines).toHaveLength(1 + table.rows.length);
    expect(lines.at(-1)).toBe('2023,39.1285242595,42.0789515576');
  });
  it('writes a gap as an empty CSV cell', () => {
    const spec = lineSpec({ years: { from: 2020, to: 2023 }, series: [{ indicator: 'NV.IND.MANF.ZS', economy: 'USA', label: 'US' }] });
    expect(chartCsv(resolveChart('t', spec, data)).trim().split('\n').slice(-2)).toEqual(['2022,', '2023,']);
  });
  it('summarises from the data', () => {
    expect(chartSummary(chart)).toBe("In 2023 household consumption was 39.1% of China's GDP and investment 42.1%.");
    expect(citation(chart)).toBe('World Bank, World Development Indicators (NE.CON.PRVT.ZS, NE.GDI.TOTL.ZS), CC BY 4.0');
  });
  it('notes an older latest year in a comparison', () => {
    const spec = lineSpec({
      series: [
        { indicator: 'NE.CON.PRVT.ZS', economy: 'CHN', label: 'China' },
        { indicator: 'NE.CON.PRVT.ZS', economy: 'USA', label: 'United States' },
        { indicator: 'NE.CON.PRVT.ZS', economy: 'JPN', label: 'Japan' },
      ],
    });
    expect(chartSummary(resolveChart('t', spec, data))).toBe(
      'In 2023 household consumption was 39.1% of GDP in China, against 55.6% (Japan) to 67.9% (United States) in the other economies shown. Latest values for Japan (2022).',
    );
  });
  it('parses a minimal extract', () => {
    const small = parseWdi(
      'country_code,country_name,indicator_code,indicator_name,year,value\nCHN,China,NE.CON.PRVT.ZS,x,2023,39',
      'country_code,country_name,year,NE.CON.PRVT.ZS,NE.GDI.TOTL.ZS,is_aggregate\nCHN,China,2023,39,42,0',
    );
    expect(small.scatter[0]).toMatchObject({ economy: 'CHN', household: 39, investment: 42, aggregate: false });
  });
});
