/**
 * A line chart's page sends each series' path data once (issue 14, page weight): the wide
 * drawing's <defs> holds it, and every line of both drawings (the narrow plot, each small
 * multiple, China repeated for comparison) is a <use> of it moved onto its own plot. The
 * downloads keep their own paths.
 */
import { describe, expect, it } from 'vitest';
import { lineChart } from '../../src/lib/charts/line';
import { transformBetween } from '../../src/lib/charts/svg';
import { buildChart, type ChartSpec } from '../../src/lib/charts/registry';
import { loadWdi } from '../../src/lib/data/wdi';
import { dataPhrase, lineChartIds, specOf } from './fixtures';

const data = await loadWdi();
const lineIds = lineChartIds;

/** The vertices of compact path data (relative "m" and implicit relative line-tos, src/lib/charts/svg.ts). */
function vertices(d: string): [number, number][] {
  const numbers = (d.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
  const points: [number, number][] = [];
  let [x, y] = [0, 0];
  for (let i = 0; i + 1 < numbers.length; i += 2) {
    [x, y] = [x + numbers[i]!, y + numbers[i + 1]!];
    points.push([x, y]);
  }
  return points;
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

function apply(transform: string | undefined, [x, y]: [number, number]): [number, number] {
  if (!transform) return [x, y];
  const [a = 1, , , d = 1, e = 0, f = 0] = (/matrix\(([^)]*)\)/.exec(transform)?.[1] ?? '').split(' ').map(Number);
  return [a * x + e, d * y + f];
}

describe('transformBetween', () => {
  const years: [number, number] = [2000, 2020];
  it('moves a point of one plot to the same year and value in another, and is nothing between equal plots', () => {
    const wide = { box: { left: 34, right: 634, top: 20, bottom: 374 }, x: years, y: [0, 60] as [number, number] };
    const panel = { box: { left: 200, right: 300, top: 500, bottom: 564 }, x: years, y: [-20, 80] as [number, number] };
    // 2010 at 30: the middle of the wide plot's years, half its value range up.
    const at = apply(transformBetween(wide, panel), [334, 197]);
    expect(at[0]).toBeCloseTo(250, 1);
    expect(at[1]).toBeCloseTo(564 - 0.5 * 64, 1);
    expect(transformBetween(wide, wide)).toBeUndefined();
  });
});

describe.each(lineIds)('%s on its page: each line\'s path data sent once', (id) => {
  const built = buildChart(id, specOf(id), data, dataPhrase);
  const [wideMarkup = '', narrowMarkup = ''] = built.together;
  const chart = lineChart.resolve(id, specOf(id) as Extract<ChartSpec, { type: 'line' }>, data);
  const wide = lineChart.geometry(chart, 'wide');
  const narrow = lineChart.geometry(chart, 'narrow');
  const shared = new Map([...wideMarkup.matchAll(/<path id="([^"]+)"[^>]*>/g)].map(([tag, pathId]) => [pathId!, tag]));

  it('the wide drawing\'s <defs> holds one path per series, its own line, which keeps its stroke in any plot', () => {
    expect(shared.size).toBe(chart.series.length);
    expect([...shared.values()].map((tag) => attr(tag, 'd'))).toEqual(wide.paths.map((p) => p.d));
    for (const tag of shared.values()) expect(attr(tag, 'vector-effect')).toBe('non-scaling-stroke');
    // Every other path of both drawings is an end label's leader or a plot's grid, never a series.
    const otherPaths = [...`${wideMarkup}${narrowMarkup}`.matchAll(/<path\b[^>]*>/g)].map(([tag]) => tag).filter((tag) => !attr(tag, 'id'));
    expect(otherPaths.filter((tag) => !['chart__leader', 'chart__grid'].includes(attr(tag, 'class') ?? ''))).toEqual([]);
  });

  it('every line of the narrow drawing is a <use> landing where its own path would be drawn', () => {
    const uses = [...narrowMarkup.matchAll(/<use\b[^>]*>/g)].map(([tag]) => tag);
    expect(uses).toHaveLength(narrow.paths.length);
    narrow.paths.forEach((p, i) => {
      const use = uses[i]!;
      const source = shared.get(attr(use, 'href')!.slice(1));
      expect(source, `line ${i} of the narrow drawing uses a shared path`).toBeDefined();
      const moved = vertices(attr(source!, 'd')!).map((point) => apply(attr(use, 'transform'), point));
      const own = vertices(p.d);
      expect(moved).toHaveLength(own.length);
      moved.forEach(([x, y], k) => {
        expect(Math.abs(x - own[k]![0]), `x of vertex ${k}, line ${i}`).toBeLessThan(0.15);
        expect(Math.abs(y - own[k]![1]), `y of vertex ${k}, line ${i}`).toBeLessThan(0.15);
      });
      expect(attr(use, 'class')).toContain(p.reference ? 'is-ref' : `c${p.colour}`);
    });
  });

  it('the downloads and the story draw their own paths', () => {
    for (const markup of built.drawings.map((d) => d.markup)) {
      expect(markup).not.toContain('<use');
      expect(markup).not.toContain('<defs');
    }
  });
});
