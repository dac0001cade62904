import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { chartCsv } from '../../src/lib/charts/csv';
import { lineChart } from '../../src/lib/charts/line';
import { buildChart, CHART_TYPES, chartSpecSchema } from '../../src/lib/charts/registry';
import { scatterChart } from '../../src/lib/charts/scatter';
import { DRAWING_STYLE } from '../../src/lib/charts/standalone';
import { loadWdi } from '../../src/lib/data/wdi';
import { dataPhrase } from './fixtures';

const data = await loadWdi();
const ids = readdirSync('content/charts').filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));
const spec = (id: string) => chartSpecSchema.parse(parse(readFileSync(`content/charts/${id}.yaml`, 'utf8')));
const build = (id: string) => buildChart(id, spec(id), data, dataPhrase);

describe('the chart specs in content/charts', () => {
  it('include the seven charts other pages link to', () => {
    expect(ids.sort()).toEqual(
      [
        'china-demand-mix',
        'consumption-vs-investment-scatter',
        'household-consumption-map',
        'household-consumption-peers',
        'investment-map',
        'investment-peers',
        'manufacturing-and-exports',
      ].sort(),
    );
  });

  for (const id of ids) {
    it(`${id} builds with its type's module, and its table, CSV, data island and both drawings agree`, () => {
      const built = build(id);
      expect(Object.keys(CHART_TYPES)).toContain(built.chart.type);
      // The header row, then one line per table row.
      expect(chartCsv(built.table).trim().split('\n')).toHaveLength(built.table.rows.length + 1);
      expect(built.island.steps).toHaveLength(built.table.rows.length);
      for (const drawing of built.drawings) {
        expect(drawing.markup).toMatch(/^<(g|rect|line|path|defs)[ >]/);
        expect(drawing.markup).not.toMatch(/NaN|undefined/);
      }
      expect(built.summary).toMatch(/^In 20\d\d /);
    });
  }

  it("a chart's page table is a part of the full one: a scatter's or map's labelled economies, China among them; a line chart's every fifth year and the years its labels and notes name", () => {
    for (const id of ids) {
      const built = build(id);
      const keyTable = built.keyTable!;
      expect(keyTable, id).toBeDefined();
      expect(keyTable.rows.length, id).toBeLessThan(built.table.rows.length);
      expect(keyTable.columns, id).toEqual(built.table.columns);
      const keyOf = (row: (typeof keyTable.rows)[number]) => (built.chart.type === 'line' ? row[0] : row[1]);
      const keys = keyTable.rows.map(keyOf);
      // Each row as in the full table, in its order.
      expect(keyTable.rows, id).toEqual(built.table.rows.filter((row) => keys.includes(keyOf(row))));
      if (built.chart.type !== 'line') {
        expect(keys, id).toContain('CHN');
        continue;
      }
      const years = keys as number[];
      const withValue = built.table.rows.filter((row) => row.slice(1).some((cell) => typeof cell === 'number'));
      expect(years.every((year) => withValue.some((row) => row[0] === year)), `${id}: a shown year has a value`).toBe(true);
      expect(withValue.filter((row) => (row[0] as number) % 5 === 0).map((row) => row[0]).every((year) => years.includes(year as number)), `${id}: every fifth year`).toBe(true);
      const annotated = (spec(id) as { annotations?: { year: number }[] }).annotations?.map((a) => a.year) ?? [];
      expect(years, `${id}: annotated years`).toEqual(expect.arrayContaining(annotated));
      built.table.columns.slice(1).forEach((_, index) => {
        const valued = built.table.rows.filter((row) => typeof row[index + 1] === 'number').map((row) => row[0] as number);
        expect(years, `${id}: ${built.table.columns[index + 1]}'s first and latest years`).toEqual(expect.arrayContaining([valued[0], valued.at(-1)]));
      });
    }
  });

  it("every class that colours a drawing has its rule in the styles the downloads and the no-JavaScript words carry", () => {
    // Groups that only hold other elements, and classes styled only in forced colours or by an attribute (the map's hatch).
    const unstyled = new Set(['chart__lines', 'chart__points', 'map__shapes', 'is-hl-pt', 'map__none']);
    for (const id of ids) {
      const built = build(id);
      const style = DRAWING_STYLE + (CHART_TYPES[spec(id).type].standaloneStyle ?? '');
      const classes = new Set(built.drawings.flatMap((d) => [...d.markup.matchAll(/class="([^"]*)"/g)].flatMap((m) => (m[1] ?? '').split(/\s+/))));
      expect([...classes].filter((name) => !unstyled.has(name) && !style.includes(`.${name}`)), id).toEqual([]);
    }
  });

  it('line labels never overlap, on either drawing', () => {
    for (const id of ids) {
      const s = spec(id);
      if (s.type !== 'line') continue;
      const chart = lineChart.resolve(id, s, data);
      for (const variant of ['wide', 'narrow'] as const) {
        const g = lineChart.geometry(chart, variant);
        const ys = g.labels.map((l) => l.y).sort((a, b) => a - b);
        ys.slice(1).forEach((y, i) => expect(y - ys[i]!).toBeGreaterThanOrEqual(g.font + 2 - 0.2));
        // Every series is drawn in colour once (small multiples add faint copies of the focus line).
        expect(g.paths.filter((p) => !p.reference).map((p) => p.series)).toEqual(chart.series.map((x) => x.index));
      }
    }
  });

  it('the demand-mix summary states the published 2023 shares', () => {
    expect(build('china-demand-mix').summary).toBe("In 2023 household consumption was 39.1% of China's GDP, investment 42.1% and government consumption 16.5%.");
  });

  it('the exports take a plural verb, as indicators.csv marks them, and a comparison ranges over the other economies', () => {
    expect(build('manufacturing-and-exports').summary).toMatch(
      /^In 2023 manufacturing value added was [\d.]+% of GDP in China, against [\d.]+% \(United States\) to [\d.]+% \(Korea\) in the other economies shown; exports were [\d.]+% of GDP in China, against .* in the other economies shown\. Latest values for United States, manufacturing \(20\d\d\)\.$/,
    );
  });

  it("the scatter's legend and its table's headings and yes/no are data.yaml's words, not the code's", () => {
    const id = 'consumption-vs-investment-scatter';
    const built = buildChart(id, spec(id), data, (name) => `<${name}>`);
    expect(built.legend.map((item) => item.label)).toEqual(['China', '<legend_peers>', '<legend_others>', '<legend_aggregates>']);
    expect(built.table.columns).toEqual(['<column_economy>', '<column_code>', '<column_year>', 'Household consumption, % of GDP', 'Investment, % of GDP', '<column_aggregate>']);
    expect(new Set(built.table.rows.map((row) => row.at(-1)))).toEqual(new Set(['<cell_yes>', '<cell_no>']));
  });

  it('the scatter, derived from wdi_shares.csv, shows every economy with both values, aggregates marked', () => {
    const s = spec('consumption-vs-investment-scatter');
    if (s.type !== 'scatter') throw new Error('expected a scatter');
    const chart = scatterChart.resolve('consumption-vs-investment-scatter', s, data);
    expect(chart.points).toHaveLength(169);
    expect(chart.points.filter((p) => p.aggregate).map((p) => p.economy).sort()).toEqual(['EMU', 'EUU', 'WLD']);
    // The same values and years the former wdi_scatter_latest.csv carried (2023, else 2022).
    expect(chart.points.find((p) => p.economy === 'CHN')).toMatchObject({ year: 2023, x: 39.1285242595, y: 42.0789515576 });
    expect(chart.points.filter((p) => p.year === 2022)).toHaveLength(18);
    const g = scatterChart.geometry(chart, 'wide');
    expect(g.points).toHaveLength(169);
    expect(g.labels.length).toBeGreaterThan(0);
  });
});
