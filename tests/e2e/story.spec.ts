import { expect, test } from '@playwright/test';
import { formatPartialDate, parsePartialDate, roughDate, type PartialDate } from '../../src/lib/text/dates';
import { markdownProse, words } from '../../src/lib/content/quotes';
import { latestDatedSource } from '../../src/lib/text/reading';
import { readContent, sourceDate, sourceSlugs } from './helpers';

/** The latest full publication date among the sources: what the story is "as of". */
const latest = parsePartialDate(latestDatedSource(sourceSlugs.map(sourceDate)) ?? '') as PartialDate;

test.use({ javaScriptEnabled: false });

test('the story is 900–1,500 words of prose with a contents list, reading time and an "as of" line', async ({ page }) => {
  const body = readContent('pages/home.mdx').split(/^---$/m).slice(2).join('---');
  const prose = markdownProse(body.replace(/<KeyNumbers>[\s\S]*?<\/KeyNumbers>/, ''));
  const count = words(prose).length;
  expect(count).toBeGreaterThanOrEqual(900);
  expect(count).toBeLessThanOrEqual(1500);

  await page.goto('');
  await expect(page.locator('.as-of')).toContainText(`As of ${roughDate(latest)}.`);
  await expect(page.locator('.as-of')).toContainText(`(the latest dated ${formatPartialDate(latest)})`);
  await expect(page.getByText(/^\d+ minute read\./)).toBeVisible();
  const contents = page.locator('nav.toc li a');
  expect(await contents.count()).toBeGreaterThanOrEqual(5);
  for (const link of await contents.all()) {
    const target = (await link.getAttribute('href')) ?? '';
    await expect(page.locator(target)).toHaveCount(1);
  }
});

test('the key numbers come from the content and the data, as plain text with their provenance in the notes', async ({ page }) => {
  await page.goto('');
  const numbers = page.locator('.key-number');
  expect(await numbers.count()).toBeGreaterThanOrEqual(5);
  await expect(numbers.filter({ hasText: '145%' })).toHaveCount(1);
  await expect(numbers.locator('a')).toHaveCount(0);
  // The World Bank's 2023 household consumption share for China is 39.13%; its year comes from the data.
  await expect(numbers.filter({ hasText: '39.1%' }).locator('.key-number__label')).toContainText('2023');
  const notes = page.locator('#story-notes + ul > li');
  await expect(notes.filter({ hasText: '39.1% (2023)' }).first().locator('a')).toHaveAttribute('href', /\/data\/[a-z-]+\/$/);
  await expect(notes.filter({ hasText: /^145%/ }).locator('a')).toHaveAttribute('href', /\/sources\/[a-z0-9-]+\/#figure-peak-tariff$/);
});

test('the charts sit in the story, readable without JavaScript, and the story links to claims', async ({ page }) => {
  await page.goto('');
  expect(await page.locator('main figure svg').count()).toBeGreaterThanOrEqual(3);
  const crux = page.locator('h2', { hasText: 'consumption' }).first();
  await expect(crux).toBeVisible();
  expect(await page.locator('main a.ref[href*="/claims/"]').count()).toBeGreaterThanOrEqual(25);
  for (const path of ['/sources/', '/claims/', '/data/', '/timeline/', '/glossary/']) {
    await expect(page.locator(`main a[href$="${path}"]`).first()).toBeVisible();
  }
});

test('the story prints legibly: navigation and toggles are hidden on paper', async ({ page }) => {
  await page.goto('');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Primary' })).toBeHidden();
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.locator('main figure svg').first()).toBeVisible();
  // Controls that do nothing on paper are left off it.
  await expect(page.getByText('Show the data').first()).toBeHidden();
  await expect(page.getByRole('link', { name: 'Download CSV' }).first()).toBeHidden();
});

test('the printed story fits an A4 page inside margins the site sets', async ({ page }) => {
  // A4 is 210 mm wide; with the print style's 14 mm margins that leaves 182 mm, about 688 CSS px.
  await page.setViewportSize({ width: 688, height: 1000 });
  await page.goto('');
  await page.emulateMedia({ media: 'print' });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // Chromium prints to PDF with no margin of its own, so the page rule must set one.
  const pageMargins = await page.evaluate(() => {
    const margins: string[] = [];
    const walk = (rules: CSSRuleList) => {
      for (const rule of rules) {
        if (rule instanceof CSSPageRule) margins.push(rule.style.getPropertyValue('margin-left'));
        else if (rule instanceof CSSGroupingRule) walk(rule.cssRules);
      }
    };
    for (const sheet of document.styleSheets) walk(sheet.cssRules);
    return margins;
  });
  expect(pageMargins.some((margin) => parseFloat(margin) > 0)).toBe(true);
});
