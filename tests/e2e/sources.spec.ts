import { expect, test } from '@playwright/test';
import { pagePhrase, sourceSlugs as slugs } from './helpers';

test.use({ javaScriptEnabled: false });

test('the sources index lists every source with publisher, date and kind, without JavaScript', async ({ page }) => {
  await page.goto('sources/');
  const items = page.locator('main .card');
  await expect(items).toHaveCount(slugs.length);
  for (const slug of slugs) await expect(page.locator(`main a[href$="/sources/${slug}/"]`)).toHaveCount(1);
  await expect(page.locator('main').getByText(pagePhrase('sources', 'date_inferred', { date: '' }).trim()).first()).toBeVisible();
  await expect(page.locator('main .not-stated').first()).toHaveText(pagePhrase('site', 'not_stated'));
});

for (const slug of slugs) {
  test(`source page ${slug} shows provenance, summary, quotes, figures, topics and claims`, async ({ page }) => {
    await page.goto(`sources/${slug}/`);
    await expect(page.getByRole('heading', { level: 2, name: 'Where it comes from' })).toBeVisible();
    for (const term of ['Publisher', 'Authors', 'Published', 'Kind', 'Relays', 'Perspective']) {
      await expect(page.locator('dl.facts dt', { hasText: term }).first()).toBeVisible();
    }
    await expect(page.getByRole('heading', { level: 2, name: 'What this source adds' })).toBeVisible();
    const quotes = page.locator('main blockquote');
    expect(await quotes.count()).toBeGreaterThan(0);
    await expect(quotes.first().locator('cite')).not.toBeEmpty();
    await expect(page.locator('main table caption', { hasText: 'Every number the article reports' })).toBeVisible();
    await expect(page.locator('main a[href*="/topics/"]').first()).toBeVisible();
    expect(await page.locator('section[aria-labelledby="claims"] li').count()).toBeGreaterThan(0);
    await expect(page.locator('nav[aria-labelledby="other-sources"] li')).toHaveCount(slugs.length - 1);
  });
}

test('a source with an inferred date shows how it was inferred', async ({ page }) => {
  await page.goto('sources/mdt-agencies/');
  await expect(page.locator('dd', { hasText: pagePhrase('sources', 'date_inferred', { date: '27 May 2025' }) })).toBeVisible();
  await expect(page.getByText('How we inferred it:')).toBeVisible();
});

test('the consumption figure links to its data check', async ({ page }) => {
  await page.goto('sources/high-end-tech-manufacturing/');
  const row = page.locator('main tr', { hasText: 'about 40 percent of China' });
  await expect(row.getByRole('link', { name: 'Checked against the data' })).toHaveAttribute('href', /\/claims\/consumption-about-40-percent-of-gdp\/#data-check$/);
});

test('a topic tag leads to a listing of that topic', async ({ page }) => {
  await page.goto('sources/fdd-new-industrial-policy/');
  await page.locator('main .tag-list a', { hasText: 'Economic security' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Economic security');
  await expect(page.locator('main a[href$="/sources/fdd-new-industrial-policy/"]')).toBeVisible();
});
