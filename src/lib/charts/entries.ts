/**
 * Everything a chart needs to render, from its spec in content/charts/ and the WDI data, built
 * once per build through its type's module (src/lib/charts/registry.ts). Used by the chart
 * component, the chart, embed and /data/ pages and the download endpoints (CSV, SVG, PNG), so
 * all of them show the same data.
 */
import { getCollection, getEntry } from 'astro:content';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { type BuiltChart, buildChart } from './registry';
import { type Citation, citation, dataVersion, sourceLine } from './citation';
import { chartCsv } from './csv';
import { standaloneSvg } from './standalone';
import { lastCommitDate } from '../site/git-dates';
import { CONTENT_DIR } from '../site/paths';
import { SITE_NAME, withBase } from '../site/site';
import { loadWdi, SHARES_FILE } from '../data/wdi';
import { getPageWords } from '../content/page-entries';

export interface ChartEntry extends BuiltChart {
  /** "World Bank, World Development Indicators (…), CC BY 4.0" */
  source: string;
  citation: Citation;
  /** The chart page's absolute URL. */
  url: string;
}

const cache = new Map<string, Promise<ChartEntry>>();

async function build(id: string): Promise<ChartEntry> {
  const entry = await getEntry('charts', id);
  if (!entry) throw new Error(`There is no chart "${id}": add content/charts/${id}.yaml or fix the id`);
  const built = buildChart(id, entry.data, await loadWdi(), (await getPageWords('data')).phrase);
  if (built.warning) console.warn(`[charts] ${built.warning}`);
  const url = new URL(withBase(`/data/${id}/`), import.meta.env.SITE).href;
  const provenance = await readFile(join(CONTENT_DIR, 'data', 'PROVENANCE.md'), 'utf8');
  const dates = [lastCommitDate(built.chart.file), lastCommitDate(SHARES_FILE)].filter((d): d is string => d !== undefined).sort();
  return {
    ...built,
    source: sourceLine(built.chart),
    url,
    citation: citation({ chart: built.chart, siteName: SITE_NAME, url, version: dataVersion(provenance), updated: dates.at(-1) }),
  };
}

/** The chart with the given id (its file name in content/charts), built once per build. */
export function getChart(id: string): Promise<ChartEntry> {
  let built = cache.get(id);
  if (!built) cache.set(id, (built = build(id)));
  return built;
}

/** Every chart, in a stable reading order (the order of CHART_ORDER, then by id). */
export async function allCharts(): Promise<ChartEntry[]> {
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
  'household-consumption-map',
  'investment-map',
  'manufacturing-and-exports',
];

/** getStaticPaths for /data/<id>/, /embed/<id>/ and the downloads. */
export async function chartPaths() {
  const entries = await getCollection('charts');
  return entries.map((entry) => ({ params: { id: entry.id } }));
}

export const DOWNLOAD_FORMATS = ['svg', 'png', 'csv'] as const;
/** The PNG download's pixels per CSS pixel (72 dpi is 1×). */
export const PNG_SCALE = 2;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

/** Where a chart's download lives, relative to the site's base. */
export const downloadPath = (id: string, format: DownloadFormat) => `/data/${id}.${format}`;

/** getStaticPaths for /data/<id>.<format> */
export async function downloadPaths() {
  const entries = await getCollection('charts');
  return entries.flatMap((entry) => DOWNLOAD_FORMATS.map((format) => ({ params: { file: `${entry.id}.${format}` }, props: { id: entry.id, format } })));
}

/** The id of a chart's data table on its own page, which the story and the embed link to. */
export const dataId = (id: string) => `chart-${id}-data`;

/** The full table's own page, for a chart whose page shows some of its rows (ChartModule.keyRows). */
export const fullTablePath = (id: string) => `/data/${id}/table/`;

/** getStaticPaths for /data/<id>/table/: the charts whose page shows a shorter table. */
export async function fullTablePaths() {
  const charts = await allCharts();
  return charts.filter((entry) => entry.keyTable).map((entry) => ({ params: { id: entry.chart.id } }));
}

/** Where a chart's data island lives, relative to the site's base: the client fetches it on first use. */
export const islandPath = (id: string) => `/data/${id}.json`;

/** /data/<id>.json: the values, units, names and colours the chart's script shows (src/scripts/chart-enhance.ts). */
export async function chartIsland(id: string): Promise<Response> {
  const { island } = await getChart(id);
  return new Response(JSON.stringify(island), { headers: { 'Content-Type': 'application/json' } });
}

async function standalone(id: string): Promise<string> {
  const { chart, drawings, source, url, standaloneStyle, legend } = await getChart(id);
  return standaloneSvg({ title: chart.title, subtitle: chart.subtitle, drawing: drawings[0]!, source, url, style: standaloneStyle, legend });
}

/** A download of a chart: its data as CSV, or the chart as a standalone SVG or a 2× PNG. */
export async function chartDownload(id: string, format: DownloadFormat): Promise<Response> {
  if (format === 'csv') {
    const { table } = await getChart(id);
    return new Response(chartCsv(table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  }
  const svg = await standalone(id);
  if (format === 'svg') return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
  // density 144 = 2 × the SVG's 72 dpi: twice the pixels, for sharp screens.
  const png = await sharp(Buffer.from(svg), { density: 72 * PNG_SCALE }).png({ compressionLevel: 9 }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
