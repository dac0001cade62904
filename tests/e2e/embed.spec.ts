/**
 * Embeds in other sites' pages (issue 14: "no scrollbar at 320–1200 px wide"): every chart's
 * /embed/<id>/ page, framed in an <iframe> of the size its chart page's snippet suggests (the
 * height; the width of a narrow phone column up to a wide article), never scrolls, shows its whole
 * drawing, and keeps chart text readable. Small multiples, the tall narrow drawing of a chart with
 * many series, get a taller snippet (src/lib/charts/embed.ts).
 */
import { expect, test } from '@playwright/test';
import { embedSnippetHeight, LINE_AND_SCATTER_IDS, MAP_IDS, startFrameHost } from './helpers';

const WIDTHS = [320, 390, 768, 1200];

let host: Awaited<ReturnType<typeof startFrameHost>>;
// Another site (another port on 127.0.0.1) frames the embed, as the snippet does.
test.beforeAll(async ({ baseURL }) => {
  host = await startFrameHost(baseURL!);
});
test.afterAll(() => host.close());

for (const id of [...LINE_AND_SCATTER_IDS, ...MAP_IDS]) {
  test(`/embed/${id}/ in a frame of the snippet's height, ${WIDTHS.join(', ')} px wide: no scrollbar, the whole drawing, readable text`, async ({ page }) => {
    const height = embedSnippetHeight(id);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width: width + 40, height: height + 40 });
      await page.goto(`${host.origin}/${encodeURIComponent(`embed/${id}/`)}?width=${width}&height=${height}`);
      const frame = page.frameLocator('iframe');
      await expect(frame.locator('figure[data-chart] svg[data-kind]:visible')).toHaveCount(1);
      const seen = await frame.locator('html').evaluate((html) => {
        const svg = [...html.querySelectorAll<SVGSVGElement>('svg[data-kind]')].find((s) => s.getBoundingClientRect().width > 0)!;
        const box = svg.getBoundingClientRect();
        const view = svg.viewBox.baseVal;
        // The viewBox is fitted into the box, centred: the drawing's own rectangle.
        const scale = Math.min(box.width / view.width, box.height / view.height);
        const drawn = { left: box.left + (box.width - view.width * scale) / 2, top: box.top + (box.height - view.height * scale) / 2 };
        const tick = svg.querySelector('.chart__ticks text');
        return {
          scrollsDown: html.scrollHeight > html.clientHeight,
          scrollsSideways: html.scrollWidth > html.clientWidth,
          clipped: drawn.left < -0.5 || drawn.top < -0.5 || drawn.left + view.width * scale > html.clientWidth + 0.5 || drawn.top + view.height * scale > html.clientHeight + 0.5,
          kind: svg.dataset['kind'],
          variant: svg.getAttribute('class'),
          tickPx: tick ? parseFloat(getComputedStyle(tick).fontSize) * scale : undefined,
        };
      });
      const where = `${id} in a ${width}×${height} frame (${seen.variant})`;
      expect(seen.scrollsDown, `${where} scrolls down`).toBe(false);
      expect(seen.scrollsSideways, `${where} scrolls sideways`).toBe(false);
      expect(seen.clipped, `${where}: the drawing is cut off`).toBe(false);
      // Axis text at 12 px or more (13 units at the narrow drawing's full width in a 320 px frame is 12.35 px).
      if (seen.kind !== 'map') expect(seen.tickPx, `${where}: axis text in px`).toBeGreaterThanOrEqual(12);
    }
  });
}
