/** Map geometry computed at build time with d3-geo (Equal Earth projection): no DOM. */
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { type Drawing, round, type Variant } from '../chart';
import { CompactPath } from '../svg';
import type { ResolvedMapChart } from './resolve';

export interface MapGeometry extends Drawing {
  kind: 'map';
  /** One per shape, in drawing order: its path (compact, on the even grid), its table row and step, or none (no data). */
  shapes: { d: string; row: number | undefined; step: number | undefined; focus: boolean }[];
  labels: { text: string; x: number; y: number }[];
}

/** One drawing serves every width: a map carries almost no text, and the legend is HTML. */
const SIZE = { width: 720, height: 350, font: 13 };

type Point = [number, number];

/**
 * The rings d3-geo draws for a shape (a path context), each vertex rounded to a grid of `unit`
 * units and a vertex that rounds onto the one before it left out: at this size it adds nothing but bytes.
 */
class Rings {
  readonly list: Point[][] = [];
  constructor(private readonly unit: number) {}
  beginPath(): void {}
  moveTo(x: number, y: number): void {
    this.list.push([]);
    this.lineTo(x, y);
  }
  lineTo(x: number, y: number): void {
    const ring = this.list.at(-1)!;
    const point: Point = [this.unit * Math.round(x / this.unit), this.unit * Math.round(y / this.unit)];
    const last = ring.at(-1);
    if (!last || last[0] !== point[0] || last[1] !== point[1]) ring.push(point);
  }
  closePath(): void {
    const ring = this.list.at(-1)!;
    // The closepath draws the last side: a last vertex on the first is a repeat.
    const [first, last] = [ring[0]!, ring.at(-1)!];
    if (ring.length > 1 && first[0] === last[0] && first[1] === last[1]) ring.pop();
  }
  arc(): void {
    throw new Error('a map shape has straight sides only');
  }
}

/**
 * The grid of the map's vertices: even units. Half the values a step can take, so gzip packs
 * the outlines about a sixth tighter (0.55 kB on a map page) than whole units, and a vertex is
 * still within a unit of its place; a shape under two units across (Luxembourg) is drawn in whole units.
 */
const GRID = 2;

/**
 * A shape's rings without its specks: a ring smaller than the grid (fewer than three vertices once
 * rounded, an islet) is left out, unless it is all the shape has: then its first ring stays, so
 * every economy keeps its place for the keyboard and the pointer.
 */
export function withoutSpecks(rings: readonly Point[][]): Point[][] {
  const kept = rings.filter((ring) => ring.length >= 3);
  return kept.length > 0 ? kept : rings.slice(0, 1);
}

/**
 * The shapes' outlines as compact path data, in drawing order. A border two shapes share is
 * written twice, once in each direction as each walks round its own outline: a ring is turned round
 * where that makes it follow more of the borders already written the way they were written, so
 * gzip finds the repeat (about 5% of the map's bytes). The shapes' fill-rule is evenodd
 * (render.ts), under which a ring's direction does not change what it fills.
 */
export function outlines(shapes: readonly Point[][][]): string[] {
  const written = new Set<string>();
  const sides = (ring: readonly Point[]) => ring.map((point, i) => `${point}>${ring[(i + 1) % ring.length]}`);
  const follows = (ring: readonly Point[]) => sides(ring).filter((side) => written.has(side)).length;
  return shapes.map((rings) => {
    const d = new CompactPath(0);
    for (const ring of rings) {
      const reversed = [...ring].reverse();
      const drawn = follows(reversed) > follows(ring) ? reversed : ring;
      for (const side of sides(drawn)) written.add(side);
      drawn.forEach(([x, y], i) => (i === 0 ? d.moveTo(x, y) : d.lineTo(x, y)));
      d.closePath();
    }
    return d.toString();
  });
}

export function mapGeometry(chart: ResolvedMapChart, variant: Variant): MapGeometry {
  const collection = feature(chart.topology, chart.topology.objects.countries);
  const projection = geoEqualEarth().fitExtent(
    [
      [2, 2],
      [SIZE.width - 2, SIZE.height - 2],
    ],
    collection,
  );
  const path = geoPath(projection);
  const drawn = collection.features.map((shape, i) => {
    const row = chart.shapeRows[i];
    const value = row === undefined ? undefined : chart.values[row];
    const ringsOn = (unit: number) => {
      const rings = new Rings(unit);
      geoPath(projection, rings)(shape);
      return withoutSpecks(rings.list);
    };
    const coarse = ringsOn(GRID);
    const rings = coarse.some((ring) => ring.length >= 3) ? coarse : ringsOn(1);
    return { rings, row, step: value?.step, focus: value?.label !== undefined };
  });
  // Drawn by step, "no data" first and the highlighted economies last, so their outlines sit on top of their neighbours.
  const order = (shape: (typeof drawn)[number]) => (shape.focus ? 10 : 0) + (shape.step ?? -1);
  drawn.sort((a, b) => order(a) - order(b));
  const paths = outlines(drawn.map((shape) => shape.rings));
  const shapes = drawn.map(({ row, step, focus }, i) => ({ d: paths[i]!, row, step, focus }));
  const labels = collection.features.flatMap((shape, i) => {
    const row = chart.shapeRows[i];
    const label = row === undefined ? undefined : chart.values[row]?.label;
    if (!label) return [];
    const [x, y] = path.centroid(shape);
    return [{ text: label, x: round(x), y: round(y) }];
  });
  return { kind: 'map', variant, ...SIZE, shapes, labels };
}
