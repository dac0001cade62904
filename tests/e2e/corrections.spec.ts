/** Corrections are public: listed, linked from each page they changed, and in the feed. */
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { idsIn, pagePhrase, readContent } from './helpers';

interface Correction {
  corrected: { entry: string }[];
  now: string;
}
const corrections = idsIn('corrections', '.yaml').map((id) => ({ id, ...(parse(readContent(`corrections/${id}.yaml`)) as Correction) }));
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
    const entry = page.locator(`#correction-${correction.id}`);
    // What it says instead, under its label from content/pages/corrections.yaml.
    await expect(entry.locator('p', { hasText: pagePhrase('corrections', 'now_label') })).toContainText(correction.now.replace(/\*/g, '').trim().slice(0, 40));
  }
});

test('every corrected page carries a dated note that links to each of its entries', async ({ page, request }) => {
  const pages = [...new Set(corrections.flatMap((correction) => correction.corrected.map((place) => pagePath(place.entry))))];
  for (const path of pages) {
    const html = await (await request.get(path)).text();
    const note = /<aside class="corrections-note[\s\S]*?<\/aside>/.exec(html)?.[0] ?? '';
    const own = corrections.filter((correction) => correction.corrected.some((place) => pagePath(place.entry) === path));
    for (const correction of own) expect(note, `/${path} should link to ${correction.id}`).toContain(`/corrections/#correction-${correction.id}"`);
    expect(note.match(/<li>/g) ?? [], `/${path}`).toHaveLength(own.length);
  }
  // One page as a reader meets it: the note is visible and its link lands on the entry.
  const [first] = corrections;
  if (!first?.corrected[0]) throw new Error('no correction to follow');
  await page.goto(pagePath(first.corrected[0].entry));
  await expect(page.locator('aside.corrections-note')).toBeVisible();
  await page.locator(`aside.corrections-note a[href$="#correction-${first.id}"]`).click();
  await expect(page.locator(`#correction-${first.id}`)).toBeInViewport();
});

test('the feed carries the corrections', async ({ request }) => {
  const feed = await (await request.get('rss.xml')).text();
  for (const correction of corrections) expect(feed).toContain(`/corrections/#correction-${correction.id}`);
});

test('About tells readers how to report an error and where corrections are listed', async ({ page }) => {
  await page.goto('about/');
  await expect(page.locator('article a[href$="/corrections/"]').first()).toBeVisible();
});
