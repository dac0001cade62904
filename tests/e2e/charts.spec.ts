/** The charts: readable without JavaScript, keyboard tooltip, CSV = table, axe, byte budgets. */
import { expect, type Page, test } from '@playwright/test';
import { csvParseRows } from 'd3-dsv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measurePage } from '../../scripts/measure.mjs';
import { axeViolations, chartTitles, chartType, LINE_AND_SCATTER_IDS } from './helpers';

const CHART_IDS = LINE_AND_SCATTER_IDS;

const visibleChart = (page: Page) => page.locator('figure[data-chart] svg[role="img"]:visible');

test.describe('every chart without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/data/ lists every chart', async ({ page }) => {
    await page.goto('data/');
    await expect(page.locator('main h1')).toHaveCount(1);
    for (const id of CHART_IDS) await expect(page.locator(`main a[href$="/data/${id}/"]`)).toHaveCount(1);
  });

  for (const id of CHART_IDS) {
    test(`/data/${id}/ shows its title, summary, SVG, table and source`, async ({ page }) => {
      await page.goto(`data/${id}/`);
      const figure = page.locator('main figure[data-chart]');
      await expect(figure).toHaveCount(1);
      const title = (await figure.locator('h1').innerText()).trim();
      expect(title.length).toBeGreaterThan(10);
      await expect(figure.locator('.chart__summary')).toHaveText(/^In 20\d\d .*\d+\.\d%/);
      const svg = visibleChart(page);
      await expect(svg).toHaveCount(1);
      // The drawing is named by the short title; the title itself is read once, in the heading.
      await expect(page.getByRole('img', { name: chartTitles(id).short, exact: true })).toBeVisible();
      expect(await svg.locator('path, circle').count()).toBeGreaterThan(5);
      expect((await svg.boundingBox())?.height ?? 0).toBeGreaterThan(200);
      await expect(figure.locator('.chart__source')).toContainText(/Source: World Bank, World Development Indicators \([A-Z.]+(, [A-Z.]+)*\), CC BY 4\.0/);
      await expect(figure.getByRole('link', { name: 'Download CSV' })).toHaveAttribute('href', new RegExp(`/data/${id}\\.csv$`));
      await figure.locator('summary', { hasText: 'Show the data' }).click();
      await expect(figure.locator('table tbody tr').first()).toBeVisible();
    });
  }

  test('at 320 px the narrow drawing is shown, text stays at least 11 px and nothing scrolls sideways', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    for (const id of CHART_IDS) {
      await page.goto(`data/${id}/`);
      const svg = visibleChart(page);
      await expect(svg).toHaveClass(/chart__svg--narrow/);
      const size = await svg.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return (box.width / (el as SVGSVGElement).viewBox.baseVal.width) * Number(el.getAttribute('font-size'));
      });
      expect(size, `${id}: rendered chart text size`).toBeGreaterThanOrEqual(11);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    }
  });

  test('at 320 px each line of the narrow drawing, a <use> of the wide drawing\'s path, is drawn inside a plot of its own', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    for (const id of CHART_IDS.filter((chart) => chartType(chart) === 'line')) {
      await page.goto(`data/${id}/`);
      const svg = visibleChart(page);
      await expect(svg).toHaveClass(/chart__svg--narrow/);
      const misplaced = await svg.evaluate((el) => {
        const drawing = el as SVGSVGElement;
        const frame = drawing.getBoundingClientRect();
        const unit = frame.width / drawing.viewBox.baseVal.width;
        const numbers = (text: string | undefined) => (text ?? '').split(',').map(Number);
        // The plot boxes in viewBox units: each small multiple's, or the one plot's.
        const [left = 0, right = 0] = numbers(drawing.dataset['x']);
        const [bottom = 0, top = 0] = numbers(drawing.dataset['y']);
        const boxes = drawing.dataset['panels'] ? drawing.dataset['panels'].split(';').map((panel) => numbers(panel).slice(0, 4)) : [[left, right, bottom, top]];
        const lines = [...drawing.querySelectorAll('use')];
        if (lines.length === 0) return ['no <use> lines'];
        return lines.flatMap((line, i) => {
          const box = line.getBoundingClientRect();
          const [x1, x2, y1, y2] = [(box.left - frame.left) / unit, (box.right - frame.left) / unit, (box.top - frame.top) / unit, (box.bottom - frame.top) / unit];
          // Round caps and the focus line's 3.5-unit stroke reach 2 units past a plot's edge.
          const inside = boxes.some(([l = 0, r = 0, b = 0, t = 0]) => x1 >= l - 2 && x2 <= r + 2 && y1 >= t - 2 && y2 <= b + 2);
          return inside && x2 - x1 > 10 ? [] : [`line ${i}: ${[x1, x2, y1, y2].map((v) => v.toFixed(1)).join(',')}`];
        });
      });
      expect(misplaced, id).toEqual([]);
    }
  });

  for (const width of [320, 1280]) {
    test(`at ${width} px each kind of point of the scatter, a <use> of the wide drawing's path, lies inside the plot`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const id of CHART_IDS.filter((chart) => chartType(chart) === 'scatter')) {
        await page.goto(`data/${id}/`);
        const svg = visibleChart(page);
        await expect(svg).toHaveClass(width < 400 ? /chart__svg--narrow/ : /chart__svg--wide/);
        const misplaced = await svg.evaluate((el) => {
          const drawing = el as SVGSVGElement;
          const frame = drawing.getBoundingClientRect();
          const unit = frame.width / drawing.viewBox.baseVal.width;
          const numbers = (text: string | undefined) => (text ?? '').split(',').map(Number);
          const [left = 0, right = 0] = numbers(drawing.dataset['x']);
          const [bottom = 0, top = 0] = numbers(drawing.dataset['y']);
          const kinds = [...drawing.querySelectorAll('.chart__points use')];
          if (kinds.length < 3) return [`${kinds.length} <use> kinds of point`];
          // A <use>'s box spans its points' centres (the markers drawn on them are not in it).
          return kinds.flatMap((kind) => {
            const box = kind.getBoundingClientRect();
            const [x1, x2, y1, y2] = [(box.left - frame.left) / unit, (box.right - frame.left) / unit, (box.top - frame.top) / unit, (box.bottom - frame.top) / unit];
            return x1 >= left && x2 <= right && y1 >= top && y2 <= bottom ? [] : [`${kind.getAttribute('data-s')}: ${[x1, x2, y1, y2].map((v) => v.toFixed(1)).join(',')}`];
          });
        });
        expect(misplaced, id).toEqual([]);
      }
    });
  }

  test('printing shows the wide drawing', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 700 });
    await page.goto('data/china-demand-mix/');
    await page.emulateMedia({ media: 'print' });
    await expect(visibleChart(page)).toHaveClass(/chart__svg--wide/);
  });
});

test.describe('every drawing stays inside its figure', () => {
  // Off-screen figures are not painted (content-visibility: auto), which clips what overflows
  // them: an axis label or a line label drawn outside the figure would be cut off.
  for (const width of [320, 1280]) {
    test(`at ${width} px, on the story and every chart page`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const path of ['', ...CHART_IDS.map((id) => `data/${id}/`)]) {
        await page.goto(path);
        const outside = await page.evaluate(async () => {
          const found: string[] = [];
          for (const figure of document.querySelectorAll('figure.chart')) {
            figure.scrollIntoView();
            await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
            const box = figure.getBoundingClientRect();
            for (const el of figure.querySelectorAll('svg *')) {
              const r = el.getBoundingClientRect();
              if (r.width === 0 && r.height === 0) continue;
              if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5) {
                found.push(`${figure.id}: <${el.tagName}> ${(el.textContent ?? '').slice(0, 30)}`);
              }
            }
          }
          return found;
        });
        expect(outside, `/${path}`).toEqual([]);
      }
    });
  }
});

test.describe('the tooltip', () => {
  test("the chart's values are not in the page: they are fetched once, when the reader first uses the chart", async ({ page }) => {
    const islands: string[] = [];
    page.on('request', (request) => {
      if (/\/data\/[^/]+\.json$/.test(new URL(request.url()).pathname)) islands.push(new URL(request.url()).pathname);
    });
    await page.goto('data/china-demand-mix/');
    await page.waitForLoadState('networkidle');
    await expect(page.locator('script[type="application/json"]')).toHaveCount(0);
    expect(islands).toEqual([]);
    await visibleChart(page).hover();
    await expect(page.locator('.chart__tip')).toBeVisible();
    await visibleChart(page).focus();
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('figure[data-chart] [aria-live="polite"]')).toHaveText(/^\d{4}: Household consumption/);
    expect(islands).toEqual([expect.stringMatching(/\/data\/china-demand-mix\.json$/)]);
  });

  test('moves through the years by keyboard, is announced politely and hides on Esc', async ({ page }) => {
    await page.goto('data/china-demand-mix/');
    const svg = visibleChart(page);
    const live = page.locator('figure[data-chart] [aria-live="polite"]');
    const tip = page.locator('.chart__tip');
    await svg.focus();
    await expect(live).toHaveText(/^2023: Household consumption 39\.1%, Investment 42\.1%, Government consumption 16\.5%$/);
    await expect(tip).toBeVisible();
    await expect(tip).toContainText('2023');
    await page.keyboard.press('ArrowLeft');
    await expect(live).toHaveText(/^2022: Household consumption 37\.4%/);
    await expect(tip).toContainText('2022');
    for (let i = 0; i < 12; i += 1) await page.keyboard.press('ArrowLeft');
    await expect(live).toHaveText(/^2010: Household consumption 34\.3%, Investment 46\.6%/);
    await page.keyboard.press('ArrowRight');
    await expect(live).toHaveText(/^2011: /);
    await expect(page.locator('svg:visible .chart__cursor circle')).toHaveCount(3);
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    await expect(page.locator('svg:visible .chart__cursor circle')).toHaveCount(0);
  });

  test('a gap reads "no data", and hovering shows the nearest year', async ({ page }) => {
    await page.goto('data/manufacturing-and-exports/');
    await visibleChart(page).focus();
    await page.keyboard.press('Home');
    await expect(page.locator('figure[data-chart] [aria-live="polite"]')).toHaveText(/^1970: China, manufacturing no data, China, exports 2\.\d%/);
    await page.keyboard.press('Escape');
    const box = (await visibleChart(page).boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
    await expect(page.locator('.chart__tip')).toBeVisible();
    await expect(page.locator('.chart__tip b')).toHaveText(/^(19|20)\d\d$/);
  });

  test('on the scatter, arrow keys move through the economies', async ({ page }) => {
    await page.goto('data/consumption-vs-investment-scatter/');
    await visibleChart(page).focus();
    const live = page.locator('figure[data-chart] [aria-live="polite"]');
    await page.keyboard.press('Home');
    const first = await live.innerText();
    await page.keyboard.press('ArrowRight');
    await expect(live).not.toHaveText(first);
    await expect(live).toHaveText(/\(20(22|23)\): Household consumption, % of GDP \d+\.\d%, Investment, % of GDP \d+\.\d%/);
  });

  test('on the scatter, the keyboard starts on the chart\'s focus and Page Down jumps between the labelled economies', async ({ page }) => {
    const spec = readFileSync('content/charts/consumption-vs-investment-scatter.yaml', 'utf8');
    const labels = [...spec.matchAll(/economy: [A-Z]{3}, label: "([^"]+)"/g)].map((match) => match[1] ?? '');
    await page.goto('data/consumption-vs-investment-scatter/');
    await visibleChart(page).focus();
    const live = page.locator('figure[data-chart] [aria-live="polite"]');
    await expect(live).toHaveText(/^China \(20(22|23)\):/);
    const visited = new Set<string>();
    for (let press = 0; press < labels.length; press += 1) {
      await page.keyboard.press('PageDown');
      visited.add((await live.innerText()).replace(/ \(.*$/s, ''));
    }
    // Every press lands on a labelled economy, and a round trip visits each of them.
    const names = [...visited];
    expect(names.length).toBe(labels.length);
  });

  for (const width of [320, 1280]) {
    test(`at ${width} px, on the scatter, the keyboard's ring lands on China's point`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('data/consumption-vs-investment-scatter/');
      await visibleChart(page).focus();
      const ring = visibleChart(page).locator('.chart__ring');
      await expect(ring).toHaveCount(1);
      // China is the focus kind's one point: its <use>'s box is that point. Both are read in one
      // moment: focus may still be scrolling the chart into view (smooth scrolling).
      const [x, y, rx, ry] = await visibleChart(page).evaluate((svg) =>
        [svg.querySelector('.chart__points use[data-s="f"]'), svg.querySelector('.chart__ring')].flatMap((element) => {
          const box = element!.getBoundingClientRect();
          return [box.x + box.width / 2, box.y + box.height / 2];
        }),
      );
      expect(Math.abs(rx! - x!)).toBeLessThan(1.5);
      expect(Math.abs(ry! - y!)).toBeLessThan(1.5);
    });
  }

  test('a legend entry highlights its series', async ({ page }) => {
    await page.goto('data/household-consumption-peers/');
    const button = page.getByRole('button', { name: 'Japan' });
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('svg:visible .chart__line[data-s="4"]')).toHaveClass(/is-hl/);
    await expect(page.locator('svg:visible .chart__line[data-s="0"]')).not.toHaveClass(/is-hl/);
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'false');
  });
});

test.describe('the chart script loads on first use', () => {
  const ENHANCEMENT = /\/_astro\/chart-enhance-[^/]+\.js$/;
  /** Counts the enhancement's requests and holds its response back, so the reader acts before it arrives. */
  async function slowEnhancement(page: Page): Promise<string[]> {
    const requested: string[] = [];
    await page.route(ENHANCEMENT, async (route) => {
      requested.push(new URL(route.request().url()).pathname);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
    return requested;
  }

  test('the page loads without the enhancement; pointing at the chart fetches it once, and that first hover shows the tooltip', async ({ page }) => {
    const requested = await slowEnhancement(page);
    await page.goto('data/china-demand-mix/');
    await page.waitForLoadState('networkidle');
    expect(requested).toEqual([]);
    // Put in at load: the hint, and the drawing's tab stop.
    await expect(page.locator('.chart__hint')).toHaveCount(1);
    await expect(visibleChart(page)).toHaveAttribute('tabindex', '0');
    const box = (await visibleChart(page).boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
    await expect(page.locator('.chart__tip')).toBeVisible();
    await expect(page.locator('.chart__tip b')).toHaveText(/^(19|20)\d\d$/);
    expect(requested).toHaveLength(1);
    // A second chart use fetches nothing more.
    await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.5);
    await visibleChart(page).focus();
    expect(requested).toHaveLength(1);
  });

  test('the first focus and arrow key, pressed before the enhancement has arrived, still move the cursor', async ({ page }) => {
    const requested = await slowEnhancement(page);
    await page.goto('data/china-demand-mix/');
    await page.waitForLoadState('networkidle');
    // The drawing's tab stop is there at load; the keys come at once, well before the enhancement.
    await visibleChart(page).focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('.chart__tip')).toHaveCount(0);
    await expect(page.locator('figure[data-chart] [aria-live="polite"]')).toHaveText(/^2021: Household consumption/);
    await expect(page.locator('.chart__tip b')).toHaveText('2021');
    expect(requested).toHaveLength(1);
  });

  test('a legend button clicked before the enhancement has arrived highlights its series when it does', async ({ page }) => {
    await slowEnhancement(page);
    await page.goto('data/household-consumption-peers/');
    await page.getByRole('button', { name: 'Japan' }).click();
    await expect(page.getByRole('button', { name: 'Japan' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('svg:visible .chart__line[data-s="4"]')).toHaveClass(/is-hl/);
  });

  test('another click in the figure before the enhancement has arrived acts once: the data table stays open', async ({ page }) => {
    const requested = await slowEnhancement(page);
    await page.goto('data/china-demand-mix/');
    await page.locator('summary', { hasText: 'Show the data' }).click();
    await expect.poll(() => requested.length).toBe(1);
    // The enhancement has run (it adds the tooltip) and replayed what it was kept.
    await expect(page.locator('.chart__tip')).toBeAttached();
    await expect(page.locator('details.chart__data')).toHaveAttribute('open', '');
  });

  test('a shared link loads the enhancement at once and restores its step, with no reader action', async ({ page }) => {
    const requested = await slowEnhancement(page);
    await page.goto('data/household-consumption-peers/?at=2015&hl=4');
    await expect(page.locator('.chart__tip b')).toHaveText('2015');
    await expect(page.getByRole('button', { name: 'Japan' })).toHaveAttribute('aria-pressed', 'true');
    expect(requested).toHaveLength(1);
  });
});

test.describe('the CSV download', () => {
  for (const id of CHART_IDS) {
    test(`${id}.csv starts with its header row and holds exactly the full table's rows`, async ({ page, request }) => {
      await page.goto(`data/${id}/`);
      const href = await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
      const response = await request.get(href ?? '');
      expect(response.ok()).toBe(true);
      // The first line is the header row: a comment line would land in a spreadsheet's cell A1.
      const [header, ...rows] = csvParseRows((await response.text()).trimEnd());
      // The chart's page shows some rows (a scatter's labelled economies, a line chart's every
      // fifth year and the years it names) and links to the full table's own page.
      await page.locator('summary', { hasText: 'Show the data' }).click();
      await expect(page.locator('figure[data-chart] table caption')).toHaveText(chartType(id) === 'scatter' ? /, the labelled economies$/ : /, every fifth year and the years the chart names$/);
      await expect(page.locator('figure[data-chart] table tbody tr')).not.toHaveCount(rows.length);
      const fullTable = page.getByRole('link', { name: /^The full table, all \d+ rows$/ });
      await expect(fullTable).toHaveText(`The full table, all ${rows.length} rows`);
      await fullTable.click();
      await expect(page).toHaveURL(new RegExp(`/data/${id}/table/$`));
      const table = await page.locator('main table').evaluate((el: HTMLTableElement) => ({
        header: [...(el.tHead?.rows[0]?.cells ?? [])].map((cell) => cell.textContent?.trim()),
        numeric: [...(el.tHead?.rows[0]?.cells ?? [])].map((cell) => cell.classList.contains('num')),
        rows: [...(el.tBodies[0]?.rows ?? [])].map((row) => [...row.cells].map((cell) => cell.textContent?.trim() ?? '')),
      }));
      expect(header).toEqual(table.header);
      expect(rows).toHaveLength(table.rows.length);
      rows.forEach((row, r) => {
        const shown = table.rows[r]!;
        expect(row).toHaveLength(shown.length);
        row.forEach((cell, c) => {
          // The table rounds numbers to one decimal and shows a gap as a dash; the CSV keeps the published value.
          const expected = cell === '' ? '—' : table.numeric[c] ? Number(cell).toFixed(1) : cell;
          expect(shown[c], `row ${r + 1}, column ${table.header[c]}`).toBe(expected);
        });
      });
    });
  }
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${scheme}`, () => {
    test.use({ colorScheme: scheme });
    for (const path of ['data/', ...CHART_IDS.map((id) => `data/${id}/`)]) {
      test(`/${path} has no violations, with the data table open and the tooltip shown`, async ({ page }) => {
        test.setTimeout(120_000); // axe checks the contrast of every table cell
        await page.goto(path);
        await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
        const svg = visibleChart(page);
        if ((await svg.count()) > 0) {
          await svg.focus();
          await expect(page.locator('.chart__tip')).toBeVisible();
        }
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}

test.describe('byte budgets of a chart page', () => {
  const dist = 'dist';
  const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');

  for (const id of CHART_IDS) {
    test(`/data/${id}/: HTML ≤ 40 kB gzip, JavaScript ≤ 5 kB gzip`, async ({ page }) => {
      // Measured as the benchmark does (scripts/measure.mjs): the JSON data island is data, not script.
      const measured = measurePage(dist, join('data', id, 'index.html'), base);
      test.info().annotations.push({ type: 'bytes', description: `HTML ${measured.html.gzip} B gzip, JS ${measured.js.gzip} B gzip` });
      expect(measured.html.gzip).toBeLessThanOrEqual(40_000);
      expect(measured.js.gzip).toBeLessThanOrEqual(5_000);

      // The browser loads exactly those scripts, and no d3.
      const loaded: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') loaded.push(new URL(request.url()).pathname.slice(base.length));
      });
      await page.goto(`data/${id}/`);
      await page.waitForLoadState('networkidle');
      expect(loaded.sort()).toEqual([...measured.js.external.files].sort());
      expect(loaded.some((path) => /d3/.test(path))).toBe(false);
    });
  }

  test('pages without a chart load no chart script', async () => {
    for (const file of [join('claims', 'index.html'), join('data', 'index.html'), join('about', 'index.html')]) {
      expect(readFileSync(join(dist, file), 'utf8')).not.toMatch(/chart-enhance|chart-loader|Chart\.astro_astro_type_script/);
    }
  });
});
