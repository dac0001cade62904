/**
 * A scatter's page sends its points' positions once (issue 14, page weight): the wide drawing's
 * <defs> holds one path per kind of point, both drawings <use> it moved onto their own plot, and
 * each vertex is drawn by the drawing's own marker, unscaled against that move so circles stay
 * round. The downloads and the story draw the same points from paths of their own.
 */
import { describe, expect, it } from 'vitest';
import { scatterChart } from '../../src/lib/charts/scatter';
import { buildChart, type ChartSpec } from '../../src/lib/charts/registry';
import type { ScatterGeometry } from '../../src/lib/charts/scatter/geometry';
import { loadWdi } from '../../src/lib/data/wdi';
import { dataPhrase, scatterChartIds, specOf } from './fixtures';
import { subpaths } from './path-data';

const data = await loadWdi();

const tags = (markup: string, name: string) => [...markup.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'g'))].map(([tag]) => tag);
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const idOf = (url: string | undefined) => /^url\(#(.+)\)$/.exec(url ?? '')?.[1];

/** [sx, sy, tx, ty] of a matrix(a 0 0 d e f) or scale(a d) transform; the identity when there is none. */
function affine(transform: string | undefined): [number, number, number, number] {
  const matrix = /matrix\(([^)]*)\)/.exec(transform ?? '');
  if (matrix) {
    const [a = 1, , , d = 1, e = 0, f = 0] = matrix[1]!.split(' ').map(Number);
    return [a, d, e, f];
  }
  const [a = 1, d = a] = (/scale\(([^)]*)\)/.exec(transform ?? '')?.[1] ?? '').split(' ').filter(Boolean).map(Number);
  return [a, d, 0, 0];
}

/** The legend entry (data-s) a point belongs to, as its role says. */
const legendOf = (p: ScatterGeometry['points'][number]) => (p.aggregate ? 'a' : p.focus ? 'f' : p.highlighted ? 'p' : 'e');

/** Where a drawing draws its points: each path or <use>'s vertices (its bare last one left out), moved, with its data-s and its marker. */
function drawnPoints(markup: string, shared: Map<string, string>) {
  const group = /<g class="chart__points"[^>]*>/.exec(markup)?.[0] ?? '';
  const [sx, sy, tx, ty] = affine(attr(group, 'transform'));
  return [...tags(markup, 'use'), ...tags(markup, 'path').filter((tag) => attr(tag, 'marker-mid'))].flatMap((tag) => {
    const d = attr(tag, 'd') ?? shared.get(attr(tag, 'href')?.slice(1) ?? '');
    const vertices = subpaths(d ?? '').flatMap((s) => s.points);
    expect(vertices.length).toBeGreaterThanOrEqual(2);
    expect(vertices.at(-1), 'the last vertex repeats the one before it, and no marker draws it').toEqual(vertices.at(-2));
    expect(attr(tag, 'marker-end')).toBeUndefined();
    expect(attr(tag, 'marker-start')).toBe(attr(tag, 'marker-mid'));
    return vertices.slice(0, -1).map(([x, y]) => ({ x: sx * x + tx, y: sy * y + ty, legend: attr(tag, 'data-s'), marker: idOf(attr(tag, 'marker-mid')) }));
  });
}

/** Every point of the geometry is drawn once (the nearest of its entry's drawn points), within `tolerance` of where its layout puts it, in its own legend entry. */
function expectEveryPoint(drawn: ReturnType<typeof drawnPoints>, g: ScatterGeometry, tolerance: number) {
  expect(drawn).toHaveLength(g.points.length);
  const left = [...drawn];
  for (const p of g.points) {
    // The nearest drawn point of its legend entry: two points may lie within the tolerance of each other.
    const away = (q: (typeof left)[number]) => (q.legend === legendOf(p) ? Math.max(Math.abs(q.x - p.cx), Math.abs(q.y - p.cy)) : Infinity);
    const index = left.reduce((best, q, k) => (away(q) < away(left[best]!) ? k : best), 0);
    expect(away(left[index]!), `point of row ${p.row} (${p.cx}, ${p.cy}) in the ${g.variant} drawing`).toBeLessThanOrEqual(tolerance);
    left.splice(index, 1);
  }
}

describe.each(scatterChartIds)('%s on its page: the points\' positions sent once', (id) => {
  const built = buildChart(id, specOf(id), data, dataPhrase);
  const chart = scatterChart.resolve(id, specOf(id) as Extract<ChartSpec, { type: 'scatter' }>, data);
  const geometries = scatterChart.variants.map((variant) => scatterChart.geometry(chart, variant));
  const [wideMarkup = ''] = built.together;
  const shared = new Map(tags(wideMarkup, 'path').flatMap((tag) => (attr(tag, 'id') ? [[attr(tag, 'id')!, attr(tag, 'd') ?? ''] as [string, string]] : [])));

  it('the wide drawing\'s <defs> holds one unfilled path per kind of point; no other drawing carries positions', () => {
    expect(shared.size).toBeGreaterThanOrEqual(3);
    expect(shared.size).toBeLessThanOrEqual(5);
    for (const tag of tags(wideMarkup, 'path').filter((t) => attr(t, 'id'))) expect(attr(tag, 'fill')).toBe('none');
    for (const markup of built.together.slice(1)) expect(tags(markup, 'path').filter((tag) => attr(tag, 'id') || attr(tag, 'marker-mid'))).toEqual([]);
  });

  it.each(scatterChart.variants.map((variant, i) => [variant, i] as const))('every point of the %s drawing is a vertex of a shared path landing where its own layout puts it', (_variant, i) => {
    const markup = built.together[i]!;
    // Whole units, at most half a unit off, moved by a scale under 1 onto a layout of tenths.
    expectEveryPoint(drawnPoints(markup, shared), geometries[i]!, 0.6);
  });

  it.each(scatterChart.variants.map((variant, i) => [variant, i] as const))('the %s drawing\'s markers are its own and keep their shapes round under its move', (_variant, i) => {
    const markup = built.together[i]!;
    const group = /<g class="chart__points"[^>]*>/.exec(markup)?.[0] ?? '';
    const [sx, sy] = affine(attr(group, 'transform'));
    const markers = new Map(tags(markup, 'marker').map((tag) => [attr(tag, 'id')!, tag]));
    for (const point of drawnPoints(markup, shared)) expect(markers.has(point.marker ?? ''), `marker ${point.marker} in this drawing`).toBe(true);
    const shapes = [...markup.matchAll(/<marker\b[^>]*>(<[^>]*>)<\/marker>/g)].map(([, shape]) => shape!);
    expect(shapes.length).toBe(markers.size);
    for (const shape of shapes) {
      const [ux, uy] = affine(attr(shape, 'transform'));
      expect(Math.abs(sx * ux), shape).toBeCloseTo(1, 3);
      expect(Math.abs(sy * uy), shape).toBeCloseTo(1, 3);
    }
  });

  it('the downloads and the story draw the same points from paths of their own', () => {
    built.drawings.forEach((drawing, i) => {
      expect(drawing.markup).not.toContain('<use');
      expectEveryPoint(drawnPoints(drawing.markup, new Map()), geometries[i]!, 0.6);
    });
  });
});
