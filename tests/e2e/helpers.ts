/** Shared helpers for the end-to-end tests. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildChart, chartSpecSchema } from '../../src/lib/charts/registry';
import { loadWdi } from '../../src/lib/data/wdi';

/** The line and scatter charts (two drawings each), and the maps (one), by id. */
export const LINE_AND_SCATTER_IDS = [
  'china-demand-mix',
  'household-consumption-peers',
  'investment-peers',
  'consumption-vs-investment-scatter',
  'manufacturing-and-exports',
];
export const MAP_IDS = ['household-consumption-map', 'investment-map'];

/** WCAG 2.2 AA, as axe tags it. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every page path in the built sitemap, relative to the site's base (e.g. "sources/fdd/"). */
export function sitemapPaths(): string[] {
  const index = readFileSync('dist/sitemap-0.xml', 'utf8');
  const paths = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
  const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');
  return paths.map((path) => path.slice(base.length));
}

/** Runs axe on the page and returns a readable list of violations (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/** The content the site was built from: CONTENT_DIR when set, as for the build, else content/. */
const CONTENT_DIR = process.env['CONTENT_DIR'] ?? 'content';

/** A content file's text, e.g. readContent('pages/home.mdx'). */
export const readContent = (path: string) => readFileSync(join(CONTENT_DIR, path), 'utf8');

/**
 * A phrase of content/pages/<page>.yaml as the site prints it, with `values` for its
 * placeholders ({count} → "3"), so a test follows the content when a maintainer rewords it.
 */
export function pagePhrase(page: string, name: string, values: Record<string, string | number> = {}): string {
  const phrases = (parse(readContent(`pages/${page}.yaml`)) as { phrases?: Record<string, string> }).phrases ?? {};
  const text = phrases[name];
  if (text === undefined) throw new Error(`content/pages/${page}.yaml has no phrase ${name}`);
  return text.replace(/\{([a-z_]+)\}/g, (token, key: string) => (key in values ? String(values[key]) : token));
}

/** The ids of a content folder's files, e.g. idsIn('claims', '.yaml'). */
export const idsIn = (folder: string, extension: string) =>
  readdirSync(join(CONTENT_DIR, folder)).filter((name) => name.endsWith(extension)).map((name) => name.slice(0, -extension.length));

/** Every source's slug and every claim's id, so counts in the tests come from the content. */
export const sourceSlugs = idsIn('sources', '.mdx');
export const claimIds = idsIn('claims', '.yaml');

/** A source's publication date as its frontmatter gives it, e.g. "2025-05-28". */
export const sourceDate = (slug: string) =>
  (parse(readContent(`sources/${slug}.mdx`).split(/^---$/m)[1] ?? '') as { published: { date: string } }).published.date;

/** A chart's titles as its spec gives them: the title (the chart's heading) and the short title (page_title). */
const wdi = await loadWdi();
/** A chart's title and short title as readers see them: the spec's words with its placeholders filled from the data. */
export const chartTitles = (id: string) => {
  const phrase = (name: string, extra: Record<string, (argument?: string) => string> = {}) => pagePhrase('data', name, Object.fromEntries(Object.entries(extra).map(([key, value]) => [key, value()])));
  const { chart } = buildChart(id, chartSpecSchema.parse(parse(readContent(`charts/${id}.yaml`))), wdi, phrase);
  return { title: chart.title, short: chart.pageTitle };
};

/** The ids of the charts a content page places, in order, e.g. storyChartIds('pages/home.mdx'). */
/** A chart's type, from its spec (content/charts/<id>.yaml). */
export const chartType = (id: string): string => parse(readContent(`charts/${id}.yaml`)).type;

export const storyChartIds = (page: string) => [...readContent(page).matchAll(/<Chart\s+id="([^"]+)"/g)].map((match) => match[1] ?? '');

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/**
 * The SVG markup of a drawing's words' image (its data: URL decoded), its attributes quoted with "
 * as in the page's own markup (the URL carries them quoted with ', src/lib/charts/drawing-text.ts).
 */
export function labelImageSvg(imageHref: string): string {
  return decodeURIComponent(imageHref.replace(/^data:image\/svg\+xml,/, '')).replace(/='([^']*)'/g, (_, value: string) => `="${value.replace(/"/g, '&quot;')}"`);
}

/**
 * The words of one group of a line or scatter drawing as built: they travel in the drawing's
 * label image (`<image data-labels href="data:image/svg+xml,…">`, src/lib/charts/drawing-text.ts),
 * not in its emptied <text> elements. `imageHref` is that image's href; `group` a class such as
 * "chart__ticks".
 */
export function labelImageWords(imageHref: string, group: string): string[] {
  const svg = labelImageSvg(imageHref);
  const inner = new RegExp(`<g class="${group}"[^>]*>([\\s\\S]*?)</g>`).exec(svg)?.[1] ?? '';
  return [...inner.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => (match[1] ?? '').replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => XML_ENTITIES[name] ?? ''));
}


/** The height, in px, of the <iframe> the chart page's embed snippet suggests for a chart (read from the built page). */
export function embedSnippetHeight(id: string): number {
  const html = readFileSync(`${process.env['DIST_DIR'] ?? 'dist'}/data/${id}/index.html`, 'utf8');
  const height = /&lt;iframe [^<]*?\/embed\/[^<]*? height=&quot;(\d+)&quot;/.exec(html)?.[1];
  if (!height) throw new Error(`no embed snippet with a height on /data/${id}/`);
  return Number(height);
}

/**
 * Another site: a server on a free loopback port whose page at /<encoded path>?width=W&height=H
 * frames that page of the site in an <iframe> (800×700 by default), as an article embeds a chart.
 */
export async function startFrameHost(baseURL: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    const url = new URL(request.url!, 'http://host');
    const target = new URL(decodeURIComponent(url.pathname.slice(1)), baseURL).href;
    const [width, height] = [url.searchParams.get('width') ?? '800', url.searchParams.get('height') ?? '700'].map(Number);
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(`<!doctype html><title>Host</title><iframe src="${target}" title="Chart" width="${width}" height="${height}" style="border:0"></iframe>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
