/**
 * Text-only reading: every page in a browser with no CSS and no JavaScript (lynx, as a text
 * browser user or a braille display reader meets it) reads in a sensible order. After the skip
 * link, the site name and the navigation, the next line is the page's own content: no controls
 * that need JavaScript (the header's search button and theme toggle, the search dialog's form)
 * stand in the way. Chart drawings spill no run of axis labels: their words travel as an image
 * (src/lib/charts/drawing-text.ts), and the table is the text version.
 *
 * lynx: LYNX_PATH, default `lynx` on PATH (Debian: apt-get install lynx).
 */
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NAV_ITEMS, SITE_NAME } from '../../src/lib/site/site';
import { labelImageSvg, pagePhrase, sitemapPaths } from './helpers';

const LYNX = process.env['LYNX_PATH'] || 'lynx';

/** The text lynx shows for an HTML document, as trimmed non-empty lines. */
function textLines(html: string): string[] {
  const text = execFileSync(LYNX, ['-stdin', '-dump', '-nolist', '-width=1000', '-display_charset=utf-8', '-assume_charset=utf-8'], { input: html, encoding: 'utf8' });
  return (
    text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      // lynx lists the head's <link rel=alternate> (the RSS feed) as "#title" lines first.
      .filter((line) => !line.startsWith('#'))
  );
}

/** The first line of the page's <main>, read on its own. */
function firstLineOfMain(html: string): string {
  const main = /<main\b[\s\S]*<\/main>/.exec(html)?.[0];
  expect(main, 'the page has a <main>').toBeTruthy();
  return textLines(`<!DOCTYPE html><html><body>${main}</body></html>`)[0] ?? '';
}

const HEADER_LINES = [pagePhrase('site', 'skip_link'), SITE_NAME, ...NAV_ITEMS.map((item) => `* ${pagePhrase('site', item.label)}`)];
const builtFile = (path: string) => join('dist', path.endsWith('.html') ? path : join(path, 'index.html'));

for (const path of [...sitemapPaths(), '404.html']) {
  test(`/${path} read with no CSS and no JavaScript: the skip link, the site name and the navigation, then the page's own text`, () => {
    const html = readFileSync(builtFile(path), 'utf8');
    const expected = [...HEADER_LINES, firstLineOfMain(html)];
    expect(textLines(html).slice(0, expected.length)).toEqual(expected);
  });
}

/**
 * A built page's drawings, with the words they carry as images (src/lib/charts/drawing-text.ts)
 * decoded, so the labels to look for are the real ones.
 */
function drawingsOf(html: string): string {
  const images = [...html.matchAll(/href="(data:image\/svg\+xml,[^"]*)"/g)].map((match) => labelImageSvg(match[1] ?? ''));
  return [html, ...images].join('');
}

/** Each axis's tick labels, in order, in a page's drawings (maps have none). */
function tickLabelRuns(drawings: string): string[][] {
  return [...drawings.matchAll(/<g class="chart__ticks"[^>]*>([\s\S]*?)<\/g>/g)].flatMap((ticks) => {
    const texts = [...(ticks[1] ?? '').matchAll(/<text\b[^>]*\bx="([^"]*)"[^>]*\by="([^"]*)"[^>]*>([^<]*)<\/text>/g)];
    // One axis is the labels sharing a y (the x axis) or an x (the y axis).
    const axes = new Map<string, string[]>();
    // The page's own drawing has its <text> elements empty: the words are in the image.
    for (const [, x, y, label] of texts.filter((text) => text[3])) {
      for (const key of [`x=${x}`, `y=${y}`]) axes.set(key, [...(axes.get(key) ?? []), label ?? '']);
    }
    return [...axes.values()].filter((labels) => labels.length > 2);
  });
}

const chartPages = sitemapPaths().filter((path) => path === '' || /^data\/[^/]+\/$/.test(path));

for (const path of chartPages) {
  test(`/${path} read with no CSS and no JavaScript: the chart drawings spill no run of axis labels (the table is the text version)`, () => {
    const html = readFileSync(builtFile(path), 'utf8');
    const drawings = drawingsOf(html);
    const runs = tickLabelRuns(drawings);
    if (/data-kind="(line|scatter)"/.test(drawings)) expect(runs.length, 'the page has axis labels to look for').toBeGreaterThan(0);
    const lines = textLines(html);
    for (const labels of runs) {
      for (let i = 1; i < labels.length; i++) {
        const pair = new RegExp(`${RegExp.escape(labels[i - 1]!)}\\s*${RegExp.escape(labels[i]!)}`);
        expect(lines.filter((line) => pair.test(line)), `two neighbouring tick labels, "${labels[i - 1]}" and "${labels[i]}", read as text`).toEqual([]);
      }
    }
  });
}
