import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { chartCsv, chartTable } from '../../src/lib/chart-csv';
import { lineGeometry, scatterGeometry } from '../../src/lib/chart-geometry';
import { resolveChart } from '../../src/lib/chart-spec';
import { chartSummary } from '../../src/lib/chart-summary';
import { chartSpecSchema } from '../../src/lib/schemas';
import { loadWdi } from '../../src/lib/wdi';

const data = await loadWdi();
const ids = readdirSync('content/charts').filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));
const resolve = (id: string) => resolveChart(id, chartSpecSchema.parse(parse(readFileSync(`content/charts/${id}.yaml`, 'utf8'))), data);

describe('the chart specs in content/charts', () => {
  it('include the five charts other pages link to', () => {
    expect(ids.sort()).toEqual(
      ['china-demand-mix', 'consumption-vs-investment-scatter', 'household-consumption-peers', 'investment-peers', 'manufacturing-and-exports'].sort(),
    );
  });

  for (const id of ids) {
    it(`${id} resolves against the data, and its table, CSV and both drawings agree`, () => {
      const chart = resolve(id);
      const table = chartTable(chart);
      // The header row, then one line per table row.
      expect(chartCsv(chart).trim().split('\n')).toHaveLength(table.rows.length + 1);
      for (const variant of ['wide', 'narrow'] as const) {
        const g = chart.type === 'line' ? lineGeometry(chart, variant) : scatterGeometry(chart, variant);
        if (g.kind === 'line') {
          // Labels never overlap each other.
          const ys = g.labels.map((l) => l.y).sort((a, b) => a - b);
          ys.slice(1).forEach((y, i) => expect(y - ys[i]!).toBeGreaterThanOrEqual(g.font + 2 - 0.2));
          expect(g.paths).toHaveLength(chart.type === 'line' ? chart.series.length : 0);
        } else {
          expect(g.points).toHaveLength(table.rows.length);
          expect(g.labels.length).toBeGreaterThan(0);
        }
      }
      expect(chartSummary(chart)).toMatch(/^In 20\d\d /);
    });
  }

  it('the demand-mix summary states the published 2023 shares', () => {
    expect(chartSummary(resolve('china-demand-mix'))).toBe(
      "In 2023 household consumption was 39.1% of China's GDP, investment 42.1% and government consumption 16.5%.",
    );
  });

  it('the scatter shows every economy of the latest-year file, aggregates marked', () => {
    const chart = resolve('consumption-vs-investment-scatter');
    if (chart.type !== 'scatter') throw new Error('expected a scatter');
    expect(chart.points).toHaveLength(169);
    expect(chart.points.filter((p) => p.aggregate).map((p) => p.economy).sort()).toEqual(['EMU', 'EUU', 'WLD']);
  });
});
