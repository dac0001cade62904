/** Corrections are public: listed, linked from each page they changed, and in the feed. */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

interface Correction {
  corrected: { entry: string }[];
  now: string;
}
const files = readdirSync('content/corrections').filter((name) => name.endsWith('.yaml'));
const corrections = files.map((name) => ({ id: name.replace(/\.yaml$/, ''), ...(parse(readFileSync(`content/corrections/${name}`, 'utf8')) as Correction) }));
/** The page a corrected entry shows on, as the site maps it. */
const pagePath = (entry: string) => {
  const [collection, id] = entry.split('/');
  if (collection === 'pages') return id === 'home' ? '' : `${id}/`;
  if (collection === 'glossary' || collection === 'timeline') return `${collection}/`;
  return `${collection}/${id}/`;
};

test.use({ javaScriptEnabled: false });

test('the corrections page lists every correction, each with its own anchor', async ({ page }) => {
  expect(corrections.length).toBeGreaterThan(0);
  await page.goto('corrections/');
  await expect(page.locator('ol.corrections > li')).toHaveCount(corrections.length);
  for (const correction of corrections.slice(0, 5)) {
    await expect(page.locator(`#correction-${correction.id}`)).toContainText('What it says now');
  }
});

test('every corrected page carries a dated note that links to its entry', async ({ page }) => {
  const pages = [...new Set(corrections.flatMap((correction) => correction.corrected.map((place) => pagePath(place.entry))))];
  for (const path of pages) {
    await page.goto(path);
    const note = page.locator('aside.corrections-note');
    await expect(note, `/${path}`).toBeVisible();
    const own = corrections.filter((correction) => correction.corrected.some((place) => pagePath(place.entry) === path));
    await expect(note.locator('li')).toHaveCount(own.length);
    const first = own[0];
    if (!first) continue;
    await note.locator(`a[href$="#correction-${first.id}"]`).click();
    await expect(page.locator(`#correction-${first.id}`)).toBeInViewport();
  }
});

test('the feed carries the corrections', async ({ request }) => {
  const feed = await (await request.get('rss.xml')).text();
  for (const correction of corrections) expect(feed).toContain(`/corrections/#correction-${correction.id}`);
});

test('About tells readers how to report an error and where corrections are listed', async ({ page }) => {
  await page.goto('about/');
  await expect(page.locator('article a[href$="/corrections/"]').first()).toBeVisible();
});
