/**
 * Everything a chart needs to render, from its spec in content/charts/ and the WDI data: the
 * resolved chart, both SVG geometries, the table, the summary and the citation. Used by the
 * Chart component, the /data/ pages and the CSV endpoint, so all of them show the same data.
 */
import { getCollection, getEntry } from 'astro:content';
import { chartCsv, chartTable, type ChartTable } from './chart-csv';
import { lineGeometry, type LineGeometry, scatterGeometry, type ScatterGeometry } from './chart-geometry';
import { citation, type ResolvedChart, resolveChart } from './chart-spec';
import { chartSummary } from './chart-summary';
import { loadWdi } from './wdi';

export interface BuiltChart {
  chart: ResolvedChart;
  wide: LineGeometry | ScatterGeometry;
  narrow: LineGeometry | ScatterGeometry;
  table: ChartTable;
  summary: string;
  citation: string;
}

const cache = new Map<string, Promise<BuiltChart>>();

async function build(id: string): Promise<BuiltChart> {
  const entry = await getEntry('charts', id);
  if (!entry) throw new Error(`There is no chart "${id}": add content/charts/${id}.yaml or fix the id`);
  const chart = resolveChart(id, entry.data, await loadWdi());
  const geometry = (variant: 'wide' | 'narrow') => (chart.type === 'line' ? lineGeometry(chart, variant) : scatterGeometry(chart, variant));
  return { chart, wide: geometry('wide'), narrow: geometry('narrow'), table: chartTable(chart), summary: chartSummary(chart), citation: citation(chart) };
}

/** The chart with the given id (its file name in content/charts), built once per build. */
export function getChart(id: string): Promise<BuiltChart> {
  let built = cache.get(id);
  if (!built) cache.set(id, (built = build(id)));
  return built;
}

/** Every chart, in a stable reading order (the order of CHART_ORDER, then by id). */
export async function allCharts(): Promise<BuiltChart[]> {
  const entries = await getCollection('charts');
  const rank = (id: string) => {
    const index = CHART_ORDER.indexOf(id);
    return index === -1 ? CHART_ORDER.length : index;
  };
  const ids = entries.map((e) => e.id).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return Promise.all(ids.map(getChart));
}

/** The reading order of the charts on /data/. */
export const CHART_ORDER = [
  'china-demand-mix',
  'household-consumption-peers',
  'investment-peers',
  'consumption-vs-investment-scatter',
  'manufacturing-and-exports',
];

/** getStaticPaths for /data/<id>/ and /data/<id>.csv */
export async function chartPaths() {
  const entries = await getCollection('charts');
  return entries.map((entry) => ({ params: { id: entry.id } }));
}

/** The CSV download of a chart. */
export async function chartCsvResponse(id: string): Promise<Response> {
  const { chart } = await getChart(id);
  return new Response(chartCsv(chart), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
