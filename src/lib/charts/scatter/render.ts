/** The SVG elements of a scatter chart drawing. */
import { el, escapeXml, frame, middleBaseline, polyline, transformBetween, unscaleBetween } from '../svg';
import type { ScatterGeometry } from './geometry';
import type { ResolvedScatterChart } from './resolve';

export const diamond = (cx: number, cy: number, r: number) => polyline([[cx, cy - r], [cx + r, cy], [cx, cy + r], [cx - r, cy]], { closed: true });

type Point = ScatterGeometry['points'][number];

/**
 * The kinds of point, in drawing order (the highlighted last, on top): each kind's mark, and the
 * legend entry (data-s) it belongs to. The many others share one kind: its class sets their fill,
 * stroke and opacity.
 */
const KINDS = [
  { key: 'e', legend: 'e', mark: (at: Point) => !at.highlighted && !at.aggregate, shape: (transform?: string) => el('circle', { class: 'chart__pt c6', r: 3, transform }) },
  { key: 'a', legend: 'a', mark: (at: Point) => !at.highlighted && at.aggregate, shape: (transform?: string) => el('path', { class: 'chart__pt is-agg c3', d: diamond(0, 0, 5), transform }) },
  { key: 'h', legend: 'a', mark: (at: Point) => at.highlighted && at.aggregate, shape: (transform?: string) => el('path', { class: 'chart__pt is-agg is-hl-pt c3', d: diamond(0, 0, 6), transform }) },
  { key: 'p', legend: 'p', mark: (at: Point) => at.highlighted && !at.aggregate && !at.focus, shape: (transform?: string) => el('circle', { class: 'chart__pt is-hl-pt c2', r: 4.5, transform }) },
  { key: 'f', legend: 'f', mark: (at: Point) => at.focus && !at.aggregate, shape: (transform?: string) => el('circle', { class: 'chart__pt is-hl-pt c1 is-focus', r: 6, transform }) },
] as const;
type Kind = (typeof KINDS)[number];

/**
 * A kind's points as path data, left to right (short steps between neighbours), on a whole-unit
 * grid: half a unit off at most, under a point 6 units across, and a third lighter than tenths.
 * One vertex each, then the last repeated: each vertex but that last is drawn by the kind's
 * marker (marker-start, marker-mid), so a point is still drawn on its own, its halo and opacity
 * over those below as a <circle> each drew them, for a vertex instead of an element. (A path of
 * one vertex alone is drawn by Chromium only with marker-end as well, and then twice by librsvg:
 * the repeated vertex gives every renderer a last vertex to leave bare.)
 */
export function pointPath(points: Point[]): string {
  const vertices = [...points].sort((a, b) => a.cx - b.cx).map((p): [number, number] => [p.cx, p.cy]);
  const last = vertices.at(-1);
  return last ? polyline([...vertices, last], { digits: 0 }) : '';
}

/** How a kind's points are drawn, given its marker: a path of their own data, or a <use> of a shared one. */
type DrawPoints = (kind: Kind, points: Point[], marker: string) => string;

const ownPoints: DrawPoints = (kind, points, marker) => el('path', { fill: 'none', 'data-s': kind.legend, 'marker-start': marker, 'marker-mid': marker, d: pointPath(points) });

/**
 * The points of one drawing, one path per kind, and its markers: each kind's shape, drawn in the
 * drawing's own units whatever the transform moving the points onto its plot (`moved`; the
 * marker's `unscale` undoes its stretch), so a circle stays round on a plot scaled differently
 * across and up.
 */
function renderPoints(chart: ResolvedScatterChart, g: ScatterGeometry, draw: DrawPoints, moved: { transform?: string | undefined; unscale?: string | undefined } = {}): string {
  const markerId = (kind: Kind) => `chart-${chart.id}-${g.variant}-${kind.key}`;
  const drawn = KINDS.map((kind) => ({ kind, points: g.points.filter(kind.mark) })).filter(({ points }) => points.length > 0);
  const markers = drawn.map(({ kind }) => el('marker', { id: markerId(kind), markerUnits: 'userSpaceOnUse', overflow: 'visible' }, kind.shape(moved.unscale)));
  return (
    el('defs', {}, markers.join('')) +
    el('g', { class: 'chart__points', transform: moved.transform }, drawn.map(({ kind, points }) => draw(kind, points, `url(#${markerId(kind)})`)).join(''))
  );
}

/** A drawing's elements; on its own (the downloads, the story) each kind's points are a path of its own data. */
export function renderScatter(chart: ResolvedScatterChart, g: ScatterGeometry, points = renderPoints(chart, g, ownPoints)): string {
  const { plot } = g;
  const labels = g.labels
    .map((l) => {
      const p = g.points[l.row];
      const colour = p?.focus ? 1 : p?.aggregate ? 3 : 2;
      return el(
        'g',
        { class: `c${colour}`, 'data-s': p?.focus ? 'f' : p?.aggregate ? 'a' : 'p' },
        (l.leader ? el('path', { class: 'chart__leader', d: polyline([[l.px, l.py], [l.lx, l.ly]]) }) : '') +
          el('text', { x: l.x, y: middleBaseline(l.y, g.font), class: p?.focus ? 'is-focus' : p?.aggregate ? 'is-agg' : undefined }, escapeXml(l.text)),
      );
    })
    .join('');
  return (
    frame(g, { unit: chart.unit, xUnit: true, xGrid: true }) +
    el('text', { class: 'chart__axis-title', x: plot.left - 34, y: g.font + 2 }, escapeXml(g.yTitle)) +
    el('text', { class: 'chart__axis-title', x: plot.right, y: g.height - 6, 'text-anchor': 'end' }, escapeXml(g.xTitle)) +
    points +
    el('g', { class: 'chart__labels' }, labels)
  );
}

/**
 * The drawings of one scatter shown on one page (wide and narrow, CSS showing the one that fits),
 * sending the points' positions once: the first drawing's <defs> holds each kind's path, in its
 * plot's units, and both drawings <use> it, moved onto their own plot by a transform. Each
 * drawing has its own markers (a marker inside a drawing CSS hides is not to be relied on), their
 * shapes unscaled against that transform.
 */
export function renderScatterShared(chart: ResolvedScatterChart, geometries: ScatterGeometry[]): string[] {
  const source = geometries[0]?.axes;
  const id = (kind: Kind) => `chart-${chart.id}-p${kind.key}`;
  const draw: DrawPoints = (kind, _points, marker) => el('use', { href: `#${id(kind)}`, 'data-s': kind.legend, 'marker-start': marker, 'marker-mid': marker });
  return geometries.map((g, i) => {
    const moved = source && { transform: transformBetween(source, g.axes), unscale: unscaleBetween(source, g.axes) };
    const shared = i === 0 ? KINDS.map((kind) => ({ kind, d: pointPath(g.points.filter(kind.mark)) })).filter(({ d }) => d) : [];
    const defs = shared.length ? el('defs', {}, shared.map(({ kind, d }) => el('path', { id: id(kind), fill: 'none', d })).join('')) : '';
    return defs + renderScatter(chart, g, renderPoints(chart, g, draw, moved));
  });
}
