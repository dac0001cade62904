/**
 * Performance budgets from budgets.json, asserted where they are deterministic: page weight,
 * measured statically from dist/ with the same code as `npm run bench` (scripts/measure.mjs).
 * Lighthouse scores are checked by the benchmark, not here (they need a full Lighthouse run).
 */
import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles, measurePage, pageBreaches, readBudgets, totalBreaches, totalBudgetOf, urlPathOf, type PageMeasure } from '../../scripts/measure.mjs';
import { sitemapPaths } from './helpers';

const budgets = readBudgets('budgets.json');
const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');
const fileOf = (path: string) => (path === '' ? 'index.html' : join(path, 'index.html'));
// Embed pages are left out of the sitemap (they are for other sites' frames) but are chart pages too.
const pages = [...sitemapPaths(), ...htmlFiles('dist').filter((file) => file.startsWith('embed/')).map((file) => urlPathOf(file).slice(1))];
const measured = new Map<string, PageMeasure>(pages.map((path) => [path, measurePage('dist', fileOf(path), base)]));

test('budgets.json sets every budget the benchmark reports', () => {
  expect(budgets).toEqual(
    expect.objectContaining({
      textPageScriptFilesGzip: expect.any(Number),
      inlineBootScriptGzip: expect.any(Number),
      chartPageJsGzip: expect.any(Number),
      searchPageJsGzip: expect.any(Number),
      htmlGzipPerPage: expect.any(Number),
      chartPageTotalGzip: expect.any(Number),
      homeTotalGzip: expect.any(Number),
    }),
  );
  expect(Object.keys(budgets.lighthouse).sort()).toEqual(['accessibility', 'best-practices', 'seo']);
  // Performance is budgeted on a map page and an embed page (names of the benchmark's Lighthouse pages).
  expect(Object.keys(budgets.lighthousePerformance).sort()).toEqual(['embed', 'map']);
  expect(pages.length).toBeGreaterThan(0);
  expect(pages.every((path) => existsSync(join('dist', fileOf(path))))).toBe(true);
});

test('the chart pages are classified as chart pages', () => {
  const charts = [...measured.values()].filter((page) => page.kind === 'chart').map((page) => page.path);
  expect(charts).toContain(`${base}data/china-demand-mix/`);
  expect(measured.get('search/')?.kind).toBe('search');
  expect(measured.get('about/')?.kind).toBe('text');
});

test('the home page, chart pages, map pages and embed pages each fall under a total budget; text pages do not', () => {
  const budgetOf = (path: string) => totalBudgetOf(measured.get(path)!, budgets)?.name;
  expect(budgetOf('')).toBe('homeTotalGzip');
  for (const path of ['data/china-demand-mix/', 'data/household-consumption-map/', 'embed/household-consumption-map/']) {
    expect(budgetOf(path), path).toBe('chartPageTotalGzip');
  }
  expect(budgetOf('about/')).toBeUndefined();
  expect(budgetOf('data/')).toBeUndefined();
  // The total is the HTML and the files it loads at load, each gzipped; inline scripts are part of
  // the HTML, so they are counted once.
  const home = measured.get('')!;
  expect(home.js.inline.gzip).toBeGreaterThan(0);
  expect(home.totalGzip).toBe(home.html.gzip + home.css.gzip + home.js.external.gzip);
});

for (const path of pages) {
  test(`/${path} stays within the HTML and JavaScript budgets`, () => {
    expect(pageBreaches(measured.get(path)!, budgets)).toEqual([]);
  });
}

// Every page with a total budget keeps it: the home page, each chart and map page, and each embed
// page (the chart alone, for other sites' frames).
const HOLDING = pages.filter((path) => totalBudgetOf(measured.get(path)!, budgets) !== undefined);
test('the total budgets cover the home page, every chart page and every embed page', () => {
  const charts = sitemapPaths().filter((path) => /^data\/[^/]+\/$/.test(path));
  expect(charts.length).toBeGreaterThanOrEqual(7);
  expect(HOLDING).toEqual(expect.arrayContaining(['', ...charts, ...pages.filter((path) => path.startsWith('embed/'))]));
});
for (const path of HOLDING) {
  test(`/${path} stays within its total budget`, () => {
    const page = measured.get(path)!;
    expect(totalBudgetOf(page, budgets)?.name).toBe(path === '' ? 'homeTotalGzip' : 'chartPageTotalGzip');
    expect(totalBreaches(page, budgets)).toEqual([]);
  });
}

/**
 * The static measurement must see every script the browser really fetches at load: on a chart
 * page the chart script, on text pages none at all.
 */
for (const path of ['', 'data/china-demand-mix/', 'sources/mdt-agencies/', 'claims/', 'glossary/']) {
  test(`/${path}: the scripts fetched at load are the ones the static measurement counts`, async ({ page }) => {
    const fetched = new Set<string>();
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') fetched.add(new URL(response.url()).pathname.slice(base.length));
    });
    await page.goto(path, { waitUntil: 'load' });
    const counted = new Set(measured.get(path)?.js.external.files ?? []);
    expect([...fetched].sort()).toEqual([...counted].sort());
  });
}
