/**
 * `npm run dev`, started on a copy of the content: search serves the last built index and says
 * when it is older than the content, or that there is none; a content problem reaches Astro's
 * error overlay and the terminal as `file:line:column field: message`.
 */
import { chromium, type Browser, type Locator, type Page } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, QUIET_CHROMIUM_FLAGS } from '../../scripts/chromium.mjs';
import { buildSite, startDevServer, type DevServer } from './build-site';

const work = mkdtempSync(join(tmpdir(), 'dev-server-'));
let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath(), args: QUIET_CHROMIUM_FLAGS });
});
afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

/** A copy of content/ for one case. */
function contentCopy(name: string): string {
  const content = join(work, name, 'content');
  cpSync('content', content, { recursive: true });
  return content;
}

/** A glossary term, which the index finds on the glossary page at least. */
const term = (parse(readFileSync('content/glossary/tariff.yaml', 'utf8')) as { term: string }).term;

/**
 * Types the words and waits for results. On a cold dev server, Vite may reload the page once it
 * has optimised the dependencies the first request found, which empties the field: type again.
 */
async function search(page: Page, scope: string, words: string): Promise<void> {
  const input = page.locator(`${scope} [data-search-input]`);
  await expect
    .poll(
      async () => {
        if ((await input.inputValue().catch(() => '')) !== words) await input.fill(words).catch(() => undefined);
        return page.locator(`${scope} [data-search-results] li`).count();
      },
      { timeout: 60_000 },
    )
    .toBeGreaterThan(0);
}

const notice = (page: Page, scope: string) => page.locator(`${scope} [data-search-dev-notice]`);
/** An element's text once it is there; '' until then. */
const textOf = async (locator: Locator) => ((await locator.count()) > 0 ? ((await locator.first().textContent()) ?? '') : '');

describe('search in npm run dev', () => {
  let server: DevServer;
  let content: string;
  beforeAll(async () => {
    content = contentCopy('search');
    const built = buildSite(join(work, 'search'), { CONTENT_DIR: content });
    expect(built.status, built.output).toBe(0);
    server = await startDevServer(join(work, 'search'), { CONTENT_DIR: content });
  });
  afterAll(() => server?.stop());

  it('finds pages in the last built index, and says nothing while it is newer than the content', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/`);
    await search(page, '[data-search-page]', term);
    await expect.poll(() => page.locator('[data-search-status]').textContent()).toMatch(/result/);
    expect(await notice(page, '[data-search-page]').count()).toBe(0);
    await page.close();
  });

  it('says, on the search page and in the dialog, when a content file changed after the build', async () => {
    const touched = join(content, 'glossary/tariff.yaml');
    const later = new Date(Date.now() + 5_000);
    utimesSync(touched, later, later);
    const page = await browser.newPage();
    await page.goto(`${server.url}search/`);
    await search(page, '[data-search-page]', term);
    await expect.poll(() => textOf(notice(page, '[data-search-page]'))).toMatch(/^Search shows the site as built at .+; run npm run build to include later edits, then reload this page\.$/);

    await page.goto(server.url);
    await page.keyboard.press('Control+k');
    await search(page, 'dialog[data-search-dialog]', term);
    await expect.poll(() => textOf(notice(page, 'dialog[data-search-dialog]'))).toMatch(/^Search shows the site as built at /);
    await page.close();
  });

  it('says how to make the index when there is none', async () => {
    renameSync(join(work, 'search/dist/pagefind'), join(work, 'search/dist/pagefind-moved'));
    const page = await browser.newPage();
    await page.goto(`${server.url}search/`);
    await page.locator('[data-search-page] [data-search-input]').fill(term);
    await expect
      .poll(() => textOf(page.locator('[data-search-page] [data-search-status]')))
      .toBe('Search has no index yet in npm run dev: run npm run build (in another terminal), then reload this page.');
    await page.close();
  });

  it('prints no warning about the dynamic imports of the search code', () => {
    expect(server.output()).not.toMatch(/dynamic import/i);
  });
});

describe('a content problem in npm run dev', () => {
  it("appears in Astro's error overlay and in the terminal at its file, line and column", async () => {
    const content = contentCopy('broken');
    const file = join(content, 'claims/tariffs-145-then-about-40.yaml');
    const text = readFileSync(file, 'utf8').replace('source: mdt-agencies', 'source: mdt-agenices');
    writeFileSync(file, text);
    const lines = text.split('\n');
    const line = lines.findIndex((candidate) => candidate.includes('mdt-agenices'));
    const column = (lines[line] ?? '').indexOf('mdt-agenices') + 1;
    const located = `${relative(process.cwd(), file)}:${line + 1}:${column} reports[0].source: unknown source "mdt-agenices"`;

    const server = await startDevServer(join(work, 'broken'), { CONTENT_DIR: content });
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}claims/`);
      const overlay = page.locator('vite-error-overlay');
      await overlay.waitFor({ state: 'attached', timeout: 30_000 });
      const shown = await overlay.evaluate((element) => element.shadowRoot?.textContent ?? '');
      expect(shown).toContain(located);
      expect(shown).toContain('npm run check:content');
      // The overlay's location and code frame are the first problem's line. Vite prints the path
      // in full or shortened (depending on where the project sits), so match its end.
      expect(shown).toContain(`${relative(content, file)}:${line + 1}:${column}`);
      expect(shown).toContain('mdt-agenices');
      await page.close();
      await expect.poll(() => server.output()).toContain(located);
    } finally {
      await server.stop();
    }
  });
});
