/** The map chart type: a world map shaded by one indicator, each economy's latest year. */
import type { ChartModule } from '../chart';
import { formatValue } from '../format';
import { possessive } from '../text';
import { mapGeometry, type MapGeometry } from './geometry';
import { hatchId, MAP_STANDALONE_STYLE, renderMap } from './render';
import { type ResolvedMapChart, resolveMap, unmatchedWarning } from './resolve';
import { mapChartSchema } from './schema';
import { WORLD } from './world';

/** What each step means, e.g. "under 40%", "40–50%", "80% or more". */
export function stepLabels(steps: readonly number[], format: (value: number) => string): string[] {
  return [
    `under ${format(steps[0]!)}`,
    ...steps.slice(1).map((to, i) => `${format(steps[i]!)} to under ${format(to)}`),
    `${format(steps.at(-1)!)} or more`,
  ];
}

export const mapChart: ChartModule<typeof mapChartSchema, ResolvedMapChart, MapGeometry> = {
  schema: mapChartSchema,
  variants: ['wide'],
  resolve: (id, spec, data) => resolveMap(id, spec, data, WORLD),
  geometry: mapGeometry,
  render: renderMap,
  summary(chart) {
    const focus = chart.values.find((v) => v.label);
    if (!focus) return '';
    const higher = chart.values.filter((v) => v.value > focus.value).length;
    const lower = chart.values.filter((v) => v.value < focus.value).length;
    return `In ${focus.year} ${chart.indicator.shortName} was ${formatValue(focus.value, chart.decimals, chart.unit)} of ${possessive(focus.name)} GDP: of ${
      chart.values.length
    } economies with a value, ${higher} had a higher share and ${lower} a lower one.`;
  },
  table: (chart) => ({
    columns: ['Economy', 'Code', 'Year', chart.indicator.label],
    numeric: [false, false, false, true],
    rows: chart.values.map((v) => [v.name, v.economy, v.year, v.value]),
  }),
  legend: (chart) => {
    const format = (value: number) => formatValue(value, 0, chart.unit);
    return [
      ...stepLabels(chart.steps, format).map((label, i) => ({ key: `s${i}`, swatch: `<rect class="map__shape map__s${i}" x="1" y="0" width="26" height="10"/>`, label })),
      { key: 'none', swatch: `<rect class="map__shape map__none" fill="url(#${hatchId(chart.id)})" x="1" y="0" width="26" height="10"/>`, label: 'no data' },
    ];
  },
  labelled: (chart) => chart.values.filter((v) => v.label).map((v) => v.economy),
  warning: unmatchedWarning,
  standaloneStyle: MAP_STANDALONE_STYLE,
  island: (chart) => ({
    type: 'map',
    unit: chart.unit,
    decimals: chart.decimals,
    series: [{ name: chart.indicator.shortName, colour: 0 }],
    steps: chart.values.map((v) => ({ title: `${v.name} (${v.year})`, key: v.economy, values: [v.value] })),
    marks: mapGeometry(chart, 'wide').shapes.flatMap((s) => (s.row === undefined ? [] : [s.row])),
  }),
};
