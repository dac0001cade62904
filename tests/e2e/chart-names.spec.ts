/**
 * Charts in a screen reader's view (issue 15). In the story, a chart's heading sits one level
 * below the section it is in, so the story's paragraphs stay in their own sections in the
 * headings list; on a chart's own page and its embed page the title is the page's h1. Each
 * chart's title and its summary sentence are announced once, with the data table open (on the
 * chart's page; the story and the embed link to it there) and the drawing reached from the
 * keyboard, while the drawing and the table keep names of their own; the keyboard hint is
 * announced once, as the drawing's description.
 * Axe reports nothing, in light or dark.
 */
import { expect, type Page, test } from '@playwright/test';
import { parse } from 'yaml';
import { axeViolations, chartTitles, LINE_AND_SCATTER_IDS, MAP_IDS, pagePhrase, readContent, storyChartIds } from './helpers';

const STORY_CHARTS = storyChartIds('pages/home.mdx');
const ALL_CHARTS = [...LINE_AND_SCATTER_IDS, ...MAP_IDS];

/** How many times `text` occurs in what a screen reader is given. */
const occurrences = (heard: string[], text: string) => heard.reduce((count, said) => count + said.split(text).length - 1, 0);

/**
 * What a screen reader is given for a chart: every role, name and text of Playwright's aria
 * snapshot of the figure, and every accessible description Chromium computes inside it (the
 * snapshot leaves descriptions out; a screen reader reads them on focus).
 */
async function heardIn(page: Page, id: string): Promise<string[]> {
  const heard: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') heard.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        heard.push(key);
        collect(inner);
      }
    }
  };
  collect(parse(await page.locator(`#chart-${id}`).ariaSnapshot()));

  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: `#chart-${id}` });
  const { node } = await cdp.send('DOM.describeNode', { nodeId });
  // Chromium fills in a rendered chart's accessibility subtree (.chart has content-visibility: auto).
  const tree = async () => (await cdp.send('Accessibility.getFullAXTree')).nodes;
  await expect.poll(async () => (await tree()).find((ax) => ax.backendDOMNodeId === node.backendNodeId)?.childIds?.length ?? 0).toBeGreaterThan(0);
  const nodes = await tree();
  const byId = new Map(nodes.map((ax) => [ax.nodeId, ax]));
  const walk = (ax: (typeof nodes)[number] | undefined): void => {
    if (!ax) return;
    const description = ax.description?.value;
    if (!ax.ignored && typeof description === 'string' && description) heard.push(description);
    for (const child of ax.childIds ?? []) walk(byId.get(child));
  };
  walk(nodes.find((ax) => ax.backendDOMNodeId === node.backendNodeId));
  await cdp.detach();
  return heard;
}

/**
 * Opens a chart's data (on its own page the table in the figure; in the story and the embed, where
 * a link leads to that table, it is checked there afterwards), reaches its drawing from the
 * keyboard, and checks what a screen reader is given.
 */
async function expectEachNamedOnce(page: Page, id: string, table: 'here' | 'linked') {
  const { title, short } = chartTitles(id);
  const figure = page.locator(`#chart-${id}`);
  await figure.scrollIntoViewIfNeeded();
  const showData =
    table === 'here' ? figure.locator('summary', { hasText: 'Show the data' }) : figure.getByRole('link', { name: 'Show the data in a table' });
  if (table === 'here') {
    await showData.click();
    await expect(figure.getByRole('table')).toBeVisible();
  } else {
    await expect(figure.getByRole('table')).toHaveCount(0);
    await expect(showData).toHaveAttribute('href', new RegExp(`/data/${id}/#chart-${id}-data$`));
  }
  // Shift+Tab from "Show the data" lands on the drawing, as a keyboard user reaches it.
  await showData.focus();
  await page.keyboard.press('Shift+Tab');
  const drawing = figure.locator('svg[role="img"]:visible');
  await expect(drawing).toBeFocused();
  await expect(figure.locator('[data-live]'), `${id}: focusing the drawing announces a value`).not.toBeEmpty();

  const summary = (await figure.locator('.chart__summary').innerText()).trim();
  expect(summary.length, `${id}: the summary sentence`).toBeGreaterThan(20);
  const heard = await heardIn(page, id);
  expect(occurrences(heard, title), `${id}: how many times the title "${title}" is given, in:\n${heard.join('\n')}`).toBe(1);
  expect(occurrences(heard, summary), `${id}: how many times the summary is given, in:\n${heard.join('\n')}`).toBe(1);
  // The keyboard hint too: it is the drawing's description, where the keys work, and nowhere else.
  const hint = (await figure.locator('.chart__hint').textContent())?.trim() ?? '';
  // Its words are content/pages/data.yaml's, for the chart's kind.
  const lineChart = /^type: line$/m.test(readContent(`charts/${id}.yaml`));
  expect(hint.startsWith(pagePhrase('data', lineChart ? 'keys_hint_years' : 'keys_hint_economies')), `${id}: the keyboard hint "${hint}"`).toBe(true);
  expect(hint.endsWith(pagePhrase('data', 'keys_hint_legend')), `${id}: the keyboard hint "${hint}"`).toBe(true);
  expect(occurrences(heard, hint), `${id}: how many times the keyboard hint is given, in:\n${heard.join('\n')}`).toBe(1);

  // Every part keeps a name: the heading the title, the drawing and the table the short title.
  await expect(figure.getByRole('heading', { name: title, exact: true })).toHaveCount(1);
  await expect(drawing).toHaveAccessibleName(short);
  await expect(drawing).toHaveAccessibleDescription(/arrow keys/);
  const tableName = new RegExp(`^Data: ${short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(`);
  if (table === 'here') {
    await expect(figure.getByRole('table')).toHaveAccessibleName(tableName);
    return;
  }
  // The link lands on the table's disclosure on the chart's page, which opens the named table.
  await showData.click();
  await expect(page).toHaveURL(new RegExp(`/data/${id}/#chart-${id}-data$`));
  const landed = page.locator(`#chart-${id}-data`);
  await expect(landed).toBeInViewport();
  await landed.locator('summary', { hasText: 'Show the data' }).click();
  await expect(landed.getByRole('table')).toHaveAccessibleName(tableName);
}

test('the story places charts, and each chart has a short title that differs from its title', () => {
  expect(STORY_CHARTS.length).toBeGreaterThan(0);
  for (const id of ALL_CHARTS) {
    const { title, short } = chartTitles(id);
    expect(short, id).not.toBe(title);
  }
});

test("in the home page's headings, each chart sits one level below its section and no paragraph of the story falls under a chart", async ({ page }) => {
  await page.goto('');
  const outline = await page.locator('main article').evaluate((article) =>
    [...article.querySelectorAll('h1, h2, h3, h4, h5, h6, p')].map((element) => ({
      level: /^H([1-6])$/.exec(element.tagName) ? Number(element.tagName[1]) : undefined,
      chart: element.closest('figure[data-chart]') !== null,
      text: (element.textContent ?? '').trim().slice(0, 80),
    })),
  );
  const headings = outline.flatMap((item, index) => (item.level === undefined ? [] : [{ ...item, level: item.level, index }]));
  const storyHeadingBefore = (index: number) => headings.filter((heading) => heading.index < index && !heading.chart).at(-1);

  const chartHeadings = headings.filter((heading) => heading.chart);
  expect(chartHeadings.map((heading) => heading.text)).toEqual(STORY_CHARTS.map((id) => chartTitles(id).title));
  for (const heading of chartHeadings) {
    const section = storyHeadingBefore(heading.index);
    expect(heading.level, `"${heading.text}" under "${section?.text}"`).toBe((section?.level ?? 0) + 1);
    // A screen reader's headings list gives the same level.
    await expect(page.getByRole('heading', { level: heading.level, name: heading.text, exact: true })).toHaveCount(1);
  }

  // A paragraph belongs, in the outline, to the nearest heading above it at its story heading's
  // level or higher: that must be the story's own heading, never a chart's title.
  let afterCharts = 0;
  outline.forEach((item, index) => {
    if (item.level !== undefined || item.chart) return;
    const story = storyHeadingBefore(index);
    if (!story) return; // the opening, under the page's h1
    const outlineParent = headings.filter((heading) => heading.index < index && heading.level <= story.level).at(-1);
    expect(outlineParent?.text, `the paragraph "${item.text}"`).toBe(story.text);
    if (headings.some((heading) => heading.chart && heading.index > story.index && heading.index < index)) afterCharts += 1;
  });
  // The story does have paragraphs after its charts, so the check above met them.
  expect(afterCharts).toBeGreaterThanOrEqual(STORY_CHARTS.length);
});

test.describe('each chart title and summary is given once, with the data open and the drawing focused from the keyboard', () => {
  test('on the home page', async ({ page }) => {
    for (const id of STORY_CHARTS) {
      await page.goto('');
      await expectEachNamedOnce(page, id, 'linked');
    }
  });
  for (const id of ALL_CHARTS) {
    test(`on /data/${id}/, where the title is the page's h1`, async ({ page }) => {
      await page.goto(`data/${id}/`);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.getByRole('heading', { level: 1, name: chartTitles(id).title, exact: true })).toHaveCount(1);
      await expectEachNamedOnce(page, id, 'here');
    });
    test(`on /embed/${id}/, the chart alone`, async ({ page }) => {
      await page.goto(`embed/${id}/`);
      await expect(page.getByRole('heading', { level: 1, name: chartTitles(id).title, exact: true })).toHaveCount(1);
      await expectEachNamedOnce(page, id, 'linked');
    });
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the home page, every chart rendered and one focused, has no axe violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('');
    for (const id of STORY_CHARTS) {
      const figure = page.locator(`#chart-${id}`);
      await figure.scrollIntoViewIfNeeded();
      // The story links each chart's data to its table on the chart's page (axed there, in charts.spec.ts).
      await expect(figure.getByRole('link', { name: 'Show the data in a table' })).toBeVisible();
    }
    await page.locator(`#chart-${STORY_CHARTS[0]} svg[role="img"]:visible`).focus();
    await expect(page.locator('.chart__tip:visible')).toHaveCount(1);
    expect(await axeViolations(page)).toEqual([]);
  });
}
