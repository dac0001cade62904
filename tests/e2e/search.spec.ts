/**
 * Search, end to end, against the built site and its Pagefind index.
 *
 * Most tests use pages that exist on every branch (the home and About pages). The block marked
 * "NEEDS MAIN" searches for facts on the source pages (/sources/<slug>/, one per
 * content/sources/<slug>.mdx) and the glossary (/glossary/, each term an <h2 id=term-id> with its
 * Chinese name), which are built on main: those tests pass only once main is merged.
 */
import { expect, test, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { countInWords } from '../../src/lib/text/number-words';
import { axeViolations, labelImageWords, pagePhrase, readContent, sourceSlugs } from './helpers';

/** The search box's label and the other site-wide words, from content/pages/site.yaml. */
const site = (name: string, values: Record<string, string | number> = {}) => pagePhrase('site', name, values);
const SEARCH_LABEL = site('search_label');

const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');

/** Waits for the panel to show results for `query` and returns every result's path, loading all pages of results. */
async function resultPaths(page: Page, query: string, scope = page.locator('[data-search-panel]:visible')): Promise<string[]> {
  await expect(scope.locator('[data-search-results]')).toHaveAttribute('data-query', query);
  const more = scope.locator('[data-search-more]');
  while (await more.isVisible()) {
    const before = await scope.locator('.search-result').count();
    await more.click();
    await expect(scope.locator('.search-result')).not.toHaveCount(before);
  }
  const hrefs = await scope.locator('.search-result__link').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  return hrefs.map((href) => new URL(href).pathname.slice(base.length - 1));
}

async function searchOnPage(page: Page, query: string): Promise<string[]> {
  await page.goto('search/');
  await page.getByLabel(SEARCH_LABEL).fill(query);
  return resultPaths(page, query);
}

test.describe('the search page', () => {
  test('finds the About page by a word in its text, with a count, highlighted excerpts and the query in the address', async ({ page }) => {
    expect(await searchOnPage(page, 'methodology')).toContain('/about/');
    await expect(page).toHaveURL(/\/search\/\?q=methodology$/);
    await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “methodology”$/);
    await expect(page.locator('.search-result__excerpt mark').first()).toBeVisible();
  });

  test('a shared address runs its search, and the back button returns to the results', async ({ page }) => {
    await page.goto('search/?q=methodology');
    await expect(page.getByLabel(SEARCH_LABEL)).toHaveValue('methodology');
    const result = page.locator('.search-result__link', { hasText: /About/ }).first();
    await result.click();
    await expect(page).toHaveURL(/\/about\/\?highlight=methodology/);
    await page.goBack();
    await expect(page).toHaveURL(/\/search\/\?q=methodology$/);
    await expect(page.getByLabel(SEARCH_LABEL)).toHaveValue('methodology');
    await expect(page.locator('.search-result__link', { hasText: /About/ }).first()).toBeVisible();
  });

  test('filters and order narrow the results and live in the address', async ({ page }) => {
    await page.goto('search/?q=china');
    await expect(page.locator('[data-search-results]')).toHaveAttribute('data-query', 'china');
    await page.getByText(site('search_options')).click();
    await page.getByRole('group', { name: site('filter_kind') }).getByRole('checkbox', { name: new RegExp(`^${site('kind_page')}`) }).check();
    await expect(page).toHaveURL(new RegExp(`[?&]kind=${site('kind_page')}`));
    await expect(page.getByRole('status')).toHaveText(/with these filters/);
    await page.getByLabel('Order').selectOption('date-desc');
    await expect(page).toHaveURL(/[?&]sort=date-desc/);
    await page.reload();
    await expect(page.getByRole('group', { name: site('filter_kind') }).getByRole('checkbox', { name: new RegExp(`^${site('kind_page')}`) })).toBeChecked();
  });

  test('Ctrl+K focuses the search page box instead of opening the dialog; Enter there stays on the page', async ({ page }) => {
    await page.goto('search/?q=methodology');
    const input = page.locator('main').getByLabel(SEARCH_LABEL);
    await expect(page.locator('.search-result').first()).toBeVisible();
    await page.locator('h1').click();
    await page.keyboard.press('Control+k');
    await expect(input).toBeFocused();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=methodology$/);
  });

  test('navigation, header and footer are not indexed', async ({ page }) => {
    // The skip link ("Skip to main content") and the theme toggle ("Dark theme") are on every page,
    // outside data-pagefind-body; no article uses these words (or words stemming like them).
    await page.goto('search/');
    for (const query of ['Skip', 'Dark']) {
      await page.getByLabel(SEARCH_LABEL).fill(query);
      await expect(page.locator('[data-search-results]')).toHaveAttribute('data-query', query);
      await expect(page.locator('.search-result')).toHaveCount(0);
      await expect(page.getByRole('status')).toHaveText(site('results_none', { query }));
    }
  });

  test('a chart’s axis tick labels are not indexed: a year or a percentage does not find a page through its axis', async ({ page }) => {
    // Each chart's tick labels, as drawn on its page; a run of three of them can only come from an
    // axis. Maps have a legend, not axes.
    const chartIds = readdirSync('content/charts').filter((name) => name.endsWith('.yaml')).map((name) => name.replace(/\.yaml$/, ''));
    const withAxes = chartIds.filter((id) => !/^type: map$/m.test(readFileSync(`content/charts/${id}.yaml`, 'utf8')));
    expect(withAxes.length).toBeGreaterThan(0);
    const tickRuns = withAxes.flatMap((id) => {
      const html = readFileSync(`dist/data/${id}/index.html`, 'utf8');
      const labels = labelImageWords(/<image href="([^"]*)"[^>]*data-labels/.exec(html)?.[1] ?? '', 'chart__ticks');
      expect(labels.length, `tick labels of ${id}`).toBeGreaterThan(3);
      return [labels.slice(0, 3), labels.slice(-3)];
    });
    await page.goto('search/');
    // Every indexed page's text, as Pagefind holds it.
    const contents = await page.evaluate(async (bundle) => {
      const pagefind = await import(bundle);
      const { results } = await pagefind.search(null);
      return Promise.all(results.map(async (result: { data: () => Promise<{ url: string; content: string }> }) => result.data()));
    }, `${base}pagefind/pagefind.js`);
    expect(contents.some(({ url }) => url.includes('/data/'))).toBe(true);
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const indexedTicks = contents.flatMap(({ url, content }) =>
      tickRuns.filter((run) => new RegExp(run.map(escape).join('[\\s.]*')).test(content)).map((run) => `${url}: ${run.join(' ')}`),
    );
    expect(indexedTicks).toEqual([]);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`has no axe violations with results and filters showing (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('search/?q=methodology');
      await expect(page.locator('.search-result').first()).toBeVisible();
      await page.getByText(site('search_options')).click();
      await expect(page.getByRole('group', { name: site('filter_kind') })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('opening a result highlights the matched terms on the target page', async ({ page }) => {
    await searchOnPage(page, 'methodology');
    await page.locator('.search-result__link', { hasText: /About/ }).first().click();
    const marks = page.locator('main mark.pagefind-highlight');
    await expect(marks.first()).toBeVisible();
    await expect(marks.first()).toHaveText(/methodology/i);
    await expect(page.locator('header mark, footer mark')).toHaveCount(0);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says search needs JavaScript and links to the indexes', async ({ page }) => {
    await page.goto('search/');
    await expect(page.locator('main')).toContainText('Search needs JavaScript');
    // Each link is worded as its page's title.
    for (const id of ['sources', 'claims', 'glossary']) {
      const name = (parse(readContent(`pages/${id}.yaml`)) as { title: string }).title.replace('{sources}', countInWords(sourceSlugs.length));
      await expect(page.locator('main').getByRole('link', { name, exact: true })).toHaveAttribute('href', `${base}${id}/`);
    }
    await expect(page.getByLabel(SEARCH_LABEL)).toBeHidden();
    await expect(page.getByRole('button', { name: site('search_button') })).toBeHidden();
    await expect(page.getByRole('navigation', { name: site('nav_label') }).getByRole('link', { name: site('nav_search') })).toBeVisible();
  });
});

test.describe('the header search dialog', () => {
  test('loads no search code until first used', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto('about/');
    await page.waitForLoadState('networkidle');
    expect(requests.filter((path) => path.includes('/pagefind/') || /search-(entry|controller|dialog)/.test(path))).toEqual([]);
    // Not even its markup: the dialog arrives with the search code.
    await expect(page.locator('dialog')).toHaveCount(0);
    await page.getByRole('button', { name: site('search_button') }).click();
    await expect(page.getByRole('dialog', { name: site('dialog_title') })).toBeVisible();
    await expect.poll(() => requests.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
  });

  test('keeps what is typed right after Ctrl+K, while the search code is still loading', async ({ page }) => {
    // A slow network: the search bundle arrives a second after it is asked for.
    await page.route(/\/search-entry-[^/]*\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await route.continue();
    });
    await page.goto('about/');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('Bessent');
    const dialog = page.getByRole('dialog', { name: site('dialog_title') });
    const input = dialog.getByLabel(SEARCH_LABEL);
    await expect(input).toHaveValue('Bessent');
    await expect(dialog.locator('[data-search-results]')).toHaveAttribute('data-query', 'Bessent');
    await expect(dialog.locator('.search-result').first()).toBeVisible();
    // Typing on once the code has arrived extends the words instead of replacing them.
    await page.keyboard.type(' tariffs');
    await expect(input).toHaveValue('Bessent tariffs');
  });

  test('pointing at or focusing the search button fetches the dialog, which stays closed until asked for', async ({ page }) => {
    for (const reach of ['hover', 'focus'] as const) {
      const fetched: string[] = [];
      page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
      await page.goto('about/');
      await page.waitForLoadState('networkidle');
      await page.getByRole('button', { name: site('search_button') })[reach]();
      await expect.poll(() => fetched.some((path) => path.endsWith('/search-dialog.json'))).toBe(true);
      await expect(page.locator('dialog')).toHaveCount(1);
      await expect(page.getByRole('dialog')).toHaveCount(0);
      page.removeAllListeners('request');
    }
  });

  test('while the dialog is on its way nothing shows; it opens with focus in its box and what was typed, or stays closed after Esc', async ({ page }) => {
    // A slow network: the dialog's markup arrives a second after it is asked for.
    let arrived = 0;
    await page.route(/\/search-dialog\.json$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await route.continue();
      arrived += 1;
    });
    await page.goto('about/');
    const button = page.getByRole('button', { name: site('search_button') });
    const dialog = page.getByRole('dialog', { name: site('dialog_title') });

    // Esc while waiting: the reader changed their mind, so the dialog never opens.
    await button.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('tar');
    await page.keyboard.press('Escape');
    await expect.poll(() => arrived).toBe(1);
    await page.waitForTimeout(300);
    await expect(dialog).toHaveCount(0);
    await expect(button).toBeFocused();

    // Asked for again (the markup is here now): it opens with an empty box.
    await page.keyboard.press('Control+k');
    const input = dialog.getByLabel(SEARCH_LABEL);
    await expect(input).toBeFocused();
    await expect(input).toHaveValue('');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();

    // On a new page, the words typed while it comes (a slip corrected) land in its box and are searched.
    await page.goto('about/');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('Bessx');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('ent');
    await expect(page.locator('dialog[open]')).toHaveCount(0);
    await expect(input).toBeFocused();
    await expect(input).toHaveValue('Bessent');
    await expect(dialog.locator('[data-search-results]')).toHaveAttribute('data-query', 'Bessent');
  });

  test('if the dialog cannot be fetched, the search page opens with the words typed', async ({ page }) => {
    await page.route(/\/search-dialog\.json$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      await route.abort();
    });
    await page.goto('about/');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('tariffs');
    await expect(page).toHaveURL(/\/search\/\?q=tariffs$/);
    await expect(page.getByLabel(SEARCH_LABEL)).toHaveValue('tariffs');
  });

  test('works by keyboard alone: shortcut, arrows, Enter, Esc, and focus stays inside', async ({ page }) => {
    await page.goto('');
    const button = page.getByRole('button', { name: site('search_button') });
    await expect(button).toHaveAttribute('aria-keyshortcuts', /K$/);
    await expect(button).toContainText(/K/);

    // Ctrl+K opens the dialog with focus in its box; Esc closes it.
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: site('dialog_title') });
    const input = dialog.getByLabel(SEARCH_LABEL);
    await expect(input).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    // Tab to the button, open it with Enter, search, move with the arrows.
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(input).toBeFocused();
    await page.keyboard.type('methodology');
    await expect(dialog.locator('[data-search-results]')).toHaveAttribute('data-query', 'methodology');
    const links = dialog.locator('.search-results a');
    await page.keyboard.press('ArrowDown');
    await expect(links.first()).toBeFocused();
    if ((await links.count()) > 1) {
      await page.keyboard.press('ArrowDown');
      await expect(links.nth(1)).toBeFocused();
      await page.keyboard.press('ArrowUp');
      await expect(links.first()).toBeFocused();
    }
    await page.keyboard.press('ArrowUp');
    await expect(input).toBeFocused();

    // Tab never leaves the open dialog.
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog[open]')) || document.activeElement === document.body)).toBe(true);
    }

    // Esc closes and returns focus to the button. (Tab may have reached the browser's own
    // controls, where keys never reach the page, so start again from a result; in the filled
    // box, Esc would first clear the text, as search fields do.)
    await links.first().focus();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();

    // Enter on a result opens it (and Enter in the box opens the best match).
    await page.keyboard.press('Enter');
    await expect(input).toBeFocused();
    await expect(input).toHaveValue('methodology');
    await page.keyboard.press('ArrowDown');
    const target = await links.first().getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${(target ?? '').replace(/[.?]/g, '\\$&')}$`));
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`has no axe violations when open with results (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('');
      await page.getByRole('button', { name: site('search_button') }).click();
      await page.getByRole('dialog').getByLabel(SEARCH_LABEL).fill('methodology');
      await expect(page.getByRole('dialog').locator('.search-result').first()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('at 360 px the dialog fits the screen', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 700 });
    await page.goto('');
    await page.getByRole('button', { name: site('search_button') }).click();
    await page.getByRole('dialog').getByLabel(SEARCH_LABEL).fill('china');
    await expect(page.getByRole('dialog').locator('.search-result').first()).toBeVisible();
    const box = await page.getByRole('dialog').boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
  });
});

test('works under a strict Content-Security-Policy (self, hashed inline scripts, wasm-unsafe-eval)', async ({ page }) => {
  // Serve every page with the policy a strict host would send, hashing the page's inline scripts
  // as a build step would, then record any violation (from the page or Pagefind's worker).
  // Every response carries the policy, as with a "/*" rule in _headers: a worker's policy comes
  // from its own script's response, and Pagefind compiles its WebAssembly in a worker.
  const policy = (hashes: string[] = []) =>
    `default-src 'self'; script-src 'self' ${hashes.join(' ')} 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'`;
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    if (route.request().resourceType() !== 'document') {
      return route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy() } });
    }
    const html = await response.text();
    const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
      (match) => `'sha256-${createHash('sha256').update(match[1] ?? '').digest('base64')}'`,
    );
    return route.fulfill({ response, body: html, headers: { ...response.headers(), 'content-security-policy': policy(hashes) } });
  });
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content[ -]Security[ -]Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`Content Security Policy: ${event.violatedDirective} ${event.blockedURI}`));
  });

  await page.goto('');
  await page.getByRole('button', { name: site('search_button') }).click();
  await page.getByRole('dialog').getByLabel(SEARCH_LABEL).fill('methodology');
  await page.getByRole('dialog').locator('.search-result__link', { hasText: /About/ }).first().click();
  await expect(page.locator('main mark.pagefind-highlight').first()).toBeVisible();
  expect(violations).toEqual([]);
});

// NEEDS MAIN: these pages are built on main (content/sources/*.mdx -> /sources/<slug>/, and the
// /glossary/ page). They fail on the `search` branch alone and pass once main is merged.
test.describe('facts from every source (needs the source and glossary pages from main)', () => {
  const facts: [query: string, sourceSlugs: string[]][] = [
    ['Bessent', ['fdd-new-industrial-policy', 'high-end-tech-manufacturing', 'mdt-agencies', 'revamped-strategy']],
    ['Little Giants', ['beyond-made-in-china-2025']],
    ['145%', ['mdt-agencies', 'revamped-strategy']],
    ['Burnham', ['fdd-new-industrial-policy']],
    ['rare-earth', ['high-end-tech-manufacturing']],
    ['National Development and Reform Commission', ['mdt-agencies']],
  ];
  for (const [query, slugs] of facts) {
    test(`“${query}” finds ${slugs.join(', ')}`, async ({ page }) => {
      const paths = await searchOnPage(page, query);
      for (const slug of slugs) expect(paths).toContain(`/sources/${slug}/`);
    });
  }

  test('the Chinese name 中国制造2025 finds its glossary entry', async ({ page }) => {
    const paths = await searchOnPage(page, '中国制造2025');
    expect(paths).toContain('/glossary/');
    const glossary = page.locator('.search-result', { has: page.locator('.search-result__link[href*="/glossary/"]') });
    await expect(glossary.locator('.search-result__excerpt')).toContainText('中国制造2025');
  });
});
