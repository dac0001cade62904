/** The scatter chart type: one point per economy, for the latest year with both values. */
import type { ChartModule } from '../chart';
import { formatValue } from '../format';
import { summaryTokens } from '../text';
import { scatterGeometry, type ScatterGeometry } from './geometry';
import { diamond, renderScatter, renderScatterShared } from './render';
import { type ResolvedScatterChart, resolveScatter } from './resolve';
import { scatterChartSchema } from './schema';

export const scatterChart: ChartModule<typeof scatterChartSchema, ResolvedScatterChart, ScatterGeometry> = {
  schema: scatterChartSchema,
  variants: ['wide', 'narrow'],
  resolve: resolveScatter,
  geometry: scatterGeometry,
  render: renderScatter,
  renderTogether: renderScatterShared,
  summary(chart, phrase) {
    const focus = chart.points.find((p) => p.label);
    if (!focus) return '';
    const pct = (value: number) => formatValue(value, chart.decimals, chart.unit);
    const economies = chart.points.filter((p) => !p.aggregate);
    return phrase(
      'summary_scatter',
      summaryTokens({
        economy: focus.name,
        year: focus.year,
        x: chart.x.shortName,
        y: chart.y.shortName,
        x_value: pct(focus.x),
        y_value: pct(focus.y),
        total: economies.length,
        higher: economies.filter((p) => p.y > focus.y).length,
        lower: economies.filter((p) => p.x < focus.x).length,
      }),
    );
  },
  table: (chart, phrase) => {
    const [yes, no] = [phrase('cell_yes'), phrase('cell_no')];
    return {
      columns: [phrase('column_economy'), phrase('column_code'), phrase('column_year'), chart.x.label, chart.y.label, phrase('column_aggregate')],
      numeric: [false, false, false, true, true, false],
      rows: chart.points.map((p) => [p.name, p.economy, p.year, p.x, p.y, p.aggregate ? yes : no]),
    };
  },
  keyRows: (chart) => ({ keys: chart.points.filter((p) => p.label).map((p) => p.economy), caption: 'table_caption_labelled' }),
  legend: (chart, phrase) => [
    { key: 'f', swatch: '<circle class="chart__pt c1" cx="14" cy="5" r="4"/>', label: chart.points.find((p) => p.label)?.name ?? '' },
    { key: 'p', swatch: '<circle class="chart__pt c2" cx="14" cy="5" r="4"/>', label: phrase('legend_peers') },
    { key: 'e', swatch: '<circle class="chart__pt c6" cx="14" cy="5" r="3"/>', label: phrase('legend_others') },
    { key: 'a', swatch: `<path class="chart__pt is-agg c3" d="${diamond(14, 5, 5)}"/>`, label: phrase('legend_aggregates') },
  ],
  island: (chart, phrase) => ({
    type: 'scatter',
    unit: chart.unit,
    decimals: chart.decimals,
    series: [
      { name: chart.x.label, colour: 0 },
      { name: chart.y.label, colour: 0 },
    ],
    steps: chart.points.map((p) => ({
      title: `${p.name} (${p.year})`,
      key: p.economy,
      values: [p.x, p.y],
      ...(p.aggregate ? { note: phrase('tip_aggregate') } : {}),
    })),
    // The keyboard starts on the chart's focus (China), not on whichever economy sorts first.
    ...(chart.highlighted[0] ? { start: chart.highlighted[0] } : {}),
    jumps: chart.highlighted,
  }),
};
