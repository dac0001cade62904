/** The SVG elements of a map drawing: shaded shapes, hatched "no data" shapes, labelled highlights. */
import { el, escapeXml, middleBaseline } from '../svg';
import type { MapGeometry } from './geometry';
import type { ResolvedMapChart } from './resolve';

/** The steps' colours (ColorBrewer YlGnBu, colour-blind safe), as chart.css has them. */
const STEP_COLOURS = ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494', '#081d58'];

/** The map's styles in the downloadable SVG. */
export const MAP_STANDALONE_STYLE = [
  '.map__shape{stroke:#ffffff;stroke-width:0.5}.map__shape.is-focus{stroke:#1d1f22;stroke-width:2}',
  '.map__hatch rect{fill:#ffffff}.map__hatch line{stroke:#565a60;stroke-width:1.5}',
  '.map__labels text{fill:#1d1f22;font-weight:800;stroke:#ffffff;stroke-width:3px;stroke-linejoin:round;paint-order:stroke}',
  ...STEP_COLOURS.map((colour, i) => `.map__s${i}{fill:${colour}}`),
].join('');

/** The id of the map's hatch pattern (one map per chart id on a page). */
export const hatchId = (chartId: string) => `map-hatch-${chartId}`;

/** The hatch pattern for "no data" (diagonal lines), as a <defs> block. */
export const hatchDefs = (chartId: string) =>
  `<defs><pattern id="${hatchId(chartId)}" class="map__hatch" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)"><rect width="5" height="5"/><line x1="0" y1="0" x2="0" y2="5"/></pattern></defs>`;

/** A shape's group: its step, or "none"; a highlighted economy's is its own, drawn last. */
const groupOf = (s: MapGeometry['shapes'][number]) => (s.step === undefined ? 'none' : `s${s.step}${s.focus ? ' is-focus' : ''}`);

export function renderMap(chart: ResolvedMapChart, g: MapGeometry): string {
  // The shapes come in drawing order, a step's together: its group carries the class, fill and
  // legend key they share, so a shape is its outline alone (the island's marks give each one's row).
  const groups = new Map<string, string[]>();
  for (const s of g.shapes) groups.set(groupOf(s), [...(groups.get(groupOf(s)) ?? []), el('path', { d: s.d })]);
  const shapes = [...groups].map(([key, paths]) =>
    el('g', { class: `map__shape map__${key}`, fill: key === 'none' ? `url(#${hatchId(chart.id)})` : undefined, 'data-s': key.split(' ')[0] }, paths.join('')),
  );
  const labels = g.labels.map((l) => el('text', { x: l.x, y: middleBaseline(l.y, g.font) }, escapeXml(l.text))).join('');
  return hatchDefs(chart.id) + el('g', { class: 'map__shapes', 'fill-rule': 'evenodd' }, shapes.join('')) + el('g', { class: 'map__labels', 'text-anchor': 'middle' }, labels);
}
