/**
 * The world's country shapes: world-atlas's Natural Earth 110m topology, simplified with
 * topojson-simplify to keep a tenth of the points, and each economy's largest ring at least a few
 * (see keepMainRings); Antarctica is left out, as OWID does, since no economy is there.
 */
import type { Topology } from 'topojson-specification';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import { type CountryTopology, shapeName } from './resolve';

/** Share of the topology's points kept. */
const KEEP = 0.1;
/** Points an economy's largest ring keeps, however small: a shape, not a line. */
const MAIN_RING_POINTS = 4;

type Geometries = CountryTopology['objects']['countries']['geometries'];

/** A ring's points, its arcs end to end (each arc's first point is the one before's last). */
const ringPoints = (topology: Topology, ring: number[]) =>
  ring.flatMap((arc, i) => (arc < 0 ? [...topology.arcs[~arc]!].reverse() : topology.arcs[arc]!).slice(i === 0 ? 0 : 1));

/** A ring's area in the topology's own units (longitude × latitude), to find a shape's largest. */
function ringArea(points: number[][]): number {
  const twice = points.reduce((sum, [x = 0, y = 0], i) => {
    const [nx = 0, ny = 0] = points[(i + 1) % points.length]!;
    return sum + x * ny - nx * y;
  }, 0);
  return Math.abs(twice) / 2;
}

/**
 * Simplification removes the points whose triangle is smallest, everywhere alike, so a small
 * economy (an island, an enclave, Denmark's Jutland) would fall to its ring's ends and vanish:
 * each economy's largest ring keeps its heaviest points up to MAIN_RING_POINTS. They stay in the
 * arcs, so a neighbour that shares them keeps them too and the borders still meet.
 */
export function keepMainRings(topology: Topology, minWeight: number, geometries: Geometries): void {
  for (const geometry of geometries) {
    const rings = geometry.type === 'Polygon' ? geometry.arcs : geometry.type === 'MultiPolygon' ? geometry.arcs.flat() : [];
    const main = rings.map((ring) => ringPoints(topology, ring)).sort((a, b) => ringArea(b) - ringArea(a))[0];
    if (!main) continue;
    // The last point closes the ring onto the first.
    const kept = main.slice(1).filter((point) => point[2]! >= minWeight).length;
    const dropped = main.filter((point) => point[2]! < minWeight).sort((a, b) => b[2]! - a[2]!);
    for (const point of dropped.slice(0, Math.max(0, MAIN_RING_POINTS - kept))) point[2] = Infinity;
  }
}

function simplified(): CountryTopology {
  const topology = presimplify(world as unknown as CountryTopology);
  const minWeight = quantile(topology, KEEP);
  const geometries = topology.objects.countries.geometries.filter((g) => shapeName(g) !== 'Antarctica');
  keepMainRings(topology, minWeight, geometries);
  const result = simplify(topology, minWeight) as CountryTopology;
  return { ...result, objects: { countries: { ...result.objects.countries, geometries } } };
}

export const WORLD: CountryTopology = simplified();
