import { expect, test } from '@playwright/test';
import { axeViolations, pagePhrase, sitemapPaths } from './helpers';

const pages = sitemapPaths();

test('the sitemap lists the home and About pages', () => {
  expect(pages).toContain('');
  expect(pages).toContain('about/');
});

for (const path of pages) {
  test(`/${path} has no axe violations in light or dark, and requests nothing from another origin`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL ?? '').origin;
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('data:') && new URL(request.url()).origin !== origin) elsewhere.push(request.url());
    });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(elsewhere, 'requests to other origins').toEqual([]);
    expect(await axeViolations(page), 'light').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page), 'dark').toEqual([]);
  });
}

test.describe('every page without JavaScript, on a 320 px screen', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
  for (const path of pages) {
    test(`/${path} shows its main content, one h1 and its metadata, without sideways scrolling`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
      await expect(page.locator('main h1')).toHaveCount(1);
      await expect(page.locator('h1')).toHaveCount(1);
      expect((await page.locator('main').innerText()).length).toBeGreaterThan(200);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.locator('head meta[name="description"]')).toHaveAttribute('content', /^.{50,}$/);
      await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', /^https?:\/\//);
      await expect(page.locator('head meta[property="og:title"]')).toHaveAttribute('content', /\w/);
      await expect(page.locator('head link[rel="icon"]')).toHaveCount(1);
    });
  }
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: pagePhrase('site', 'skip_link') });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('the theme toggle switches theme, is remembered and does not flash on the next page', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('');
  const toggle = page.getByRole('button', { name: pagePhrase('site', 'theme_toggle') });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const lightBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const darkBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(darkBackground).not.toBe(lightBackground);

  // The stored choice is applied by the inline boot script, before the body paints.
  await page.goto('about/', { waitUntil: 'commit' });
  await page.waitForSelector('html[data-theme="dark"]', { state: 'attached' });
  await page.waitForLoadState('load');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(darkBackground);
});

test('without JavaScript the system theme applies and the toggle is hidden', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('');
  await expect(page.locator('[data-theme-toggle]')).toBeHidden();
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(21, 23, 26)');
  await context.close();
});

test('an unknown address shows the 404 page with navigation', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('navigation', { name: pagePhrase('site', 'nav_label') })).toBeVisible();
  // A not-found page has no address of its own to declare.
  await expect(page.locator('head link[rel="canonical"], head meta[property="og:url"]')).toHaveCount(0);
});
