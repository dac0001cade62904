/**
 * Static page-weight measurement of a built site (dist/), shared by the benchmark
 * (scripts/bench.mjs) and the budget tests (tests/e2e/budgets.spec.ts).
 *
 * For every HTML page: its own bytes, and the CSS and JavaScript it loads at page load —
 * <link rel=stylesheet href>, <script src> (classic or module), inline <script> bodies, and the
 * static `import` graph of the loaded module files. Dynamic `import()` is not followed: code
 * loaded on first use (e.g. a search dialog) is not "at load". Sizes are raw and gzip (each
 * file gzipped on its own, as a host would send it).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes of `data` after gzip (default level, as static hosts typically serve). */
export const gzipSize = (data) => gzipSync(typeof data === 'string' ? Buffer.from(data) : data).length;

/** Every *.html file under `dir`, as paths relative to it with forward slashes, sorted. */
export function htmlFiles(dir) {
  const found = [];
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) found.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return found.sort();
}

/** The URL path of a built file: "sources/x/index.html" → "/sources/x/". */
export function urlPathOf(file, base = '/') {
  const path = file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1');
  return `${base.replace(/\/?$/, '/')}${path}`;
}

/** Total size of a folder, in bytes, and its file count. */
export function folderSize(dir) {
  let bytes = 0;
  let files = 0;
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const full = join(folder, name);
      const stats = statSync(full);
      if (stats.isDirectory()) walk(full);
      else {
        bytes += stats.size;
        files += 1;
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return { bytes, files };
}

const attr = (tag, name) => {
  const match = tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'));
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : undefined;
};
/** Script types a browser executes (no type, JavaScript MIME types, or module). */
const isJsType = (type) =>
  type === undefined || type === '' || /^(module|text\/javascript|application\/javascript|text\/ecmascript)$/i.test(type.trim());

/** Whether the page shows a chart: a <figure> whose class list contains a "chart" class. */
export function isChartPage(html) {
  for (const match of html.matchAll(/<figure\b[^>]*>/gi)) {
    const classes = attr(match[0], 'class');
    if (classes && classes.split(/\s+/).some((name) => /(^|-)chart($|-|_)/.test(name) || name === 'chart')) return true;
  }
  return false;
}

/**
 * Which budget a page falls under: "search" for the search page (the one page that loads its
 * search app up front), "chart" for pages with a chart figure, otherwise "text".
 */
export function pageKind(html) {
  // As an attribute of an element: the boot script's text also mentions [data-search-page].
  if (/<[a-z][^<>]*\sdata-search-page(?=[\s=>/])/i.test(html)) return 'search';
  return isChartPage(html) ? 'chart' : 'text';
}

/** Resolves an href/src from a page (or a module) to a file in dist, or undefined when external. */
function resolveAsset(distDir, base, fromUrlPath, href) {
  if (/^(?:[a-z]+:)?\/\//i.test(href) || href.startsWith('data:')) return undefined;
  const clean = href.split(/[?#]/)[0];
  const absolute = clean.startsWith('/') ? clean : posix.join(posix.dirname(fromUrlPath.endsWith('/') ? `${fromUrlPath}x` : fromUrlPath), clean);
  const normalisedBase = base.replace(/\/?$/, '/');
  if (!absolute.startsWith(normalisedBase)) return undefined;
  const file = join(distDir, decodeURIComponent(absolute.slice(normalisedBase.length)));
  return existsSync(file) && statSync(file).isFile() ? { file, urlPath: absolute } : undefined;
}

// Static imports in bundled (minified) ESM: `import"./a.js"`, `import{x}from"./b.js"`, `export*from"./c.js"`.
const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?["']([^"']+)["']/g;

/** The module files a loaded JS file imports statically, transitively (including itself). */
function moduleGraph(distDir, base, entry, seen) {
  if (seen.has(entry.file)) return;
  seen.set(entry.file, entry);
  const code = readFileSync(entry.file, 'utf8');
  for (const match of code.matchAll(STATIC_IMPORT)) {
    const target = resolveAsset(distDir, base, entry.urlPath, match[1]);
    if (target) moduleGraph(distDir, base, target, seen);
  }
}

/**
 * Measures one built page.
 * @param {string} distDir the built site
 * @param {string} file a page, relative to distDir (e.g. "claims/index.html")
 * @param {string} [base] the site's base path
 */
export function measurePage(distDir, file, base = '/') {
  const html = readFileSync(join(distDir, file));
  const text = html.toString('utf8');
  const urlPath = urlPathOf(file, base);

  const cssFiles = new Map();
  for (const match of text.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(match[0], 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(match[0], 'href');
    if (!rel.includes('stylesheet') || !href) continue;
    const target = resolveAsset(distDir, base, urlPath, href);
    if (target) cssFiles.set(target.file, target);
  }
  let inlineCss = '';
  for (const match of text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) inlineCss += match[1];

  const jsFiles = new Map();
  const inlineScripts = [];
  for (const match of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const tag = `<script ${match[1]}>`;
    if (!isJsType(attr(tag, 'type'))) continue;
    const src = attr(tag, 'src');
    if (src) {
      const target = resolveAsset(distDir, base, urlPath, src);
      if (target) moduleGraph(distDir, base, target, jsFiles);
    } else if (match[2].trim()) {
      inlineScripts.push(match[2]);
      // An inline module can import bundled files too.
      if (attr(tag, 'type') === 'module') {
        for (const imported of match[2].matchAll(STATIC_IMPORT)) {
          const target = resolveAsset(distDir, base, urlPath, imported[1]);
          if (target) moduleGraph(distDir, base, target, jsFiles);
        }
      }
    }
  }

  const sizeOf = (files) =>
    [...files.values()].reduce(
      (sum, { file: path }) => {
        const data = readFileSync(path);
        return { raw: sum.raw + data.length, gzip: sum.gzip + gzipSize(data) };
      },
      { raw: 0, gzip: 0 },
    );
  const css = sizeOf(cssFiles);
  const jsExternal = sizeOf(jsFiles);
  const jsInline = inlineScripts.reduce((sum, code) => ({ raw: sum.raw + Buffer.byteLength(code), gzip: sum.gzip + gzipSize(code) }), {
    raw: 0,
    gzip: 0,
  });
  const rel = (path) => relative(distDir, path).split(sep).join('/');

  const htmlSize = { raw: html.length, gzip: gzipSize(html) };
  return {
    path: urlPath,
    file,
    kind: pageKind(text),
    home: file === 'index.html',
    // What a reader's browser receives before the page is usable: the HTML and the files it loads
    // at load. Inline scripts arrive inside the HTML, so they are counted there, once.
    totalGzip: htmlSize.gzip + css.gzip + jsExternal.gzip,
    html: htmlSize,
    css: { raw: css.raw, gzip: css.gzip, files: [...cssFiles.values()].map((f) => rel(f.file)), inlineRaw: Buffer.byteLength(inlineCss) },
    js: {
      raw: jsExternal.raw + jsInline.raw,
      gzip: jsExternal.gzip + jsInline.gzip,
      external: { ...jsExternal, files: [...jsFiles.values()].map((f) => rel(f.file)) },
      inline: { ...jsInline, count: inlineScripts.length },
    },
  };
}

/** Measures every page of the built site. */
export function measureSite(distDir = 'dist', base = process.env.BASE_PATH ?? '/') {
  if (!existsSync(join(distDir, 'index.html'))) throw new Error(`No built site in ${distDir}: run "npm run build" first.`);
  return htmlFiles(distDir).map((file) => measurePage(distDir, file, base));
}

/**
 * One readable line per HTML or JavaScript budget a page breaks (none when it is within budget).
 * Text pages may load no script files at all, and carry only the inline boot script (theme and
 * search shortcut, src/lib/site/boot.ts); chart pages have one budget for all their JavaScript.
 * @param {ReturnType<typeof measurePage>} page
 * @param {{ textPageScriptFilesGzip: number, inlineBootScriptGzip: number, chartPageJsGzip: number, searchPageJsGzip: number, htmlGzipPerPage: number }} budgets
 */
export function pageBreaches(page, budgets) {
  const breaches = [];
  const over = (what, value, budget) => value > budget && breaches.push(breachLine(page, what, value, budget));
  over('HTML', page.html.gzip, budgets.htmlGzipPerPage);
  if (page.kind === 'chart' || page.kind === 'search') {
    over('JavaScript at load', page.js.gzip, page.kind === 'chart' ? budgets.chartPageJsGzip : budgets.searchPageJsGzip);
  } else {
    over(`script files at load [${page.js.external.files.join(', ')}]`, page.js.external.gzip, budgets.textPageScriptFilesGzip);
    over(`inline script (${page.js.inline.count})`, page.js.inline.gzip, budgets.inlineBootScriptGzip);
  }
  return breaches;
}

/**
 * The total budget a page falls under, if any: the home page (the story, with its charts) has
 * its own; every other page with a chart (chart, map and embed pages) has the chart-page budget.
 * @param {ReturnType<typeof measurePage>} page
 * @param {{ homeTotalGzip: number, chartPageTotalGzip: number }} budgets
 * @returns {{ name: 'homeTotalGzip' | 'chartPageTotalGzip', bytes: number } | undefined}
 */
export function totalBudgetOf(page, budgets) {
  if (page.home) return { name: 'homeTotalGzip', bytes: budgets.homeTotalGzip };
  return page.kind === 'chart' ? { name: 'chartPageTotalGzip', bytes: budgets.chartPageTotalGzip } : undefined;
}

/**
 * The line for a page whose total (HTML with its inline scripts + CSS + JavaScript files at load,
 * gzip) exceeds its total budget,
 * with the share of each part, so the excess can be traced; none when within budget.
 * @param {ReturnType<typeof measurePage>} page
 * @param {{ homeTotalGzip: number, chartPageTotalGzip: number }} budgets
 */
export function totalBreaches(page, budgets) {
  const budget = totalBudgetOf(page, budgets);
  if (!budget || page.totalGzip <= budget.bytes) return [];
  return [breachLine(page, `total (HTML ${page.html.gzip} + CSS ${page.css.gzip} + JS files ${page.js.external.gzip})`, page.totalGzip, budget.bytes)];
}

const breachLine = (page, what, value, budget) => `${page.path} (${page.home ? 'home' : page.kind} page): ${what} ${value} B gzip > ${budget} B (+${value - budget})`;

/** Every breach of every page. */
export function budgetBreaches(pages, budgets) {
  return pages.flatMap((page) => [...pageBreaches(page, budgets), ...totalBreaches(page, budgets)]);
}

/** Reads budgets.json from the project root (or the given path). */
export function readBudgets(file = join(dirname(new URL(import.meta.url).pathname), '..', 'budgets.json')) {
  return JSON.parse(readFileSync(file, 'utf8'));
}
