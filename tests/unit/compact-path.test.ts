import { readdirSync, readFileSync } from 'node:fs';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lineChart } from '../../src/lib/charts/line';
import { seriesPath } from '../../src/lib/charts/line/geometry';
import type { SeriesPoint } from '../../src/lib/charts/line/resolve';
import { mapChart } from '../../src/lib/charts/map';
import { chartSpecSchema } from '../../src/lib/charts/registry';
import { diamond } from '../../src/lib/charts/scatter/render';
import { CompactPath, polyline } from '../../src/lib/charts/svg';
import { loadWdi } from '../../src/lib/data/wdi';
import { subpaths } from './path-data';

const data = await loadWdi();
const ids = readdirSync('content/charts').filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));
const spec = (id: string) => chartSpecSchema.parse(parse(readFileSync(`content/charts/${id}.yaml`, 'utf8')));
const ofType = (type: string) => ids.filter((id) => spec(id).type === type);

const round9 = (value: number) => Math.round(value * 1e9) / 1e9;

/** The runs of consecutive years with a value: a line's subpaths. */
const runs = (points: SeriesPoint[]) =>
  points.reduce<SeriesPoint[][]>((all, point, i) => {
    if (point.value === undefined) return all;
    if (i === 0 || points[i - 1]!.value === undefined) all.push([]);
    all.at(-1)!.push(point);
    return all;
  }, []);

/** Every vertex where its point is, to the 0.05 that rounding to one decimal allows, in order, none added or dropped. */
function expectVertices(d: string, expected: [number, number][][], tolerance: number) {
  const drawn = subpaths(d).map((s) => s.points);
  expect(drawn.map((s) => s.length)).toEqual(expected.map((s) => s.length));
  drawn.forEach((s, i) =>
    s.forEach(([x, y], j) => {
      const [ex, ey] = expected[i]![j]!;
      expect(Math.abs(x - ex), `x of vertex ${j} of subpath ${i}`).toBeLessThanOrEqual(tolerance);
      expect(Math.abs(y - ey), `y of vertex ${j} of subpath ${i}`).toBeLessThanOrEqual(tolerance);
    }),
  );
}

describe('compact path data', () => {
  it('is relative steps between rounded points, with no separator a number does not need', () => {
    const path = new CompactPath(1);
    [
      [34, 161],
      [36.6, 100.5],
      [39.3, 78],
      [39.8, 78.5],
      [40.3, 79],
    ].forEach(([x, y], i) => (i ? path.lineTo(x!, y!) : path.moveTo(x!, y!)));
    expect(path.toString()).toBe('m34,161 2.6-60.5 2.7-22.5.5.5.5.5');
    // Read back (summing in floating point, as a renderer does), to the nearest 1e-9.
    expect(subpaths(path.toString())[0]!.points.map(([x, y]) => [round9(x), round9(y)])).toEqual([
      [34, 161],
      [36.6, 100.5],
      [39.3, 78],
      [39.8, 78.5],
      [40.3, 79],
    ]);
  });
  it('starts each subpath with a move, and gives a line-to after a closepath its letter', () => {
    const path = new CompactPath(0);
    path.moveTo(10, 10);
    path.lineTo(12, 10);
    path.closePath();
    path.lineTo(10, 13);
    path.moveTo(20, 20);
    path.lineTo(21, 19);
    expect(path.toString()).toBe('m10,10 2,0zl0,3m10,7 1-1');
    expect(subpaths(path.toString())).toEqual([
      { points: [[10, 10], [12, 10]], closed: true },
      { points: [[10, 10], [10, 13]], closed: false },
      { points: [[20, 20], [21, 19]], closed: false },
    ]);
  });
  it('counts steps in whole tenths, so a long line of small steps does not drift', () => {
    const xs = Array.from({ length: 200 }, (_, i) => 10 + i * 1.37);
    const d = polyline(xs.map((x) => [x, x / 3]));
    subpaths(d)[0]!.points.forEach(([x, y], i) => {
      expect(Math.abs(x - Math.round(xs[i]! * 10) / 10)).toBeLessThan(1e-9);
      expect(Math.abs(y - Math.round((xs[i]! / 3) * 10) / 10)).toBeLessThan(1e-9);
    });
  });
  it('a missing year is a gap: a second subpath, each year with a value a vertex, none interpolated', () => {
    const points = [2000, 2001, 2002, 2003, 2004].map((year) => ({ year, value: year === 2002 ? undefined : 10 + year - 2000 }));
    const d = seriesPath(points, (year) => (year - 2000) * 10, (value) => value);
    expect(d).toBe('m0,10 10,1m20,2 10,1');
    expect(subpaths(d)).toEqual([
      { points: [[0, 10], [10, 11]], closed: false },
      { points: [[30, 13], [40, 14]], closed: false },
    ]);
  });
  it('a value alone between gaps stays: a closed one-point subpath, which the round cap draws as a dot', () => {
    const points = [2000, 2001, 2002].map((year) => ({ year, value: year === 2001 ? 5 : undefined }));
    expect(subpaths(seriesPath(points, (year) => year - 2000, (value) => value))).toEqual([{ points: [[1, 5]], closed: true }]);
  });
  it("scatter marks and leaders are the points they were drawn from", () => {
    expect(subpaths(diamond(128.4, 222.6, 6))).toEqual([{ points: [[128.4, 216.6], [134.4, 222.6], [128.4, 228.6], [122.4, 222.6]], closed: true }]);
    expect(subpaths(polyline([[202, 204.3], [203, 208], [208, 208]]))[0]!.points).toEqual([[202, 204.3], [203, 208], [208, 208]]);
  });

  for (const id of ofType('line')) {
    it(`${id}: each line, on both drawings and in every panel, passes through each of its data points`, () => {
      const chart = lineChart.resolve(id, spec(id) as never, data);
      for (const variant of lineChart.variants) {
        const g = lineChart.geometry(chart, variant);
        const [, , from, to] = g.xMap;
        const [, , min, max] = g.yMap;
        const at = (plot: { left: number; right: number; top: number; bottom: number }) => (p: SeriesPoint) =>
          [plot.left + ((p.year - from) / (to - from)) * (plot.right - plot.left), plot.bottom - ((p.value! - min) / (max - min)) * (plot.bottom - plot.top)] as [number, number];
        // Each path with the plot it is drawn in: a panel's faint focus line comes before the panel's own lines.
        const drawn = g.panels
          ? g.panels.flatMap((panel, i) => [
              ...(i > 0 ? g.paths.filter((p) => p.reference).slice(i - 1, i) : []).map((p) => ({ path: p, plot: panel.plot })),
              ...g.paths.filter((p) => !p.reference && panel.series.includes(p.series)).map((p) => ({ path: p, plot: panel.plot })),
            ])
          : g.paths.map((p) => ({ path: p, plot: g.plot }));
        expect(drawn).toHaveLength(g.paths.length);
        for (const { path, plot } of drawn) {
          const series = chart.series[path.series]!;
          expectVertices(path.d, runs(series.points).map((run) => run.map(at(plot))), 0.05 + 1e-9);
        }
      }
    });
  }

  for (const id of ofType('map')) {
    it(`${id}: each shape is d3-geo's outline on the map's grid, nothing added, only repeats and specks left out`, () => {
      const chart = mapChart.resolve(id, spec(id) as never, data);
      const g = mapChart.geometry(chart, 'wide');
      const collection = feature(chart.topology, chart.topology.objects.countries);
      const projection = geoEqualEarth().fitExtent([[2, 2], [g.width - 2, g.height - 2]], collection);
      const exact = geoPath(projection);
      expect(g.shapes).toHaveLength(collection.features.length);
      const near = (a: [number, number], b: [number, number]) => Math.abs(a[0] - b[0]) <= 1 + 1e-9 && Math.abs(a[1] - b[1]) <= 1 + 1e-9;
      const area = (points: [number, number][]) => Math.abs(points.reduce((sum, [x, y], i) => sum + x * points[(i + 1) % points.length]![1] - points[(i + 1) % points.length]![0] * y, 0)) / 2;
      // The shapes with a value, matched to their topology shape by row (the drawing orders them by step).
      const valued = g.shapes.filter((shape) => shape.row !== undefined);
      expect(valued.length).toBeGreaterThan(140);
      for (const shape of valued) {
        const outline = subpaths(exact(collection.features[chart.shapeRows.indexOf(shape.row)]!) ?? '').map((ring) => ring.points);
        const drawn = subpaths(shape.d);
        expect(drawn.every((ring) => ring.closed)).toBe(true);
        const vertices = drawn.flatMap((ring) => ring.points);
        expect(vertices.length).toBeLessThanOrEqual(outline.flat().length);
        // Every vertex drawn is one of d3-geo's, within the unit the even grid allows.
        expect(vertices.filter((v) => !outline.flat().some((o) => near(v, o)))).toEqual([]);
        // And every vertex of a ring with some area has one drawn near it: only specks go.
        expect(outline.filter((ring) => area(ring) >= 4).flat().filter((o) => !vertices.some((v) => near(v, o)))).toEqual([]);
      }
    });
  }
});
