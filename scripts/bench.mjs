#!/usr/bin/env node
/**
 * `npm run bench`: builds the site and reports, as a table and as bench-results/bench.json,
 * - build time (Astro, Pagefind, total), and `npm run check:content`'s beside it;
 * - how long the last `npm test` took, stage by stage (test-results/timings.json);
 * - every page's HTML, and the CSS and JavaScript it loads at page load, raw and gzip;
 * - Lighthouse (mobile, system Chromium) scores, FCP/LCP/TBT/CLS and the script files fetched, for
 *   five key pages;
 * - the search's time to results (median over a set of queries), when the site has search, and
 *   what the first search from a content page downloads (the header dialog's code, Pagefind, index);
 * - every budget of budgets.json that is exceeded (a page's total over its budget with its parts).
 * Wall times are reported, never asserted: they depend on the machine and its load.
 *
 * Usage: npm run bench [-- --skip-lighthouse] [-- --skip-build] [-- --runs N] [-- --scale N]
 *   --runs N    Lighthouse runs per page (default 3); the median run is reported.
 *   --scale N   runs the scaling benchmark instead (scripts/bench-scale.mjs): N = 10, 100, …, N.
 * Chromium: CHROME_PATH / CHROMIUM_PATH, default /usr/bin/chromium.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { QUIET_CHROMIUM_FLAGS } from './chromium.mjs';
import { computeMedianRun, filterToValidRuns } from 'lighthouse/core/lib/median-run.js';
import { budgetBreaches, folderSize, measureSite, readBudgets, totalBudgetOf } from './measure.mjs';
import { serve } from './serve-dist.mjs';
import { parse } from 'yaml';

/** The search button's and box's words, from content/pages/site.yaml (the site types none). */
const SITE_PHRASES = parse(readFileSync('content/pages/site.yaml', 'utf8')).phrases;

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
};

export const CHROMIUM = process.env.CHROME_PATH || process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/** Lighthouse starts Chromium itself, so it needs --headless on top of the quiet flags. */
const LIGHTHOUSE_CHROME_FLAGS = ['--headless', ...QUIET_CHROMIUM_FLAGS];
const BIN = (name) => join('node_modules', '.bin', name);
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const OUT = 'bench-results';

/** Runs a command; resolves with its wall time in ms and its combined output. */
export function timed(command, commandArgs, options = {}) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, commandArgs, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      if (code === 0) resolve({ ms, output });
      else reject(new Error(`${command} ${commandArgs.join(' ')} exited with ${code}:\n${output.slice(-4000)}`));
    });
  });
}

/** Formats rows as an aligned text table; numbers are right-aligned. */
export function table(header, rows) {
  const cells = [header, ...rows].map((row) => row.map((cell) => (cell === undefined || cell === null ? '–' : String(cell))));
  const widths = header.map((_, column) => Math.max(...cells.map((row) => row[column].length)));
  const numeric = header.map((_, column) => rows.every((row) => typeof row[column] === 'number' || row[column] == null));
  const line = (row) => row.map((cell, column) => (numeric[column] ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join('  ');
  return [line(cells[0]), widths.map((width) => '─'.repeat(width)).join('  '), ...cells.slice(1).map(line)].join('\n');
}
const seconds = (ms) => (ms == null ? 'n/a' : `${(ms / 1000).toFixed(1)} s`);
const kb = (bytes) => Math.round(bytes / 102.4) / 10;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? undefined : sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Build: `astro build`, timed; Pagefind timed separately by re-indexing into a scratch folder. */
async function build() {
  console.log('▶ astro build');
  const total = await timed(BIN('astro'), ['build']);
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'build.log'), total.output);
  const logged = total.output.match(/pagefind[^\n]*?(\d+(?:\.\d+)?)\s*(ms|s)\b/i);
  const result = {
    totalMs: Math.round(total.ms),
    astroMs: Math.round(total.ms),
    pagefindMs: null,
    pagefindLogged: logged ? logged[0].trim() : null,
  };
  // The maintainers' fast check (every content rule, no rendering) against the build it stands in for.
  console.log('▶ npm run check:content (timed beside the build)');
  result.checkContentMs = Math.round((await timed(process.execPath, ['scripts/check-content.mjs'])).ms);
  if (existsSync(join('dist', 'pagefind'))) {
    console.log('▶ pagefind --site dist (re-index into a scratch folder, to time it)');
    const scratch = mkdtempSync(join(tmpdir(), 'bench-pagefind-'));
    try {
      const pagefind = await timed(BIN('pagefind'), ['--site', 'dist', '--output-path', join(scratch, 'pagefind')]);
      result.pagefindMs = Math.round(pagefind.ms);
      result.astroMs = Math.max(0, result.totalMs - result.pagefindMs);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
  return result;
}

export const LIGHTHOUSE_PAGES = [
  ['home', ''],
  ['source', 'sources/fdd-new-industrial-policy/'],
  ['chart', 'data/china-demand-mix/'],
  ['map', 'data/household-consumption-map/'],
  ['embed', 'embed/consumption-vs-investment-scatter/'],
  ['claims matrix', 'claims/'],
  ['search', 'search/'],
];

/**
 * Lighthouse runs per page: its performance score swings by several points from run to run on a
 * busy 2-core machine (total blocking time is simulated from the observed main-thread tasks), so
 * each page is run several times and the median run is reported, as Lighthouse's docs advise,
 * together with the range of performance scores.
 */
const LIGHTHOUSE_RUNS = Number(option('runs') ?? 3);

async function lighthouse(siteUrl) {
  const results = [];
  mkdirSync(join(OUT, 'lighthouse'), { recursive: true });
  for (const [name, path] of LIGHTHOUSE_PAGES) {
    const url = `${siteUrl}${path}`;
    const status = (await fetch(url, { method: 'HEAD' })).status;
    if (status !== 200) {
      console.log(`  ${name}: /${path} answers ${status}: missing`);
      results.push({ name, path: `${base}${path}`, missing: true, status });
      continue;
    }
    const runs = [];
    for (let run = 1; run <= LIGHTHOUSE_RUNS; run++) {
      console.log(`▶ lighthouse ${url} (run ${run} of ${LIGHTHOUSE_RUNS})`);
      const report = join(OUT, 'lighthouse', `${name.replace(/\W+/g, '-')}-${run}.json`);
      await timed(
        BIN('lighthouse'),
        [url, '--output=json', `--output-path=${report}`, '--quiet', `--chrome-flags=${LIGHTHOUSE_CHROME_FLAGS.join(' ')}`],
        { env: { ...process.env, CHROME_PATH: CHROMIUM } },
      );
      runs.push(JSON.parse(readFileSync(report, 'utf8')));
    }
    const scoreOf = (lhr, id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));
    const lhr = filterToValidRuns(runs).length > 0 ? computeMedianRun(runs) : runs[0];
    const score = (id) => scoreOf(lhr, id);
    // The asserted categories must hold in every run, not only in the median one.
    const worst = (id) => Math.min(...runs.map((run) => scoreOf(run, id) ?? 0));
    const performances = runs.map((run) => scoreOf(run, 'performance')).filter((value) => value != null);
    const audit = (id) => lhr.audits[id]?.numericValue ?? null;
    // What the browser really fetched as script, including code imported at run time, which the
    // static page-weight table above cannot see (e.g. Pagefind on /search/).
    const scripts = lhr.audits['resource-summary']?.details?.items?.find((item) => item.resourceType === 'script');
    results.push({
      name,
      path: `${base}${path}`,
      runs: runs.length,
      performance: score('performance'),
      performanceRange: performances.length ? [Math.min(...performances), Math.max(...performances)] : null,
      accessibility: worst('accessibility'),
      'best-practices': worst('best-practices'),
      seo: worst('seo'),
      fcpMs: audit('first-contentful-paint') == null ? null : Math.round(audit('first-contentful-paint')),
      lcpMs: audit('largest-contentful-paint') == null ? null : Math.round(audit('largest-contentful-paint')),
      tbtMs: audit('total-blocking-time') == null ? null : Math.round(audit('total-blocking-time')),
      cls: audit('cumulative-layout-shift') == null ? null : Number(audit('cumulative-layout-shift').toFixed(3)),
      scriptRequests: scripts?.requestCount ?? null,
      scriptTransferBytes: scripts?.transferSize ?? null,
      runtimeError: lhr.runtimeError?.message,
      // Audits that cost points in the asserted categories, to act on without opening the report.
      failing: [...new Set(runs.flatMap((run) =>
        ['accessibility', 'best-practices', 'seo'].flatMap((category) =>
          (run.categories[category]?.auditRefs ?? [])
            .filter((ref) => ref.weight > 0 && run.audits[ref.id]?.score !== null && run.audits[ref.id]?.score < 1)
            .map((ref) => `${category}: ${ref.id}`),
        ),
      ))],
    });
  }
  return results;
}

export const SEARCH_QUERIES = ['Bessent', 'tariffs', 'Little Giants', '145%', 'DeepSeek', 'consumption', '中国制造2025', 'Geneva', 'semiconductors', 'Henan'];

/**
 * What the first search from a content page costs: everything fetched (gzip bytes) from opening
 * the header's search dialog on About to its first results, split into JavaScript and the rest
 * (WebAssembly, index chunks), and the time from opening to results.
 */
async function firstSearchCost(browser, siteUrl) {
  const page = await browser.newPage();
  await page.goto(`${siteUrl}about/`, { waitUntil: 'networkidle' });
  const fetched = [];
  page.on('response', async (response) => {
    try {
      fetched.push({ path: new URL(response.url()).pathname, gzip: gzipSync(await response.body()).length });
    } catch {
      // A redirect or aborted request has no body.
    }
  });
  const start = performance.now();
  await page.getByRole('button', { name: SITE_PHRASES.search_button }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(SITE_PHRASES.search_label).fill('methodology');
  await dialog.locator('.search-result').first().waitFor({ timeout: 15_000 });
  const ms = Math.round(performance.now() - start);
  await page.waitForLoadState('networkidle');
  await page.close();
  const bytes = (match) => fetched.filter(({ path }) => match(path)).reduce((sum, { gzip }) => sum + gzip, 0);
  return { ms, jsGzipBytes: bytes((path) => path.endsWith('.js')), otherGzipBytes: bytes((path) => !path.endsWith('.js')), files: fetched.length };
}

/** Time from setting the query in the search page's box to its results being rendered. */
async function searchTiming(siteUrl) {
  if (!existsSync(join('dist', 'search', 'index.html'))) return { available: false, reason: 'no /search/ page in dist' };
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: QUIET_CHROMIUM_FLAGS });
  try {
    const firstSearch = await firstSearchCost(browser, siteUrl);
    const page = await browser.newPage();
    await page.goto(`${siteUrl}search/`);
    const input = page.locator('main [data-search-input], main input[type="search"]').first();
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    const runs = [];
    for (const query of SEARCH_QUERIES) {
      const result = await page.evaluate(
        (q) =>
          new Promise((resolve) => {
            const box = document.querySelector('main [data-search-input], main input[type="search"]');
            const list = document.querySelector('main [data-search-results]');
            const status = document.querySelector('main [data-search-status], main [role="status"]');
            const done = () =>
              list ? list.getAttribute('data-query') === q : Boolean(status && status.textContent && status.textContent.includes(q));
            const start = performance.now();
            const finish = (timedOut) => {
              observer.disconnect();
              resolve({ ms: performance.now() - start, results: list ? list.children.length : null, timedOut });
            };
            const observer = new MutationObserver(() => done() && finish(false));
            observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
            setTimeout(() => finish(true), 15_000);
            box.value = q;
            box.dispatchEvent(new Event('input', { bubbles: true }));
          }),
        query,
      );
      runs.push({ query, ms: Math.round(result.ms), results: result.results, timedOut: result.timedOut });
    }
    const times = runs.filter((run) => !run.timedOut).map((run) => run.ms);
    return { available: true, medianMs: median(times), firstQueryMs: runs[0]?.ms, runs, firstSearch };
  } finally {
    await browser.close();
  }
}

/** The stage times `npm test` wrote on its last run (scripts/test.mjs), if any. */
function lastTestRun() {
  const file = join('test-results', 'timings.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

async function main() {
  const scale = option('scale');
  if (scale !== undefined) {
    const { runScale } = await import('./bench-scale.mjs');
    await runScale(Number(scale));
    return;
  }
  const budgets = readBudgets();
  const started = new Date().toISOString();
  const buildResult = flag('skip-build') ? null : await build();
  if (buildResult) {
    console.log(
      `\nBuild: total ${seconds(buildResult.totalMs)}, Astro ${seconds(buildResult.astroMs)}, Pagefind ${buildResult.pagefindMs == null ? 'n/a (no dist/pagefind/)' : seconds(buildResult.pagefindMs)}${buildResult.pagefindLogged ? ` (build log: "${buildResult.pagefindLogged}")` : ''}`,
    );
    console.log(`check:content: ${seconds(buildResult.checkContentMs)} (${Math.round((100 * buildResult.checkContentMs) / buildResult.totalMs)}% of the build's time)`);
  }
  const tests = lastTestRun();
  console.log(
    tests
      ? `npm test, last run (${tests.date}, ${tests.passed} passed, ${tests.failed} failed): ${seconds(tests.totalMs)}; ${tests.stages.map((stage) => `${stage.label.replace(/ \(.*$/, '')} ${seconds(stage.ms)}`).join('; ')}`
      : 'npm test: no run on record (test-results/timings.json is written by npm test)',
  );

  const pages = measureSite('dist', base);
  console.log(`\nPage weight (bytes; CSS and JS = what the page loads at load time, JS incl. inline scripts)\n`);
  console.log(
    table(
      ['page', 'kind', 'HTML', 'HTML gz', 'CSS', 'CSS gz', 'JS', 'JS gz', 'total gz', 'total budget'],
      pages.map((p) => [p.path, p.kind, p.html.raw, p.html.gzip, p.css.raw, p.css.gzip, p.js.raw, p.js.gzip, p.totalGzip, totalBudgetOf(p, budgets)?.bytes]),
    ),
  );
  const summary = ['text', 'chart', 'search'].map((kind) => {
    const group = pages.filter((p) => p.kind === kind);
    const max = (pick) => Math.max(0, ...group.map(pick));
    return {
      kind,
      pages: group.length,
      htmlGzipMedian: median(group.map((p) => p.html.gzip)),
      htmlGzipMax: max((p) => p.html.gzip),
      cssGzipMax: max((p) => p.css.gzip),
      jsGzipMax: max((p) => p.js.gzip),
      jsExternalGzipMax: max((p) => p.js.external.gzip),
      jsInlineGzipMax: max((p) => p.js.inline.gzip),
      totalGzipMax: max((p) => p.totalGzip),
    };
  });
  console.log(`\nBy page type (gzip bytes)\n`);
  console.log(
    table(
      ['kind', 'pages', 'HTML median', 'HTML max', 'CSS max', 'JS max', 'of which external', 'of which inline', 'total max'],
      summary.map((s) => [s.kind, s.pages, s.htmlGzipMedian, s.htmlGzipMax, s.cssGzipMax, s.jsGzipMax, s.jsExternalGzipMax, s.jsInlineGzipMax, s.totalGzipMax]),
    ),
  );

  let lighthouseResults = null;
  let search = null;
  const server = await serve('dist');
  try {
    if (!flag('skip-lighthouse')) lighthouseResults = await lighthouse(server.url);
    search = await searchTiming(server.url).catch((error) => ({ available: false, reason: String(error.message ?? error).split('\n')[0] }));
  } finally {
    server.stop();
  }

  if (lighthouseResults) {
    console.log(
      `\nLighthouse (mobile, ${CHROMIUM}): median of ${LIGHTHOUSE_RUNS} runs per page (a11y, best practices, SEO: worst run);\nscript files and bytes: every script the browser fetched during the run, as transferred (compressed)\n`,
    );
    console.log(
      table(
        ['page', 'path', 'perf', 'perf range', 'a11y', 'best pr.', 'SEO', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'script files', 'script bytes'],
        lighthouseResults.map((r) =>
          r.missing
            ? [r.name, `${r.path} (missing: ${r.status})`, ...Array(11).fill(null)]
            : [r.name, r.path, r.performance, r.performanceRange?.join('–'), r.accessibility, r['best-practices'], r.seo, r.fcpMs, r.lcpMs, r.tbtMs, r.cls, r.scriptRequests, r.scriptTransferBytes],
        ),
      ),
    );
    for (const r of lighthouseResults) if (r.failing?.length) console.log(`  ${r.name}: ${r.failing.join(', ')}`);
  }
  console.log(`\nSearch time to results`);
  if (search?.available) {
    console.log(table(['query', 'ms', 'results'], search.runs.map((r) => [r.query, r.timedOut ? null : r.ms, r.results])));
    console.log(`median ${search.medianMs} ms (first query, cold index: ${search.firstQueryMs} ms)`);
    const { firstSearch } = search;
    console.log(
      `first search from About's header dialog: results after ${firstSearch.ms} ms; fetched ${firstSearch.files} files, ${firstSearch.jsGzipBytes} B of JavaScript and ${firstSearch.otherGzipBytes} B of WebAssembly and index (gzip)`,
    );
  } else console.log(`n/a (${search?.reason ?? 'not measured'})`);

  const breaches = budgetBreaches(pages, budgets);
  for (const r of lighthouseResults ?? []) {
    if (r.missing) continue;
    for (const [category, minimum] of Object.entries(budgets.lighthouse)) {
      if (r[category] != null && r[category] < minimum) breaches.push(`${r.path}: Lighthouse ${category} ${r[category]} < ${minimum}`);
    }
    // Performance is budgeted on the pages named in lighthousePerformance (median run).
    const minimumPerformance = budgets.lighthousePerformance?.[r.name];
    if (minimumPerformance !== undefined && r.performance != null && r.performance < minimumPerformance) {
      breaches.push(`${r.path}: Lighthouse performance ${r.performance} < ${minimumPerformance} (median run)`);
    }
  }
  console.log(`\nBudgets (budgets.json): ${breaches.length === 0 ? 'all met' : `${breaches.length} breach(es)`}`);
  for (const line of breaches.slice(0, 20)) console.log(`  ✗ ${line}`);
  if (breaches.length > 20) console.log(`  … and ${breaches.length - 20} more (all in ${OUT}/bench.json)`);

  mkdirSync(OUT, { recursive: true });
  const report = {
    date: started,
    machine: { cpus: cpus().length, node: process.version },
    build: buildResult,
    tests: lastTestRun() ?? null,
    pages,
    summary,
    lighthouse: lighthouseResults,
    search,
    budgets,
    breaches,
    distBytes: folderSize('dist').bytes,
  };
  writeFileSync(join(OUT, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWrote ${OUT}/bench.json (${kb(JSON.stringify(report).length)} kB)`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
