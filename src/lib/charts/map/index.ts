/** The map chart type: a world map shaded by one indicator, each economy's latest year. */
import type { ChartModule, ChartPhrase } from '../chart';
import { plain } from '../../text/word-tokens';
import { formatValue } from '../format';
import { summaryTokens } from '../text';
import { mapGeometry, type MapGeometry } from './geometry';
import { hatchId, MAP_STANDALONE_STYLE, renderMap } from './render';
import { type ResolvedMapChart, resolveMap, unmatchedWarning } from './resolve';
import { mapChartSchema } from './schema';
import { WORLD } from './world';

/** What each step means, in data.yaml's step_… phrases: "under 40%", "40% to under 50%", "80% or more". */
export function stepLabels(steps: readonly number[], format: (value: number) => string, phrase: ChartPhrase): string[] {
  // A bound a step lacks is no placeholder of its phrase: writing it there is a named problem.
  const bounds = (min: number | undefined, max: number | undefined) => ({
    ...(min === undefined ? {} : { min: plain('min', () => format(min)) }),
    ...(max === undefined ? {} : { max: plain('max', () => format(max)) }),
  });
  return [
    phrase('step_under', bounds(undefined, steps[0])),
    ...steps.slice(1).map((to, i) => phrase('step_between', bounds(steps[i], to))),
    phrase('step_over', bounds(steps.at(-1), undefined)),
  ];
}

export const mapChart: ChartModule<typeof mapChartSchema, ResolvedMapChart, MapGeometry> = {
  schema: mapChartSchema,
  variants: ['wide'],
  resolve: (id, spec, data) => resolveMap(id, spec, data, WORLD),
  geometry: mapGeometry,
  render: renderMap,
  summary(chart, phrase) {
    const focus = chart.values.find((v) => v.label);
    if (!focus) return '';
    return phrase(
      'summary_map',
      summaryTokens({
        economy: focus.name,
        year: focus.year,
        indicator: chart.indicator.shortName,
        value: formatValue(focus.value, chart.decimals, chart.unit),
        total: chart.values.length,
        higher: chart.values.filter((v) => v.value > focus.value).length,
        lower: chart.values.filter((v) => v.value < focus.value).length,
      }),
    );
  },
  table: (chart, phrase) => ({
    columns: [phrase('column_economy'), phrase('column_code'), phrase('column_year'), chart.indicator.label],
    numeric: [false, false, false, true],
    rows: chart.values.map((v) => [v.name, v.economy, v.year, v.value]),
  }),
  legend: (chart, phrase) => {
    const format = (value: number) => formatValue(value, 0, chart.unit);
    return [
      ...stepLabels(chart.steps, format, phrase).map((label, i) => ({ key: `s${i}`, swatch: `<rect class="map__shape map__s${i}" x="1" width="26" height="10"/>`, label })),
      { key: 'none', swatch: `<rect class="map__shape map__none" fill="url(#${hatchId(chart.id)})" x="1" width="26" height="10"/>`, label: phrase('tip_no_data') },
    ];
  },
  keyRows: (chart) => ({ keys: chart.values.filter((v) => v.label).map((v) => v.economy), caption: 'table_caption_labelled' }),
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
