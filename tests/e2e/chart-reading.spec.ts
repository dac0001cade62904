/**
 * Reading the charts as readers of issue 15 did: at 200% browser zoom (in desktop windows and on a
 * 390 px phone), with the WCAG 1.4.12 text spacing, and on a 390 px phone. Measured in the browser,
 * on the built site.
 *
 * Zoom is modelled as Chromium's own browser zoom works: at 200% a window of W device pixels lays
 * the page out in W/2 CSS pixels (media and container queries, rem and em all see that) and draws
 * each CSS pixel with 2 device pixels. A viewport of half the width with deviceScaleFactor 2 is
 * exactly that. (`zoom` on the root element leaves media queries and the viewport unchanged, and
 * `font-size: 200%` on the root is text-only zoom, which does not resize anything else.)
 */
import { type Browser, expect, type Page, test } from '@playwright/test';
import { axeViolations, embedSnippetHeight, labelImageWords, LINE_AND_SCATTER_IDS, MAP_IDS, readContent } from './helpers';

const CHART_PAGES = LINE_AND_SCATTER_IDS.map((id) => `data/${id}/`);
/** The home page's story sends one (narrow) drawing per chart. */
const PAGES = ['', ...CHART_PAGES];
/** Every kind of drawing (line, scatter, small multiples, map) where readers meet it: the story, chart pages and embeds. */
const ZOOM_PAGES = [...PAGES, ...MAP_IDS.map((id) => `data/${id}/`), ...[...LINE_AND_SCATTER_IDS, ...MAP_IDS].map((id) => `embed/${id}/`)];
const LINE_PAGES = ['', ...LINE_AND_SCATTER_IDS.filter((id) => !id.includes('scatter')).map((id) => `data/${id}/`)];
const PHONE = { width: 390, height: 844 };

/** WCAG 1.4.12's text spacing, as a reader's style sheet applies it. */
const TEXT_SPACING = '* { letter-spacing: 0.12em !important; word-spacing: 0.16em !important; line-height: 1.5 !important; } p { margin-bottom: 2em !important; }';

const ECONOMY_CODES = new Set(readContent('data/economies.csv').split('\n').slice(1).map((line) => line.split(',')[0]).filter(Boolean));

/**
 * Each visible chart drawing's text size in CSS px against body text: its tick labels (a map's
 * economy labels), or, where a map lists its labelled economies under it instead, that list's.
 */
async function chartTextRatios(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const ratios: Record<string, number> = {};
    const body = parseFloat(getComputedStyle(document.body).fontSize);
    for (const svg of document.querySelectorAll<SVGSVGElement>('figure[data-chart] svg[data-kind]')) {
      const box = svg.getBoundingClientRect();
      if (box.width === 0) continue;
      const figure = svg.closest('figure')!;
      const tick = svg.querySelector('.chart__ticks text, .map__labels text')!;
      const listed = figure.querySelector('.chart__labelled li');
      if (listed && listed.getBoundingClientRect().height > 0) {
        ratios[figure.id] = parseFloat(getComputedStyle(listed).fontSize) / body;
        continue;
      }
      if (tick.getBoundingClientRect().width === 0) throw new Error(`${figure.id}: no text shown, neither in the drawing nor in a list`);
      // The viewBox fits the box (an embed gives it a height too): the smaller scale is the drawing's.
      const scale = Math.min(box.width / svg.viewBox.baseVal.width, box.height / svg.viewBox.baseVal.height);
      ratios[figure.id] = (parseFloat(getComputedStyle(tick).fontSize) * scale) / body;
    }
    return ratios;
  });
}

/** Client boxes of each visible drawing's elements matching a selector, with their text. */
async function boxesIn(page: Page, selector: string) {
  return page.evaluate((selector) => {
    return [...document.querySelectorAll<SVGSVGElement>('figure[data-chart] svg[data-kind]')]
      .filter((svg) => svg.getBoundingClientRect().width > 0)
      .map((svg) =>
        [...svg.querySelectorAll<SVGGraphicsElement>(selector)].map((el) => {
          const r = el.getBoundingClientRect();
          return { text: el.textContent ?? '', left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        }),
      );
  }, selector);
}

type Rect = { left: number; right: number; top: number; bottom: number };
const overlap = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Windows from a small phone to a wide desktop; at 200% each lays the page out in half its width. */
const WINDOWS = [320, 390, 480, 600, 768, 900, 1024, 1280, 1600];
/** A line chart, small multiples, the scatter and a map where readers meet them: the story, chart pages, embeds. */
const RATIO_PAGES = ['', 'data/china-demand-mix/', 'data/investment-peers/', 'data/consumption-vs-investment-scatter/', 'data/investment-map/', 'embed/china-demand-mix/', 'embed/investment-map/'];

test.describe('200% zoom: chart text grows with body text', () => {
  const measure = async (browser: Browser, path: string, window: number, zoom: 1 | 2) => {
    // An embed in a frame as tall as its snippet suggests.
    const height = path.startsWith('embed/') ? embedSnippetHeight(path.split('/')[1]!) : 900;
    const context = await browser.newContext({ viewport: { width: window / zoom, height: height / zoom }, deviceScaleFactor: zoom });
    const page = await context.newPage();
    await page.goto(path);
    const ratios = await chartTextRatios(page);
    await context.close();
    return ratios;
  };
  const compare = (window: number, normal: Record<string, number>, zoomed: Record<string, number>) => {
    expect(Object.keys(zoomed)).toEqual(Object.keys(normal));
    expect(Object.keys(normal).length).toBeGreaterThan(0);
    for (const [id, ratio] of Object.entries(normal)) {
      const where = `${id} in a ${window} px window: ${ratio.toFixed(2)} at 100%, ${zoomed[id]?.toFixed(2)} at 200%`;
      expect(zoomed[id], where).toBeGreaterThanOrEqual(ratio - 0.005);
      // Readable either way: chart text (or a map's list of its labelled economies) never far below body text.
      expect(ratio, where).toBeGreaterThanOrEqual(0.75);
    }
  };

  for (const path of RATIO_PAGES) {
    test(`/${path} in windows ${WINDOWS[0]} to ${WINDOWS.at(-1)} px wide: chart text against body text is at least as large at 200% as at 100%`, async ({ browser }) => {
      for (const window of WINDOWS) compare(window, await measure(browser, path, window, 1), await measure(browser, path, window, 2));
    });
  }
  // Every other drawing in a phone's 390 px window, where at 200% the drawing scrolls sideways in its box.
  for (const path of ZOOM_PAGES.filter((path) => !RATIO_PAGES.includes(path))) {
    test(`/${path} in a 390 px window: chart text against body text is at least as large at 200% as at 100%`, async ({ browser }) => {
      compare(390, await measure(browser, path, 390, 1), await measure(browser, path, 390, 2));
    });
  }
});

test.describe('map labels on a 390 px phone', () => {
  test.use({ viewport: PHONE, deviceScaleFactor: 2 });
  for (const javaScriptEnabled of [true, false]) {
    test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
      test.use({ javaScriptEnabled });
      for (const id of MAP_IDS) {
        test(`/data/${id}/: the labelled economies are listed under the map with their values, in body-size text, and not drawn too small to read`, async ({ page }) => {
          await page.goto(`data/${id}/`);
          const figure = page.locator(`#chart-${id}`);
          // The labelled economies' rows of the table: name, code, year, value.
          const rows = await figure.locator('.chart__data tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent!.trim())));
          expect(rows.length).toBeGreaterThan(0);
          const items = figure.locator('.chart__labelled li');
          await expect(items).toHaveCount(rows.length);
          for (const [i, [name, , year, value]] of rows.entries()) {
            await expect(items.nth(i)).toBeVisible();
            for (const part of [name!, year!, value!]) await expect(items.nth(i)).toContainText(part);
          }
          const sizes = await items.first().evaluate((li) => ({ item: parseFloat(getComputedStyle(li).fontSize), body: parseFloat(getComputedStyle(document.body).fontSize) }));
          expect(sizes.item / sizes.body).toBeGreaterThanOrEqual(0.9);
          await expect(figure.locator('.map__labels text').first()).toBeHidden();
        });
      }
    });
  }
  test('in a 1280 px window the map draws its labels at its full size and lists nothing', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`data/${MAP_IDS[0]}/`);
    await expect(page.locator('.map__labels text').first()).toBeVisible();
    await expect(page.locator('.chart__labelled')).toBeHidden();
  });
});

test.describe('200% zoom in a 390 px window: the drawing scrolls sideways in its box, the page does not', () => {
  // A 390 px window at 200%: 195 CSS px, each drawn with 2 device pixels (as the test above
  // models zoom; the device scale changes no layout, only how sharply it is drawn).
  test.use({ viewport: { width: 195, height: 422 }, deviceScaleFactor: 2 });

  for (const path of ZOOM_PAGES) {
    test(`/${path}: no page-wide sideways scroll; each drawing wider than its box shows the cue and is reached from the keyboard`, async ({ page }) => {
      await page.goto(path);
      const page_ = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(page_.scroll, 'the page itself scrolls sideways').toBeLessThanOrEqual(page_.client);
      const figures = page.locator('figure[data-chart]');
      expect(await figures.count()).toBeGreaterThan(0);
      for (const figure of await figures.all()) {
        const plot = figure.locator('[data-plot]');
        await plot.scrollIntoViewIfNeeded();
        const { scroll, client } = await plot.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
        expect(scroll, 'the drawing keeps its phone width, wider than the box').toBeGreaterThan(client);
        await expect(figure.locator('.chart__scroll-hint')).toBeVisible();
        await expect(plot).toHaveAttribute('role', 'group');
        await expect(plot).toHaveAccessibleName(/\S/);
        // With JavaScript the drawing itself takes the keyboard (the box needs no tab stop of its own).
        await expect(plot.locator('svg[data-kind]:visible')).toHaveAttribute('tabindex', '0');
      }
    });
  }

  test('the arrow keys bring the mark and its tooltip into the box, at either end', async ({ page }) => {
    for (const path of ['data/china-demand-mix/', 'data/manufacturing-and-exports/', 'data/consumption-vs-investment-scatter/', 'data/investment-map/']) {
      await page.goto(path);
      const plot = page.locator('figure[data-chart] [data-plot]');
      await plot.locator('svg[data-kind]:visible').focus();
      for (const key of ['End', 'Home', 'End', 'ArrowLeft']) {
        await page.keyboard.press(key);
        // The values arrive with the first focus (fetched) and the box scrolls after the key: wait for both.
        const look = () => plot.evaluate((el) => {
          const box = el.getBoundingClientRect();
          const inside = (r: DOMRect) => r.left >= box.left - 1 && r.right <= box.right + 1;
          // The first mark is the cursor in the focus panel (small multiples repeat it in each panel).
          const marks = [...el.querySelectorAll('.chart__cursor line, .chart__cursor .chart__ring')].map((mark) => mark.getBoundingClientRect());
          return { marks: marks.length, markInside: marks.length > 0 && inside(marks[0]!), tipInside: inside(el.querySelector('.chart__tip')!.getBoundingClientRect()) };
        });
        await expect.poll(async () => { const seen = await look(); return { marked: seen.marks > 0, markInside: seen.markInside, tipInside: seen.tipInside }; }, { message: `${path} after ${key}` }).toEqual({ marked: true, markInside: true, tipInside: true });
      }
    }
  });

  test('hovering a part scrolled into view reads its value', async ({ page }) => {
    await page.goto('data/china-demand-mix/');
    const plot = page.locator('figure[data-chart] [data-plot]');
    await plot.scrollIntoViewIfNeeded();
    await plot.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    const box = (await plot.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 120, { steps: 3 });
    await expect(page.locator('.chart__tip')).toBeVisible();
    await expect(page.locator('.chart__tip')).toContainText(/20[12]\d/);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the box is a named tab stop that the arrow keys scroll', async ({ page }) => {
      await page.goto('data/manufacturing-and-exports/');
      const plot = page.locator('figure[data-chart] [data-plot]');
      await expect(plot).toHaveAttribute('tabindex', '0');
      await expect(plot).toHaveAccessibleName(/\S/);
      await plot.focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => plot.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    });
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const path of ['', 'data/manufacturing-and-exports/', 'data/investment-map/', 'embed/household-consumption-peers/']) {
      test(`/${path} has no axe violations (${colorScheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }
});

test.describe('text spacing (WCAG 1.4.12): x-axis years keep apart', () => {
  test.use({ bypassCSP: true }); // the reader's style sheet is injected inline
  for (const viewport of [PHONE, { width: 1280, height: 800 }]) {
    for (const path of PAGES) {
      test(`/${path} at ${viewport.width} px: no two x-axis tick labels touch`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.goto(path);
        await page.addStyleTag({ content: TEXT_SPACING });
        const spacing = await page.locator('.chart__ticks text').first().evaluate((el) => getComputedStyle(el).letterSpacing);
        expect(parseFloat(spacing)).toBeGreaterThan(0);
        const drawings = await boxesIn(page, '.chart__ticks[text-anchor="middle"] text');
        expect(drawings.length).toBeGreaterThan(0);
        for (const ticks of drawings) {
          expect(ticks.length).toBeGreaterThan(1);
          // Small multiples have a row of years under each panel: compare within a row.
          for (const [i, a] of ticks.entries()) {
            for (const b of ticks.slice(i + 1)) if (overlap(a, b)) throw new Error(`"${a.text}" and "${b.text}" overlap on /${path}`);
          }
        }
      });
    }
  }
});

test.describe('labels on a 390 px phone', () => {
  test.use({ viewport: PHONE, deviceScaleFactor: 2 });

  for (const path of LINE_PAGES) {
    test(`/${path}: each event label sits by its own rule, clear of the other labels and rules`, async ({ page }) => {
      await page.goto(path);
      const marks = await page.evaluate(() =>
        [...document.querySelectorAll<SVGSVGElement>('figure[data-chart] svg[data-kind="line"]')]
          .filter((svg) => svg.getBoundingClientRect().width > 0)
          .flatMap((svg) =>
            [...svg.querySelectorAll('.chart__notes > g')].map((g) => {
              const text = g.querySelector('text')!.getBoundingClientRect();
              const rule = g.querySelector('line')!.getBoundingClientRect();
              return { figure: svg.closest('figure')!.id, label: g.querySelector('text')!.textContent!, text: { left: text.left, right: text.right, top: text.top, bottom: text.bottom }, rule: { left: rule.left - 0.5, right: rule.right + 0.5, top: rule.top, bottom: rule.bottom } };
            }),
          ),
      );
      expect(marks.length).toBeGreaterThan(0);
      for (const mark of marks) {
        // By its own mark: the text starts just right of its rule or ends just left of it, above the rule's top.
        const gap = Math.min(Math.abs(mark.text.left - mark.rule.right), Math.abs(mark.rule.left - mark.text.right));
        expect(gap, `${mark.figure}: "${mark.label}"`).toBeLessThanOrEqual(8);
        expect(mark.text.bottom).toBeLessThanOrEqual(mark.rule.top + 6);
        for (const other of marks) {
          if (other === mark || other.figure !== mark.figure) continue;
          expect(overlap(mark.text, other.text), `"${mark.label}" overlaps "${other.label}"`).toBe(false);
          expect(overlap(mark.text, other.rule), `"${mark.label}" is crossed by the rule of "${other.label}"`).toBe(false);
        }
      }
    });
  }

  test('the band label: no data line passes through it', async ({ page }) => {
    for (const path of ['', 'data/household-consumption-peers/']) {
      await page.goto(path);
      const crossings = await page.evaluate(() => {
        const found: string[] = [];
        for (const svg of document.querySelectorAll<SVGSVGElement>('#chart-household-consumption-peers svg[data-kind]')) {
          if (svg.getBoundingClientRect().width === 0) continue;
          const labels = [...svg.querySelectorAll<SVGTextElement>('.chart__band text, .chart__panel-key text')].filter((t) => /50/.test(t.textContent ?? ''));
          if (labels.length !== 1) found.push(`${labels.length} band labels`);
          for (const label of labels) {
            const box = label.getBBox();
            // A line is a <path>, or on a chart's page a <use> of the path the drawings share, moved onto its plot by its transform.
            for (const line of svg.querySelectorAll<SVGGeometryElement | SVGUseElement>('.chart__line')) {
              const path = line instanceof SVGUseElement ? document.querySelector<SVGPathElement>(line.href.baseVal)! : line;
              const move = line instanceof SVGUseElement ? line.transform.baseVal.consolidate()?.matrix : undefined;
              const length = path.getTotalLength();
              for (let at = 0; at <= length; at += 1) {
                const p = move ? path.getPointAtLength(at).matrixTransform(move) : path.getPointAtLength(at);
                if (p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height) {
                  found.push(`${label.textContent} is crossed at ${p.x.toFixed(0)},${p.y.toFixed(0)}`);
                  break;
                }
              }
            }
          }
        }
        return found;
      });
      expect(crossings, `/${path}`).toEqual([]);
    }
  });

  test('end labels of a line chart never overlap one another', async ({ page }) => {
    await page.goto('data/china-demand-mix/');
    const [labels] = await boxesIn(page, '.chart__labels text');
    expect(labels!.length).toBe(3);
    for (const [i, a] of labels!.entries()) for (const b of labels!.slice(i + 1)) expect(overlap(a, b), `${a.text} / ${b.text}`).toBe(false);
  });

  for (const path of PAGES) {
    test(`/${path}: no label is an economy code`, async ({ page }) => {
      await page.goto(path);
      const texts = await page.locator('figure[data-chart] svg[data-kind]:visible text, figure[data-chart] .chart__legend li').allTextContents();
      expect(texts.length).toBeGreaterThan(0);
      const codes = texts.flatMap((text) => (text.match(/\b[A-Z]{3}\b/g) ?? []).filter((word) => ECONOMY_CODES.has(word)).map((code) => `${code} in "${text}"`));
      expect(codes).toEqual([]);
    });
  }

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('charts of 8–9 series are small multiples, one panel per economy, titled as the legend names it', async ({ page }) => {
      for (const [id, economies] of [
        ['manufacturing-and-exports', ['China', 'Germany', 'Korea', 'United States']],
        ['household-consumption-peers', ['China', 'United States', 'Euro area', 'Germany', 'Japan', 'United Kingdom', 'India', 'Korea', 'World']],
      ] as const) {
        await page.goto(`data/${id}/`);
        const svg = page.locator('figure[data-chart] svg[data-kind]:visible');
        await expect(svg).toHaveCount(1);
        // Without JavaScript the drawing's words are its label image's (no text browser prints them).
        expect(labelImageWords((await svg.locator('image[data-labels]').getAttribute('href')) ?? '', 'chart__panel-titles')).toEqual([...economies]);
        // One economy, one name within the chart: each panel's title opens a legend entry of the
        // same chart ("Korea" for "Korea" or "Korea, exports"; "Euro area" for "Euro area (aggregate)").
        const legend = await page.locator(`#chart-${id} .chart__legend li`).allTextContents();
        for (const economy of economies) expect(legend.filter((entry) => new RegExp(`^${economy}(, | \\(|$)`).test(entry.trim())), `"${economy}" in the legend ${legend.join(' | ')}`).not.toEqual([]);
        // Each panel's title sits above its own plot, inside the drawing.
        const panels = (await svg.getAttribute('data-panels'))!.split(';');
        expect(panels).toHaveLength(economies.length);
      }
    });
  });

  test('with JavaScript, the keyboard cursor marks the year in every panel', async ({ page }) => {
    await page.goto('data/manufacturing-and-exports/');
    const svg = page.locator('figure[data-chart] svg[data-kind]:visible');
    await svg.focus();
    await page.keyboard.press('Home');
    await expect(page.locator('.chart__tip')).toContainText('1970');
    await expect(svg.locator('.chart__cursor line')).toHaveCount(4);
  });
});

test.describe('forced colours (Windows high contrast): every series keeps a look of its own, and focus shows', () => {
  test.use({ forcedColors: 'active' });
  /** The line charts where readers meet them, the story's included, and their embeds. */
  const paths = [...LINE_PAGES, ...LINE_PAGES.filter(Boolean).map((path) => path.replace(/^data\//, 'embed/'))];
  for (const viewport of [PHONE, { width: 1280, height: 900 }]) {
    test(`at ${viewport.width} px each line of a drawing has its own dash pattern, which its legend key shows`, async ({ page }) => {
      await page.setViewportSize(viewport);
      for (const path of paths) {
        await page.goto(path);
        const drawings = await page.evaluate(() =>
          [...document.querySelectorAll<SVGSVGElement>('figure[data-chart] svg[data-kind="line"]')]
            .filter((svg) => svg.getBoundingClientRect().width > 0)
            .map((svg) => {
              const figure = svg.closest('figure')!;
              // A series' lines: one, or one per panel where small multiples repeat it (not the grey comparison copy).
              const lines = [...svg.querySelectorAll<SVGElement>('.chart__line[data-s]:not(.is-ref)')].map((line) => ({ series: line.dataset['s']!, dash: getComputedStyle(line).strokeDasharray }));
              const keys = [...figure.querySelectorAll<HTMLElement>('.chart__legend li[data-s]')].map((li) => ({ series: li.dataset['s']!, name: li.textContent!.trim(), dash: getComputedStyle(li.querySelector('.chart__line')!).strokeDasharray }));
              return { figure: figure.id, lines, keys };
            }),
        );
        expect(drawings.length, `/${path}`).toBeGreaterThan(0);
        for (const { figure, lines, keys } of drawings) {
          expect(keys.length, `${figure} on /${path}`).toBeGreaterThan(1);
          const dashOf = new Map<string, string>();
          for (const line of lines) {
            expect(dashOf.get(line.series) ?? line.dash, `${figure}: series ${line.series} drawn alike in every panel`).toBe(line.dash);
            dashOf.set(line.series, line.dash);
          }
          for (const key of keys) expect(key.dash, `${figure} on /${path}: the legend key of "${key.name}" shows its line's pattern`).toBe(dashOf.get(key.series));
          const alike = keys.filter((key, i) => keys.findIndex((other) => other.dash === key.dash) !== i).map((key) => `"${key.name}" (${key.dash})`);
          expect(alike, `${figure} on /${path} at ${viewport.width} px: series drawn like another`).toEqual([]);
        }
      }
    });
  }

  test('the focused drawing and legend button are outlined in the system highlight colour', async ({ page }) => {
    for (const path of ['', 'data/manufacturing-and-exports/', 'data/consumption-vs-investment-scatter/', 'embed/investment-peers/']) {
      await page.goto(path);
      const highlight = await page.evaluate(() => {
        const probe = document.body.appendChild(document.createElement('span'));
        probe.style.color = 'Highlight';
        const colour = getComputedStyle(probe).color;
        probe.remove();
        return colour;
      });
      const outline = (selector: string) => page.locator(selector).first().evaluate((el) => ({ style: getComputedStyle(el).outlineStyle, width: parseFloat(getComputedStyle(el).outlineWidth), colour: getComputedStyle(el).outlineColor }));
      await page.locator('figure[data-chart] svg[data-kind]:visible').first().focus();
      expect(await outline('figure[data-chart] svg[data-kind]:focus'), `/${path}: the drawing`).toEqual({ style: 'solid', width: 3, colour: highlight });
      // The legend sits above the drawing: Shift+Tab reaches its last button.
      await page.keyboard.press('Shift+Tab');
      await expect(page.locator('.chart__legend button:focus-visible'), `/${path}: a legend button takes the focus`).toHaveCount(1);
      const button = await outline(':focus-visible');
      expect(button.style, `/${path}: the focused legend button`).not.toBe('none');
      expect(button.width, `/${path}: the focused legend button`).toBeGreaterThanOrEqual(1);
    }
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe at phone width, ${colorScheme}`, () => {
    test.use({ viewport: PHONE, colorScheme });
    for (const path of PAGES) {
      test(`/${path} has no violations with the narrow drawings and small multiples`, async ({ page }) => {
        test.setTimeout(120_000);
        await page.goto(path);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}
