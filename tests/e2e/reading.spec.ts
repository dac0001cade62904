/**
 * Reading in the conditions readers meet: a phone, paper, 200% zoom, text spacing, forced
 * colours and the keyboard. Counts and names come from the content, never typed here.
 */
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { axeViolations, pagePhrase } from './helpers';
import { SITE_NAME } from '../../src/lib/site/site';

const sourceSlugs = readdirSync('content/sources').filter((name) => name.endsWith('.mdx')).map((name) => name.replace(/\.mdx$/, ''));
const sourceData = (slug: string) =>
  parse(readFileSync(`content/sources/${slug}.mdx`, 'utf8').split(/^---$/m)[1] ?? '') as {
    title: string | null;
    short_name: string;
    figures: { id?: string; value: number; unit: string }[];
  };
const PHONE = { width: 390, height: 844 };

/** Whether an element's box lies inside another's, horizontally (as seen, after scrolling). */
async function insideHorizontally(page: Page, inner: string, outer: string): Promise<boolean> {
  const [a, b] = await Promise.all([page.locator(inner).first().boundingBox(), page.locator(outer).first().boundingBox()]);
  return Boolean(a && b && a.x >= b.x - 1 && a.x + a.width <= b.x + b.width + 1);
}

/**
 * Scrolled to its end, the first claims matrix shows its last source column whole beside the
 * columns that stay in view (the claim, and on a phone its count), and each source column,
 * scrolled to its own right edge, fits the band beside them: its header and first cell are inside
 * the scroll box and, at both their edges, on top (no column staying in view covers them).
 */
async function sourceColumnsFitBeside(page: Page) {
  await page.goto('claims/');
  const scroller = page.locator('.table-scroll').first();
  // The table's head and first row on screen (elementFromPoint sees only the viewport).
  await scroller.evaluate((element) => { element.scrollIntoView({ block: 'start', behavior: 'instant' }); element.scrollLeft = element.scrollWidth; });
  const headers = scroller.locator('thead th');
  const sources = await headers.count() - 2; // after the claim and the count
  expect(sources).toBe(sourceSlugs.length);
  const wholeInView = async (column: number) => {
    const name = await headers.nth(column).innerText();
    const parts = { header: headers.nth(column), cell: scroller.locator('tbody tr').first().locator('th, td').nth(column) };
    for (const [what, part] of Object.entries(parts)) {
      const seen = await part.evaluate((element) => {
        const box = element.getBoundingClientRect();
        const frame = element.closest('.table-scroll')!.getBoundingClientRect();
        const middle = box.top + Math.min(box.height / 2, 8);
        const onTop = (x: number) => element.contains(document.elementFromPoint(x, middle));
        return { inside: box.left >= frame.left - 0.5 && box.right <= frame.right + 0.5, left: onTop(box.left + 2), right: onTop(box.right - 2) };
      });
      expect(seen, `${name}'s ${what}: inside the scroll box, and no column that stays in view covers either edge`).toEqual({ inside: true, left: true, right: true });
    }
  };
  await wholeInView(sources + 1);
  for (let column = 2; column < sources + 2; column += 1) {
    await headers.nth(column).evaluate((element) => element.scrollIntoView({ inline: 'end', block: 'nearest', behavior: 'instant' }));
    await wholeInView(column);
  }
}

test.describe('tables on the narrowest screen (320 px: also a 640 px window at 200% zoom)', () => {
  test.use({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false });

  test('the claims matrix keeps the claim in view and each source column fits whole beside it; the count scrolls with the sources', async ({ page }) => {
    await sourceColumnsFitBeside(page);
  });
});

test.describe('tables on a phone', () => {
  test.use({ viewport: PHONE, javaScriptEnabled: false });

  test('the claims matrix says it scrolls, and the claim and its count stay beside the ticks', async ({ page }) => {
    await page.goto('claims/');
    const scroller = page.locator('.table-scroll').first();
    await expect(scroller.locator('.table-scroll__hint')).toBeVisible();
    const row = scroller.locator('tbody tr').first();
    // A reader scrolls down to the table, then sideways to its end.
    await row.scrollIntoViewIfNeeded();
    await scroller.evaluate((element) => { element.scrollLeft = element.scrollWidth; });
    await expect(row.locator('th[scope="row"] a')).toBeInViewport();
    // After scrolling to the end, the last source's cell, the claim and the count are all in view.
    expect(await insideHorizontally(page, '.table-scroll >> nth=0 >> tbody tr >> nth=0 >> th', '.table-scroll >> nth=0')).toBe(true);
    expect(await insideHorizontally(page, '.table-scroll >> nth=0 >> tbody tr >> nth=0 >> td.num', '.table-scroll >> nth=0')).toBe(true);
    expect(await insideHorizontally(page, '.table-scroll >> nth=0 >> tbody tr >> nth=0 >> td:last-child', '.table-scroll >> nth=0')).toBe(true);
    const claimBox = await row.locator('th').boundingBox();
    const lastBox = await row.locator('td:last-child').boundingBox();
    expect((lastBox?.x ?? 0)).toBeGreaterThanOrEqual((claimBox?.x ?? 0) + (claimBox?.width ?? 0) - 1);
  });

  test('the claims matrix, scrolled to its end, shows its last source whole beside the claim and count, and each source column fits there', async ({ page }) => {
    await sourceColumnsFitBeside(page);
  });

  test('a source page leads with its summary, keeps provenance a tap away and shows its whole Figures caption', async ({ page }) => {
    const slug = sourceSlugs.find((id) => sourceData(id).figures.length > 0) ?? '';
    await page.goto(`sources/${slug}/`);
    await expect(page.getByRole('heading', { level: 2, name: 'Summary' })).toBeInViewport();
    await page.locator('.source-byline').getByRole('link', { name: 'Where it comes from' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Where it comes from' })).toBeInViewport();
    const caption = page.locator('#figures-caption');
    expect(await insideHorizontally(page, '#figures-caption', 'main')).toBe(true);
    await expect(caption).toBeVisible();
  });

  test('source pages speak to readers: no internal ids such as "(003)" in their text', async ({ page }) => {
    for (const slug of sourceSlugs) {
      await page.goto(`sources/${slug}/`);
      expect(await page.locator('main').innerText(), slug).not.toMatch(/\(0\d\d\)/);
    }
  });
});

// Axe runs scripts in the page, so these keep JavaScript on.
test.describe('phone layouts under axe', () => {
  test.use({ viewport: PHONE });
  for (const path of ['', 'about/', 'claims/', `sources/${sourceSlugs[0]}/`]) {
    test(`/${path} has no axe violations on a phone, in either theme`, async ({ page }) => {
      test.slow(); // axe over the whole matrix, twice, on a shared 2-core machine
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        expect(await axeViolations(page), colorScheme).toEqual([]);
      }
    });
  }
});

test.describe('tables on paper', () => {
  // An A4 page's printable width at the site's print margins, in CSS pixels.
  test.use({ viewport: { width: 688, height: 1000 }, javaScriptEnabled: false });

  test('every column of the claims matrix and the Figures tables prints, long tables may break, and the page prints its address', async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    for (const path of [...sourceSlugs.map((slug) => `sources/${slug}/`), 'claims/']) {
      await page.goto(path);
      for (const scroller of await page.locator('.table-scroll').all()) {
        const clipped = await scroller.evaluate((element) => element.scrollWidth - element.clientWidth);
        expect(clipped, `${path}: columns cut off on paper (px)`).toBeLessThanOrEqual(1);
        await expect(scroller.locator('.table-scroll__hint')).toBeHidden();
      }
    }
    const canBreak = await page.locator('table.matrix').first().evaluate((table) => getComputedStyle(table).breakInside);
    expect(canBreak).not.toBe('avoid');
    await expect(page.locator('footer').getByText(new URL(page.url()).pathname)).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('footer .print-only')).toBeHidden();
  });
});

test('source pages name each source by headline and short name, and print years without separators', async ({ page }) => {
  await page.goto('sources/');
  for (const slug of sourceSlugs) {
    const { title, short_name } = sourceData(slug);
    const card = page.locator('main .card', { has: page.locator(`a[href$="/sources/${slug}/"]`) });
    if (title !== null) await expect(card).toContainText(short_name);
  }
  for (const slug of sourceSlugs) {
    const { figures } = sourceData(slug);
    const years = figures.filter((figure) => figure.unit === 'year' || figure.unit.startsWith('year '));
    const percents = figures.filter((figure) => figure.unit.startsWith('%'));
    if (years.length + percents.length === 0) continue;
    await page.goto(`sources/${slug}/`);
    const values = page.locator('section[aria-labelledby="figures"] td.num');
    for (const figure of years) await expect(values.filter({ hasText: new RegExp(`^${figure.value}\\b`) }).first()).toBeVisible();
    for (const figure of percents) await expect(values.filter({ hasText: new RegExp(`^${figure.value}%`) }).first()).toBeVisible();
    await expect(values.filter({ hasText: /^\d,\d{3} year|\d %/ })).toHaveCount(0);
  }
});

test('the claims matrix and the claim pages name each source by short name with its headline where they introduce it', async ({ page }) => {
  const claims = readdirSync('content/claims').filter((name) => name.endsWith('.yaml')).map((name) => ({
    id: name.replace(/\.yaml$/, ''),
    reports: (parse(readFileSync(`content/claims/${name}`, 'utf8')) as { reports: { source: string }[] }).reports,
  }));
  await page.goto('claims/');
  const key = page.locator('main .matrix-sources');
  for (const slug of sourceSlugs) {
    const { title, short_name } = sourceData(slug);
    // The column's header names it by its short name; the key beside the tables adds the headline.
    await expect(page.locator(`table.matrix thead a[href$="/sources/${slug}/"]`).first(), slug).toHaveText(short_name);
    const entry = key.getByRole('listitem').filter({ has: page.locator(`a[href$="/sources/${slug}/"]`) });
    await expect(entry, slug).toContainText(short_name);
    if (title !== null) await expect(entry, slug).toContainText(title);
  }
  // A claim page introduces each source that reports the claim with its wording: headline and short name.
  for (const slug of sourceSlugs) {
    const { title, short_name } = sourceData(slug);
    const claim = claims.find((entry) => entry.reports.some((report) => report.source === slug));
    if (!claim) continue;
    await page.goto(`claims/${claim.id}/`);
    const wording = page.locator(`#source-${slug}`);
    await expect(wording, `${claim.id}: ${slug}`).toContainText(short_name);
    if (title !== null) await expect(wording.locator('cite'), `${claim.id}: ${slug}`).toHaveText(title);
  }
});

test.describe('the first phone screen', () => {
  test.use({ viewport: PHONE });

  test('a standfirst says what the site is, above the contents, on the first screen', async ({ page }) => {
    await page.goto('');
    const standfirst = page.locator('main .standfirst');
    await expect(standfirst).toBeInViewport();
    await expect(standfirst).toHaveText(/\w+( \w+){8,}/);
    const [a, b] = await Promise.all([standfirst.boundingBox(), page.locator('nav.toc').boundingBox()]);
    expect(a?.y ?? Infinity).toBeLessThan(b?.y ?? 0);
  });

  test('without JavaScript the header still names Search once, as a link', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    await page.goto('');
    const banner = page.getByRole('banner');
    await expect(banner.getByRole('link', { name: 'Search' })).toBeVisible();
    await expect(banner.getByRole('button', { name: 'Search' })).toBeHidden();
    await context.close();
  });
});

// A phone, the narrowest screen reflow must serve (320 px: also a 640 px window at 200% zoom), and
// a 1600 × 900 desktop window at 200% zoom.
for (const viewport of [PHONE, { width: 320, height: 568 }, { width: 800, height: 450 }]) {
  test.describe(`the header at ${viewport.width} px`, () => {
    test.use({ viewport });

    test('the header fits in a fifth of the screen, names Search once and lists About: the site name beside the buttons, then the navigation in at most two rows, every link in view', async ({ page }) => {
      await page.goto('');
      const banner = page.getByRole('banner');
      await expect(banner.getByRole('link', { name: 'Search' }).or(banner.getByRole('button', { name: 'Search' }))).toHaveCount(1);
      await expect(banner.getByRole('navigation', { name: pagePhrase('site', 'nav_label') }).getByRole('link', { name: pagePhrase('site', 'nav_about') })).toBeVisible();
      const box = async (locator: ReturnType<Page['locator']>) => {
        const found = await locator.boundingBox();
        if (!found) throw new Error(`${locator} has no box`);
        return { ...found, middle: found.y + found.height / 2, bottom: found.y + found.height, right: found.x + found.width };
      };
      const name = await box(banner.getByRole('link', { name: SITE_NAME, exact: true }));
      const buttons = await Promise.all((await banner.getByRole('button').all()).map(box));
      expect(buttons.length, 'the search button and the theme toggle').toBe(2);
      const nav = banner.getByRole('navigation', { name: pagePhrase('site', 'nav_label') });
      const links = await Promise.all((await nav.getByRole('link').all()).map(box));
      // Row one: the name and both buttons share a line (their middles agree), side by side.
      for (const button of buttons) {
        expect(Math.abs(button.middle - name.middle), 'a button\'s middle against the site name\'s').toBeLessThanOrEqual(3);
        expect(button.x, 'buttons right of the site name').toBeGreaterThanOrEqual(name.right);
      }
      const rowOne = Math.max(name.bottom, ...buttons.map((button) => button.bottom));
      // Below row one, the navigation wraps onto at most two rows (their middles within a few px:
      // the current page's bold link sits a pixel off), and nothing comes after it.
      for (const link of links) expect(link.y, 'the navigation below the name and buttons').toBeGreaterThanOrEqual(rowOne - 1);
      const rows = links.reduce<number[]>((found, link) => (found.some((middle) => Math.abs(middle - link.middle) <= 4) ? found : [...found, link.middle]), []);
      expect(rows.length, 'rows of the navigation').toBeLessThanOrEqual(2);
      const header = await box(page.locator('header.site-header'));
      expect(header.height).toBeLessThanOrEqual(viewport.height / 5);
      expect(header.bottom - Math.max(...links.map((link) => link.bottom)), 'nothing below the navigation').toBeLessThan(links[0]?.height ?? 0);
      // WCAG 2.5.8: each target at least 24 × 24 CSS px.
      for (const target of [name, ...buttons, ...links]) {
        expect(target.width).toBeGreaterThanOrEqual(24);
        expect(target.height).toBeGreaterThanOrEqual(24);
      }
      // Nothing scrolls sideways (WCAG 1.4.10): the page is as wide as the screen and every link,
      // reached by the keyboard, is on screen whole with its focus ring.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await banner.getByRole('link', { name: SITE_NAME, exact: true }).focus();
      for (const link of await nav.getByRole('link').all()) {
        await page.keyboard.press('Tab');
        await expect(link).toBeFocused();
        const ring = await link.evaluate((element) => { const style = getComputedStyle(element); return style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset); });
        expect(ring, 'a visible focus ring').toBeGreaterThan(0);
        const seen = await box(link);
        expect(seen.x - ring >= 0 && seen.right + ring <= viewport.width, `${await link.innerText()}, focused, on screen whole with its ring`).toBe(true);
      }
    });
  });
}

test('About, the footer and the structured data say who publishes the site, or that it is not yet stated', async ({ page }) => {
  const identity = parse(readFileSync('content/site.yaml', 'utf8')) as { publisher: string | null; contact: string | null };
  await page.goto('about/');
  const about = page.locator('#who-publishes-this-site + .site-identity');
  await expect(about).toContainText(identity.publisher ?? 'not yet stated');
  const footer = page.getByRole('contentinfo');
  if (identity.publisher) await expect(footer).toContainText(identity.publisher);
  else await expect(footer.getByRole('link', { name: 'not yet stated' })).toHaveAttribute('href', /\/about\/#who-publishes-this-site$/);
  // The site's structured data is on its home page only.
  await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
  await page.goto('');
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as { '@type': string; publisher?: { name: string } };
  expect(data['@type']).toBe('WebSite');
  expect(data.publisher?.name).toBe(identity.publisher ?? undefined);
});

test('each date on the site says what it means: the footer links to the explanation on About', async ({ page }) => {
  await page.goto('sources/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'what the dates mean' }).click();
  const dates = page.locator('#dates-on-this-site + ul');
  for (const label of ['As of', 'Last updated', 'Built on']) await expect(dates).toContainText(label);
});

test.describe('a calmer story', () => {
  test.use({ javaScriptEnabled: false });

  test('numbers and dates are plain text, no link relies on a tooltip, and the opening is a few links', async ({ page }) => {
    await page.goto('');
    const story = page.locator('main article');
    const linkTexts = await story.locator('a:not(#story-notes ~ ul a)').allInnerTexts();
    expect(linkTexts.filter((text) => /^[\d\s.,%→·–-]+$|^\d{1,2} \w+ \d{4}$|^\w+ \d{4}$/.test(text.trim())), 'numbers or dates as links').toEqual([]);
    await expect(page.locator('main a[title]')).toHaveCount(0);
    // A claim's phrase is linked once, so a links list does not repeat itself.
    const claimLinks = await story.locator('a[href*="/claims/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(claimLinks.filter((href, index) => claimLinks.indexOf(href) !== index), 'claims linked twice').toEqual([]);
    // The opening: everything before the story's first section heading, the contents list aside.
    const opening = await page.evaluate(() => {
      const first = document.querySelector('main article > h2');
      return [...document.querySelectorAll('main article a')].filter(
        (link) => first && link.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING && !link.closest('nav.toc'),
      ).length;
    });
    expect(opening).toBeLessThanOrEqual(8);
  });

  test('read as a list of links, the story names each destination apart: no two links share their words but lead to different places', async ({ page }) => {
    await page.goto('');
    // Each chart's own controls aside (figure.chart), as a screen reader's links list reads them.
    const links = await page.locator('main article a:not(figure.chart a)').evaluateAll((anchors) => anchors.map((a) => [a.textContent?.trim() ?? '', a.getAttribute('href') ?? ''] as const));
    const places = new Map<string, Set<string>>();
    for (const [text, href] of links) places.set(text, (places.get(text) ?? new Set()).add(href));
    expect([...places].filter(([, hrefs]) => hrefs.size > 1).map(([text, hrefs]) => `"${text}" → ${hrefs.size} places`)).toEqual([]);
  });

  test("each number's note links to the exact figure row, which the page then shows", async ({ page }) => {
    await page.goto('');
    const note = page.locator('#story-notes + ul > li', { has: page.locator('a[href*="/sources/"]') }).first();
    const value = (await note.locator('strong').innerText()).trim();
    await note.locator('a').click();
    const row = page.locator('tr:target');
    await expect(row).toBeInViewport();
    await expect(row.locator('td.num')).toHaveText(new RegExp(`^${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });
});

test.describe('reading lines on a desktop', () => {
  test.use({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
  // A claim whose page has running text: a note on where the sources differ.
  const claim = readdirSync('content/claims')
    .filter((name) => name.endsWith('.yaml'))
    .find((name) => ((parse(readFileSync(`content/claims/${name}`, 'utf8')) as { differences?: string | null }).differences ?? '').length > 300)
    ?.replace(/\.yaml$/, '');

  for (const path of [`claims/${claim}/`, 'glossary/', `sources/${sourceSlugs[0]}/`]) {
    test(`/${path} keeps its paragraphs near the story's measure`, async ({ page }) => {
      await page.goto(path);
      // Characters per line of each paragraph of three lines or more.
      const perLine = await page.locator('main p').evaluateAll((paragraphs) =>
        paragraphs.flatMap((p) => {
          const lines = Math.round(p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight));
          return lines >= 3 ? [Math.round((p.textContent ?? '').trim().length / lines)] : [];
        }),
      );
      expect(perLine.length).toBeGreaterThan(0);
      expect(Math.max(...perLine), 'characters per line').toBeLessThanOrEqual(85);
    });
  }
});

/** WCAG 1.4.12's text spacing, as a reader's style sheet applies it. */
const TEXT_SPACING = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

test.describe('zoom, text spacing and forced colours', () => {
  // A 1280 × 800 window at 200% zoom. A reader's own style sheet is not the page's, so the
  // page's Content-Security-Policy does not apply to it.
  test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2, bypassCSP: true });

  test('with text spacing at 200% zoom the navigation links stay apart and nothing scrolls sideways', async ({ page }) => {
    await page.goto('');
    await page.addStyleTag({ content: TEXT_SPACING });
    const boxes = await page.getByRole('navigation', { name: pagePhrase('site', 'nav_label') }).getByRole('link').evaluateAll((links) =>
      links.filter((link) => link.getClientRects().length > 0).map((link) => link.getBoundingClientRect().toJSON() as DOMRect),
    );
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const overlap = a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
        expect(overlap, 'two navigation links overlap').toBe(false);
      }
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  for (const forcedColors of ['none', 'active'] as const) {
    test(`scrolled sideways, the matrix's claim column covers the ticks passing under it (forced colours: ${forcedColors})`, async ({ page }) => {
      await page.emulateMedia({ forcedColors });
      await page.setViewportSize(PHONE);
      await page.goto('claims/');
      await page.addStyleTag({ content: TEXT_SPACING });
      const scroller = page.locator('.table-scroll').first();
      const claimCell = scroller.locator('tbody tr').first().locator('th');
      await claimCell.scrollIntoViewIfNeeded();
      await scroller.evaluate((element) => { element.scrollLeft = element.scrollWidth; });
      // What a reader sees at the middle of the first claim cell: the claim, not a tick beneath it.
      const onTop = await claimCell.evaluate((cell) => {
        const box = cell.getBoundingClientRect();
        const seen = document.elementFromPoint(box.left + box.width / 2, box.top + Math.min(box.height / 2, 20));
        return Boolean(seen && cell.contains(seen));
      });
      expect(onTop).toBe(true);
      await expect(scroller.locator('.table-scroll__hint')).toBeVisible();
    });
  }
});

test('a chart page tells readers about its data: each indicator on the World Bank site and where the story shows it', async ({ page }) => {
  const id = readdirSync('content/charts').find((name) => name.endsWith('.yaml'))?.replace(/\.yaml$/, '') ?? '';
  const spec = parse(readFileSync(`content/charts/${id}.yaml`, 'utf8')) as { series?: { indicator?: string }[]; x?: { indicator?: string }; y?: { indicator?: string } };
  const indicators = new Set([...(spec.series ?? []), spec.x, spec.y].flatMap((entry) => (entry?.indicator ? [entry.indicator] : [])));
  expect(indicators.size).toBeGreaterThan(0);
  await page.goto(`data/${id}/`);
  // The section is the h2 and what follows it.
  const about = page.locator('main h2', { hasText: /^About the data$/ }).locator('xpath=following-sibling::*');
  for (const code of indicators) await expect(about.locator(`a[href="https://data.worldbank.org/indicator/${code}"]`)).toHaveCount(1);
  // Written for readers: no repository paths or code to copy.
  expect((await about.allInnerTexts()).join(' ')).not.toMatch(/content\/|<Chart|\.csv\b/);
  if (readFileSync('content/pages/home.mdx', 'utf8').includes(`<Chart id="${id}"`)) {
    await expect(about.locator('a[href*="/#"]').first()).toBeVisible();
  }
});
