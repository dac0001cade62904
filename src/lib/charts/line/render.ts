/** The SVG elements of a line chart drawing. */
import { el, escapeXml, frame } from '../svg';
import type { LineGeometry } from './geometry';
import type { ResolvedLineChart } from './resolve';

export const dashClass = (dash: string) => (dash === 'solid' ? '' : ` d-${dash}`);

export function renderLine(chart: ResolvedLineChart, g: LineGeometry): string {
  const { plot } = g;
  const band = g.band
    ? el(
        'g',
        { class: 'chart__band' },
        el('rect', { x: plot.left, y: g.band.top, width: plot.right - plot.left, height: g.band.bottom - g.band.top }) +
          el('text', { x: plot.left + 6, y: g.band.labelY, 'font-size': g.font - 1 }, escapeXml(g.band.label)),
      )
    : '';
  const notes = g.annotations
    .map((a) => el('g', {}, el('line', { x1: a.x, x2: a.x, y1: a.y + 4, y2: plot.bottom }) + el('text', { x: a.textX, y: a.y, 'font-size': g.font - 1 }, escapeXml(a.label))))
    .join('');
  const lines = g.paths
    .map((p) => el('path', { class: `chart__line c${p.colour}${dashClass(p.dash)}${p.focus ? ' is-focus' : ''}`, 'data-s': p.series, d: p.d }))
    .join('');
  const labels = g.labels
    .map((l) => {
      const colour = g.paths[l.series]?.colour ?? 6;
      return el(
        'g',
        { class: `c${colour}`, 'data-s': l.series },
        el('path', { class: 'chart__leader', d: `M${l.fromX + 2},${l.fromY}L${l.x - 7},${l.y}L${l.x - 2},${l.y}` }) +
          el('text', { x: l.x, y: l.y, dy: '0.32em', class: l.series === 0 ? 'is-focus' : undefined }, escapeXml(l.text)),
      );
    })
    .join('');
  return (
    band +
    frame(g, { unit: chart.unit, xUnit: false, xGrid: false }) +
    el('g', { class: 'chart__notes' }, notes) +
    el('g', { class: 'chart__lines' }, lines) +
    el('g', { class: 'chart__labels' }, labels)
  );
}
