/**
 * A smoke suite in a second browser engine: Debian's Firefox ESR, driven by puppeteer-core over
 * WebDriver BiDi, against the built site served as a host would (scripts/serve.mjs, with the
 * headers of dist/_headers). One Firefox for the whole suite.
 *
 * Every kind of page loads with no console error, page error, failed request or CSP violation;
 * search finds results on its page and in the Ctrl+K dialog; a chart answers the arrow keys and
 * announces the value; the theme toggle works; the CSP <meta> comes before any script.
 *
 * Firefox: FIREFOX_PATH, default /usr/bin/firefox-esr (Debian: apt-get install firefox-esr).
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { serve, type RunningServer } from '../../scripts/serve-dist.mjs';

const FIREFOX = process.env['FIREFOX_PATH'] || '/usr/bin/firefox-esr';
const ids = (folder: string, extension: string) =>
  readdirSync(`content/${folder}`).filter((name) => name.endsWith(extension)).map((name) => name.slice(0, -extension.length)).sort();
const chartIds = ids('charts', '.yaml');
const lineChart = chartIds.find((id) => (parse(readFileSync(`content/charts/${id}.yaml`, 'utf8')) as { type: string }).type === 'line');
const SEARCH_QUERY = 'methodology';

/** One page of each kind, and every chart page. */
const PAGES: [name: string, path: string][] = [
  ['the story', ''],
  ['a source', `sources/${ids('sources', '.mdx')[0]}/`],
  ['the claims matrix', 'claims/'],
  ['a claim', `claims/${ids('claims', '.yaml')[0]}/`],
  ['the data index', 'data/'],
  ...chartIds.map((id): [string, string] => [`the chart ${id}`, `data/${id}/`]),
  ['the timeline', 'timeline/'],
  ['the glossary', 'glossary/'],
  ['search with a query', `search/?q=${SEARCH_QUERY}`],
  ['About', 'about/'],
];

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(FIREFOX)) throw new Error(`No Firefox at ${FIREFOX}: apt-get install firefox-esr, or set FIREFOX_PATH`);
  server = await serve('dist');
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
});

afterAll(async () => {
  await browser?.close();
  server?.stop();
});

/**
 * A new tab that records what a reader should never meet: console errors, uncaught errors,
 * failed or refused requests, and Content-Security-Policy violations (reported by the page).
 */
async function watchedPage(): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error instanceof Error ? error.message : String(error)}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  return { page, problems };
}

/** Waits until the visible search panel shows results for `query`; returns how many. */
async function resultCount(page: Page, panel: string, query: string): Promise<number> {
  await page.waitForSelector(`${panel} [data-search-results][data-query="${query}"] .search-result`);
  return page.$$eval(`${panel} .search-result`, (results) => results.length);
}

describe('in Firefox', () => {
  for (const [name, path] of PAGES) {
    it(`${name} (/${path}) loads with no console error, page error, failed request or CSP violation`, async () => {
      const { page, problems } = await watchedPage();
      const response = await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle0' });
      expect(response?.status()).toBe(200);
      expect(await page.$eval('main h1', (heading) => heading.textContent?.trim())).toBeTruthy();
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  it('the search page finds results for its query', async () => {
    const { page, problems } = await watchedPage();
    await page.goto(`${server.url}search/?q=${SEARCH_QUERY}`);
    expect(await resultCount(page, 'main', SEARCH_QUERY)).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('Ctrl+K fetches and opens the search dialog, which finds results and closes on Esc, under the CSP with no violation', async () => {
    const { page, problems } = await watchedPage();
    await page.goto(`${server.url}about/`, { waitUntil: 'networkidle0' });
    // The dialog is not in the page: it arrives on first use (here a second late), and what is
    // typed meanwhile is kept.
    expect(await page.$('dialog')).toBeNull();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url().endsWith('/search-dialog.json')) setTimeout(() => void request.continue(), 1_000);
      else void request.continue();
    });
    await page.keyboard.down('Control');
    await page.keyboard.press('k');
    await page.keyboard.up('Control');
    await page.keyboard.type(SEARCH_QUERY);
    await page.waitForSelector('dialog[open] [data-search-input]');
    expect(await page.evaluate(() => document.activeElement?.matches('dialog[open] [data-search-input]'))).toBe(true);
    expect(await resultCount(page, 'dialog[open]', SEARCH_QUERY)).toBeGreaterThan(0);
    expect(await page.$eval('dialog[open] [data-search-input]', (input) => (input as HTMLInputElement).value)).toBe(SEARCH_QUERY);

    // Opened from the button, Esc closes it and gives focus back to the button.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape'); // the first one clears the filled box, as search fields do
    await page.waitForSelector('dialog:not([open])');
    await page.focus('[data-search-open]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog[open] [data-search-input]');
    expect(await page.evaluate(() => document.activeElement?.matches('dialog[open] [data-search-input]'))).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog:not([open])');
    expect(await page.evaluate(() => document.activeElement?.matches('[data-search-open]'))).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a chart answers the arrow keys and announces the value', async () => {
    const { page, problems } = await watchedPage();
    await page.goto(`${server.url}data/${lineChart}/`);
    // The drawing shown at this width (wide and narrow variants; CSS shows one).
    await page.evaluate(() => {
      const visible = [...document.querySelectorAll<SVGSVGElement>('figure[data-chart] svg.chart__svg')].find((svg) => svg.getBoundingClientRect().width > 0);
      visible?.focus();
    });
    const live = 'figure[data-chart] [aria-live="polite"]';
    const announcement = () => page.$eval(live, (element) => element.textContent ?? '');
    // Polled from here: puppeteer's waitForFunction builds its predicate with Function(), which the
    // page's CSP (no 'unsafe-eval') rightly blocks in Firefox.
    const poll = { timeout: 15_000, interval: 100 };
    await expect.poll(announcement, poll).toMatch(/^\d{4}: /);
    const latest = Number((await announcement()).slice(0, 4));
    await page.keyboard.press('ArrowLeft');
    await expect.poll(announcement, poll).toMatch(new RegExp(`^${latest - 1}: `));
    expect(await page.$eval('.chart__tip', (tip) => tip.textContent)).toContain(String(latest - 1));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the theme toggle switches the theme and says so', async () => {
    const { page, problems } = await watchedPage();
    await page.goto(server.url);
    const toggle = '[data-theme-toggle]';
    const pressed = await page.$eval(toggle, (button) => button.getAttribute('aria-pressed'));
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const before = await background();
    await page.click(toggle);
    expect(await page.$eval(toggle, (button) => button.getAttribute('aria-pressed'))).toBe(pressed === 'true' ? 'false' : 'true');
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toMatch(/^(light|dark)$/);
    expect(await background()).not.toBe(before);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('every page carries its Content-Security-Policy <meta> before any script', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    const metaFirst = await page.evaluate(() => {
      const meta = document.querySelector('meta[http-equiv="content-security-policy"]');
      const script = document.querySelector('script');
      return Boolean(meta && script && meta.compareDocumentPosition(script) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(metaFirst).toBe(true);
    await page.close();
  });
});
