/** The SVG elements of a scatter chart drawing. */
import { el, escapeXml, frame, middleBaseline, polyline } from '../svg';
import type { ScatterGeometry } from './geometry';
import type { ResolvedScatterChart } from './resolve';

export const diamond = (cx: number, cy: number, r: number) => polyline([[cx, cy - r], [cx + r, cy], [cx, cy + r], [cx - r, cy]], { closed: true });

export function renderScatter(chart: ResolvedScatterChart, g: ScatterGeometry): string {
  const { plot } = g;
  const point = (p: ScatterGeometry['points'][number]) => {
    if (p.aggregate) return el('path', { class: `chart__pt is-agg${p.highlighted ? ' is-hl-pt' : ''} c3`, 'data-s': 'a', 'data-r': p.row, d: diamond(p.cx, p.cy, p.highlighted ? 6 : 5) });
    if (!p.highlighted) return el('circle', { 'data-s': 'e', 'data-r': p.row, cx: p.cx, cy: p.cy, r: 3 });
    return el('circle', { class: `chart__pt is-hl-pt ${p.focus ? 'c1 is-focus' : 'c2'}`, 'data-s': p.focus ? 'f' : 'p', 'data-r': p.row, cx: p.cx, cy: p.cy, r: p.focus ? 6 : 4.5 });
  };
  // Highlighted points last, so they are drawn on top. The many others share one group's class:
  // the fill, stroke and opacity it sets pass down to each point.
  const points = el('g', { class: 'chart__pt c6' }, g.points.filter((p) => !p.highlighted).map(point).join('')) + g.points.filter((p) => p.highlighted).map(point).join('');
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
    el('g', { class: 'chart__points' }, points) +
    el('g', { class: 'chart__labels' }, labels)
  );
}
