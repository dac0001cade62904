/** The world maps: readable without JavaScript, one tab stop with arrow keys, axe in both themes and forced colours. */
import { expect, test } from '@playwright/test';
import { axeViolations, MAP_IDS } from './helpers';

const MAPS = MAP_IDS;
const map = (page: import('@playwright/test').Page) => page.locator('figure[data-chart] svg[data-kind="map"]');

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const id of MAPS) {
    test(`/data/${id}/ shows the map, its stepped legend with "no data", where China ranks, the labelled economies' table and the full table`, async ({ page }) => {
      await page.goto(`data/${id}/`);
      await expect(map(page)).toHaveCount(1);
      await expect(map(page)).toBeVisible();
      expect(await map(page).locator('.map__shape path').count()).toBeGreaterThan(150);
      expect(await map(page).locator('.map__none path').count()).toBeGreaterThan(0);
      await expect(map(page).locator('.map__labels text')).toHaveText('China');
      const legend = page.locator('[data-legend] li');
      await expect(legend.first()).toHaveText(/^under \d+%$/);
      await expect(legend.last()).toHaveText('no data');
      await expect(page.locator('.chart__summary')).toHaveText(/^In 2023 .* of China's GDP: of \d+ economies with a value, \d+ had a higher share and \d+ a lower one\.$/);
      await page.locator('summary', { hasText: 'Show the data' }).click();
      await expect(page.locator('table tbody tr', { hasText: 'China' }).first()).toBeVisible();
      // The chart's page lists the labelled economies; the full table, on its own page, every economy with a value.
      await page.getByRole('link', { name: /^The full table, all \d+ rows$/ }).click();
      await expect(page).toHaveURL(new RegExp(`/data/${id}/table/$`));
      expect(await page.locator('main table tbody tr').count()).toBeGreaterThan(150);
      await expect(page.locator('main table tbody th', { hasText: /^China$/ })).toHaveCount(1);
      // No aggregate is drawn or listed as a country.
      await expect(page.locator('main table tbody th', { hasText: /^(World|Euro area|European Union)$/ })).toHaveCount(0);
    });
  }
});

test('one tab stop for the map; arrow keys move between economies, announced politely', async ({ page }) => {
  await page.goto('data/investment-map/');
  await map(page).focus();
  const live = page.locator('figure[data-chart] [aria-live="polite"]');
  await expect(live).toHaveText(/^[^:]+ \(20(22|23)\): investment \d+\.\d%$/);
  // Focus starts at the easternmost economy; the left arrow moves west.
  const first = await live.innerText();
  await page.keyboard.press('ArrowLeft');
  await expect(live).not.toHaveText(first);
  await page.keyboard.press('Home');
  const west = await live.innerText();
  await page.keyboard.press('End');
  await expect(live).not.toHaveText(west);
  await expect(page.locator('.chart__tip')).toBeVisible();
  // The next Tab leaves the map: its shapes are not tab stops.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('svg[data-kind="map"]') === null)).toBe(true);
});

test('hovering a country shows its name, value and year', async ({ page }) => {
  await page.goto('data/household-consumption-map/');
  const china = map(page).locator('.is-focus path');
  const box = (await china.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.locator('.chart__tip b')).toHaveText('China (2023)');
  await expect(page.locator('.chart__tip')).toContainText('39.1%');
});

for (const id of MAPS) {
  test(`/data/${id}/ has no accessibility violations in light, dark and forced colours`, async ({ page }) => {
    for (const media of [{ colorScheme: 'light' }, { colorScheme: 'dark' }, { forcedColors: 'active' }] as const) {
      await page.emulateMedia(media);
      await page.goto(`data/${id}/`);
      await page.locator('summary', { hasText: 'Show the data' }).click();
      await map(page).focus();
      expect(await axeViolations(page), JSON.stringify(media)).toEqual([]);
    }
  });
}

test.describe('forced colours', () => {
  test.use({ forcedColors: 'active' });
  test('line series keep distinct dash patterns, map steps keep their colours, focus is visible', async ({ page }) => {
    await page.goto('data/investment-peers/');
    const dashes = await page.locator('svg.chart__svg--wide .chart__line').evaluateAll((lines) => lines.map((line) => getComputedStyle(line).strokeDasharray));
    expect(new Set(dashes).size).toBeGreaterThanOrEqual(6);
    const svg = page.locator('figure[data-chart] svg[role="img"]:visible');
    await svg.focus();
    expect(await svg.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');

    await page.goto('data/household-consumption-map/');
    const fills = await map(page).locator('.map__shape:not(.map__none) path').evaluateAll((shapes) => shapes.map((shape) => getComputedStyle(shape).fill));
    expect(new Set(fills).size).toBeGreaterThanOrEqual(5);
    await expect(map(page).locator('.map__labels text')).toBeVisible();
  });
});
