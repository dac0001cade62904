/** The line chart type: one line per series over the years. */
import type { ChartModule } from '../chart';
import { plain } from '../../text/word-tokens';
import { dashClass, renderLine, renderLinesShared } from './render';
import { lineGeometry, type LineGeometry } from './geometry';
import { type ResolvedLineChart, resolveLine } from './resolve';
import { lineChartSchema } from './schema';
import { lineSummary } from './summary';
import { keyYears } from './key-years';

export const lineChart: ChartModule<typeof lineChartSchema, ResolvedLineChart, LineGeometry> = {
  schema: lineChartSchema,
  variants: ['wide', 'narrow'],
  resolve: resolveLine,
  geometry: lineGeometry,
  render: renderLine,
  renderTogether: renderLinesShared,
  summary: lineSummary,
  table(chart, phrase) {
    const columns = [phrase('column_year'), ...chart.series.map((s) => s.label)];
    const rows = Array.from({ length: chart.years.to - chart.years.from + 1 }, (_, i) => [chart.years.from + i, ...chart.series.map((s) => s.points[i]?.value)]);
    return { columns, numeric: columns.map((_, i) => i > 0), rows };
  },
  keyRows: (chart) => ({ keys: keyYears(chart).map(String), caption: 'table_caption_years' }),
  legend: (chart, phrase) =>
    chart.series.map((s) => ({
      key: String(s.index),
      swatch: `<path class="chart__line c${s.colour}${dashClass(s.dash)}" d="M1 5h26"/>`,
      label: s.aggregate ? phrase('legend_aggregate', { name: plain('name', () => s.label) }) : s.label,
    })),
  island: (chart) => ({
    type: 'line',
    unit: chart.unit,
    decimals: chart.decimals,
    series: chart.series.map((s) => ({ name: s.label, colour: s.colour })),
    steps: Array.from({ length: chart.years.to - chart.years.from + 1 }, (_, i) => {
      const year = String(chart.years.from + i);
      return { title: year, key: year, values: chart.series.map((s) => s.points[i]?.value ?? null) };
    }),
  }),
};
