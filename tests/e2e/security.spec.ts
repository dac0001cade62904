import { expect, test, type Page } from '@playwright/test';
import { pagePhrase } from './helpers';

/** Collects Content-Security-Policy violations reported by the page. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
  return violations;
}

test('pages are served with the security headers from _headers', async ({ request }) => {
  const response = await request.get('');
  const headers = response.headers();
  expect(headers['content-security-policy']).toMatch(/default-src 'self'/);
  expect(headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
  expect(headers['content-security-policy']).not.toMatch(/unsafe-inline/);
  expect(headers['strict-transport-security']).toMatch(/max-age=\d+/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toMatch(/camera=\(\)/);
});

test('the test server compresses text as static hosts do, so measurements match what readers download', async ({ request }) => {
  const cases: ReadonlyArray<readonly [encoding: string, path: string]> = [['br', ''], ['gzip', 'about/']];
  for (const [encoding, path] of cases) {
    const response = await request.get(path, { headers: { 'Accept-Encoding': encoding } });
    expect(response.headers()['content-encoding'], `/${path}`).toBe(encoding);
    expect(await response.text()).toContain('</html>');
  }
  const plain = await request.get('', { headers: { 'Accept-Encoding': 'identity' } });
  expect(plain.headers()['content-encoding']).toBeUndefined();
});

test('every page carries the policy as a meta tag before any script', async ({ page }) => {
  await page.goto('');
  const first = await page.evaluate(() => {
    const meta = document.querySelector('meta[http-equiv="content-security-policy"]');
    const script = document.querySelector('script');
    return meta && script ? Boolean(meta.compareDocumentPosition(script) & Node.DOCUMENT_POSITION_FOLLOWING) : false;
  });
  expect(first).toBe(true);
});

test('the theme toggle and the charts work under the policy, with no violation', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('');
  await page.getByRole('button', { name: pagePhrase('site', 'theme_toggle') }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', /light|dark/);
  await page.goto('data/china-demand-mix/');
  const chart = page.locator('figure [tabindex="0"]').first();
  await chart.focus();
  await page.keyboard.press('ArrowLeft');
  await page.goto('claims/');
  await page.goto('timeline/');
  expect(violations).toEqual([]);
});
