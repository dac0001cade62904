/**
 * What a reader can take from every chart: SVG, PNG and CSV downloads, a citation, a share link
 * that restores the view, and an embeddable page that other sites may frame (and no other page).
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { axeViolations, chartTitles, embedSnippetHeight, LINE_AND_SCATTER_IDS, MAP_IDS, startFrameHost } from './helpers';

const CHART_IDS = [...LINE_AND_SCATTER_IDS, ...MAP_IDS];

test.describe('downloads, citation, share and embed without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const id of CHART_IDS) {
    test(`/data/${id}/ offers SVG, PNG and CSV files that exist, a citation and an embed snippet`, async ({ page, request }) => {
      await page.goto(`data/${id}/`);
      for (const [name, type] of [['SVG image', 'image/svg+xml'], ['PNG image (2×)', 'image/png'], ['CSV data', 'text/csv']] as const) {
        const link = page.getByRole('link', { name, exact: true });
        await expect(link).toHaveAttribute('download', new RegExp(`^${id}\\.(svg|png|csv)$`));
        const response = await request.get(new URL((await link.getAttribute('href'))!, page.url()).href);
        expect(response.status(), name).toBe(200);
        expect(response.headers()['content-type'], name).toContain(type);
      }
      const url = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
      const citation = page.locator(`#cite-${id}`);
      await expect(citation).toContainText(url);
      await expect(citation).toContainText(/World Bank, World Development Indicators \([A-Z.]+(, [A-Z.]+)*\), WDI release with data to 2023/);
      await expect(citation).toContainText(await page.locator('h1').innerText());
      await expect(page.locator(`#bibtex-${id}`)).toContainText(`@misc{${id},`);
      await expect(page.locator(`#link-${id}`)).toHaveText(url);
      const snippet = await page.locator(`#embed-${id}`).innerText();
      const src = /<iframe src="([^"]+)"/.exec(snippet)?.[1];
      expect(src).toMatch(new RegExp(`/embed/${id}/$`));
      expect((await request.get(new URL(src!).pathname)).status()).toBe(200);
      // Without JavaScript, the copy buttons stay hidden: the text is there to select.
      await expect(page.locator('button[data-copy]')).toHaveCount(4);
      await expect(page.locator('button[data-copy]:visible')).toHaveCount(0);
    });
  }

  test('the embed page shows the chart alone, with source and link back, no site chrome, no scrollbar in its frame', async ({ page }) => {
    for (const [width, id] of [[320, 'investment-peers'], [1200, 'investment-peers'], [320, 'consumption-vs-investment-scatter'], [1200, 'investment-map']] as const) {
      // A frame of the height the chart page's snippet suggests (taller for small multiples).
      await page.setViewportSize({ width, height: embedSnippetHeight(id) });
      await page.goto(`embed/${id}/`);
      await expect(page.locator('header, footer, nav')).toHaveCount(0);
      const drawing = page.getByRole('img', { name: chartTitles(id).short, exact: true });
      await expect(drawing).toBeVisible();
      // The drawing scales to fit its box (its viewBox keeps the proportions): its text stays readable.
      const textPx = await drawing.evaluate((el) => {
        const svg = el as SVGSVGElement;
        const box = svg.getBoundingClientRect();
        const view = svg.viewBox.baseVal;
        return Math.min(box.width / view.width, box.height / view.height) * Number(svg.getAttribute('font-size'));
      });
      expect(textPx, `${id} at ${width} px: rendered chart text size`).toBeGreaterThanOrEqual(id.endsWith('map') ? 9 : 11);
      await expect(page.locator('.chart__source')).toContainText('Source: World Bank, World Development Indicators');
      await expect(page.getByRole('link', { name: 'About this chart' })).toHaveAttribute('href', new RegExp(`/data/${id}/$`));
      const overflow = await page.evaluate(() => {
        const root = document.documentElement;
        return [root.scrollWidth - root.clientWidth, root.scrollHeight - root.clientHeight];
      });
      // Never sideways nor downwards, small multiples included (tests/e2e/embed.spec.ts frames every embed).
      expect(overflow[0], `${id} at ${width} px: sideways overflow`).toBe(0);
      expect(overflow[1], `${id} at ${width} px: downwards overflow`).toBe(0);
    }
  });
});

test('the downloaded SVG is a standalone image with title, source, licence and page URL', async ({ page }) => {
  await page.goto('data/china-demand-mix/');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'SVG image', exact: true }).click()]);
  expect(download.suggestedFilename()).toBe('china-demand-mix.svg');
  // Saved under its own name: a browser decides from the extension that the file is an image.
  const file = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const svg = readFileSync(file, 'utf8');
  expect(svg).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+"/);
  // No external reference: no stylesheet link, no href to another file, no CSS variable.
  expect(svg).not.toMatch(/href=|<link|@import|url\((?!#)|var\(--/);
  // Opened from disk, as a reader would, it shows the texts a reader needs to credit it.
  await page.goto(pathToFileURL(file).href);
  const text = await page.locator('svg').first().textContent();
  expect(text).toContain("China's GDP by use");
  expect(text).toContain('World Bank, World Development Indicators (NE.CON.PRVT.ZS, NE.GDI.TOTL.ZS, NE.CON.GOVT.ZS)');
  expect(text).toContain('creativecommons.org/licenses/by/4.0');
  expect(text).toMatch(/https?:\/\/[^ ]+\/data\/china-demand-mix\//);
  // The lines are drawn in the palette's colours (the inlined styles apply), not unstyled.
  const stroke = await page.locator('svg .chart__line.c1').first().evaluate((el) => getComputedStyle(el).stroke);
  expect(stroke).toBe('rgb(179, 38, 30)');
});

test('the PNG is a real PNG at twice the SVG size', async ({ request }) => {
  const svg = await (await request.get('data/investment-peers.svg')).text();
  const [, width, height] = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number);
  const png = Buffer.from(await (await request.get('data/investment-peers.png')).body());
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([2 * width!, 2 * height!]);
});

test('a shared link restores the focused year and the highlighted series', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('data/household-consumption-peers/');
  await page.getByRole('button', { name: 'Japan' }).click();
  await page.locator('figure[data-chart] svg[role="img"]:visible').focus();
  for (let i = 0; i < 8; i += 1) await page.keyboard.press('ArrowLeft');
  await expect(page.locator('figure[data-chart] [aria-live="polite"]')).toHaveText(/^2015: /);
  await page.getByRole('button', { name: 'Copy link to this chart' }).click();
  await expect(page.getByText('Copied.')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/data\/household-consumption-peers\/\?/);

  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByRole('button', { name: 'Japan' })).toHaveAttribute('aria-pressed', 'true');
  await expect(other.locator('svg:visible .chart__line[data-s="4"]')).toHaveClass(/is-hl/);
  await expect(other.locator('.chart__tip')).toBeVisible();
  await expect(other.locator('.chart__tip b')).toHaveText('2015');
});

test('the citation copy button copies the citation', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('data/investment-peers/');
  await page.getByRole('button', { name: 'Copy bibtex' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^@misc\{investment-peers,/);
});

test.describe('framing', () => {
  let host: Awaited<ReturnType<typeof startFrameHost>>;
  let origin: string;
  test.beforeAll(async ({ baseURL }) => {
    // A second origin (another port on 127.0.0.1) that frames the site's pages.
    host = await startFrameHost(baseURL!);
    origin = host.origin;
  });
  test.afterAll(() => host.close());

  test('another origin can frame an embed page, not a normal page', async ({ page, request }) => {
    const embed = await request.get('embed/china-demand-mix/');
    expect(embed.headers()['x-frame-options']).toBeUndefined();
    expect(embed.headers()['content-security-policy']).toMatch(/frame-ancestors \*/);
    await page.goto(`${origin}/${encodeURIComponent('embed/china-demand-mix/')}`);
    await expect(page.frameLocator('iframe').getByRole('img', { name: chartTitles('china-demand-mix').short, exact: true })).toBeVisible();

    const normal = await request.get('data/china-demand-mix/');
    expect(normal.headers()['x-frame-options']).toBe('DENY');
    expect(normal.headers()['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    await page.goto(`${origin}/${encodeURIComponent('data/china-demand-mix/')}`);
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    await expect.poll(async () => frame.evaluate(() => document.querySelector('h1')?.textContent ?? '').catch(() => 'blocked')).not.toMatch(/China/);
  });

  test('the embed page has no accessibility violations, in light and dark', async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto('embed/consumption-vs-investment-scatter/');
      expect(await axeViolations(page), colorScheme).toEqual([]);
    }
  });
});
