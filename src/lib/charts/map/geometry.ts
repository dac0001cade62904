/** Map geometry computed at build time with d3-geo (Equal Earth projection): no DOM. */
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { type Drawing, round, type Variant } from '../chart';
import { CompactPath } from '../svg';
import type { ResolvedMapChart } from './resolve';

export interface MapGeometry extends Drawing {
  kind: 'map';
  /** One per shape: its path (compact, integer coordinates), its table row and step, or none (no data). */
  shapes: { d: string; row: number | undefined; step: number | undefined; focus: boolean }[];
  labels: { text: string; x: number; y: number }[];
}

/** One drawing serves every width: a map carries almost no text, and the legend is HTML. */
const SIZE = { width: 720, height: 350, font: 13 };

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
  const shapes = collection.features.map((shape, i) => {
    const row = chart.shapeRows[i];
    const value = row === undefined ? undefined : chart.values[row];
    // Whole units: a map shape needs no finer outline at this size.
    const d = new CompactPath(0);
    geoPath(projection, d)(shape);
    return { d: d.toString(), row, step: value?.step, focus: value?.label !== undefined };
  });
  const labels = collection.features.flatMap((shape, i) => {
    const row = chart.shapeRows[i];
    const label = row === undefined ? undefined : chart.values[row]?.label;
    if (!label) return [];
    const [x, y] = path.centroid(shape);
    return [{ text: label, x: round(x), y: round(y) }];
  });
  return { kind: 'map', variant, ...SIZE, shapes, labels };
}
