/**
 * Nothing a reader is looking at moves once it is painted: scripted controls (theme and search
 * buttons, chart legends and hints, the search form) are laid out before first paint.
 */
import { expect, test } from '@playwright/test';

const PAGES = ['', 'about/', 'data/china-demand-mix/', 'data/consumption-vs-investment-scatter/', 'embed/consumption-vs-investment-scatter/', 'search/', 'search/?q=tariffs'];

for (const path of PAGES) {
  test(`/${path} loads without layout shift on a phone-sized screen`, async ({ page }) => {
    await page.setViewportSize({ width: 412, height: 823 });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const shifts = await page.evaluate(
      () =>
        new Promise<{ value: number; sources: string[] }[]>((resolve) => {
          const found: { value: number; sources: string[] }[] = [];
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
              if (entry.hadRecentInput) continue;
              found.push({
                value: entry.value,
                sources: (entry.sources ?? []).map((source) => (source.node instanceof Element ? `${source.node.tagName}.${source.node.className}` : String(source.node?.nodeName))),
              });
            }
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(found), 500);
        }),
    );
    expect(shifts).toEqual([]);
  });
}
