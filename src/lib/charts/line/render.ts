/** The SVG elements of a line chart drawing: one plot with end labels, or small multiples. */
import { el, escapeXml, frame, middleBaseline, polyline } from '../svg';
import { round } from '../chart';
import type { LineGeometry } from './geometry';
import type { ResolvedLineChart } from './resolve';

export const dashClass = (dash: string) => (dash === 'solid' ? '' : ` d-${dash}`);

function bandRect(plot: LineGeometry['plot'], band: { top: number; bottom: number }): string {
  return el('rect', { x: plot.left, y: band.top, width: plot.right - plot.left, height: round(band.bottom - band.top) });
}

/** Event rules and their labels, one group each: the label beside its own rule (the notes' group sets their size). */
function notes(g: LineGeometry, bottom: number): string {
  return g.annotations
    .map((a) => el('g', {}, el('line', { x1: a.x, x2: a.x, y1: a.y + 4, y2: bottom }) + el('text', { x: a.textX, y: a.y, 'text-anchor': a.anchor === 'end' ? 'end' : undefined }, escapeXml(a.label))))
    .join('');
}

function lines(g: LineGeometry): string {
  return g.paths
    .map((p) =>
      el('path', {
        class: p.reference ? 'chart__line is-ref' : `chart__line c${p.colour}${dashClass(p.dash)}${p.focus ? ' is-focus' : ''}`,
        'data-s': p.reference ? undefined : p.series,
        d: p.d,
      }),
    )
    .join('');
}

function keyRow(g: LineGeometry): string {
  const swatch = (item: LineGeometry['key'][number]) => {
    const mid = item.y - g.font * 0.35;
    if (item.swatch === 'band') return el('rect', { class: 'chart__band-key', x: item.x, y: mid - 5, width: 16, height: 10 });
    const dash = item.series === undefined ? 'solid' : (g.paths.find((p) => p.series === item.series)?.dash ?? 'solid');
    return el('line', { class: item.reference ? 'chart__line is-ref' : `chart__line is-key${dashClass(dash)}`, x1: item.x, x2: item.x + 16, y1: mid, y2: mid });
  };
  return g.key.map((item) => swatch(item) + el('text', { x: item.x + 22, y: item.y }, escapeXml(item.text))).join('');
}

function renderPanels(chart: ResolvedLineChart, g: LineGeometry): string {
  const panels = g.panels ?? [];
  const bands = panels.flatMap((p) => (p.band ? [bandRect(p.plot, p.band)] : [])).join('');
  const frames = panels.map((p) => frame({ ...g, plot: p.plot, xTicks: p.xTicks, yTicks: p.yTicks }, { unit: chart.unit, xUnit: false, xGrid: false })).join('');
  const titles = panels.map((p, i) => el('text', { x: i === 0 ? 2 : p.plot.left - 30, y: p.titleY, class: i === 0 ? 'is-focus' : undefined }, escapeXml(p.title))).join('');
  return (
    el('g', { class: 'chart__panel-key', 'font-size': g.font - 1 }, keyRow(g)) +
    el('g', { class: 'chart__band' }, bands) +
    frames +
    el('g', { class: 'chart__panel-titles' }, titles) +
    el('g', { class: 'chart__notes', 'font-size': g.font - 1 }, notes(g, panels[0]?.plot.bottom ?? g.plot.bottom)) +
    el('g', { class: 'chart__lines' }, lines(g))
  );
}

export function renderLine(chart: ResolvedLineChart, g: LineGeometry): string {
  if (g.panels) return renderPanels(chart, g);
  const { plot } = g;
  const band = g.band
    ? el(
        'g',
        { class: 'chart__band', 'font-size': g.font - 1 },
        bandRect(plot, g.band) +
          (g.band.inKey ? el('rect', { class: 'chart__band-key', x: 2, y: g.band.labelY - g.font * 0.35 - 5, width: 16, height: 10 }) : '') +
          el('text', { x: g.band.labelX, y: g.band.labelY }, escapeXml(g.band.label)),
      )
    : '';
  const labels = g.labels
    .map((l) => {
      const colour = g.paths[l.series]?.colour ?? 6;
      return el(
        'g',
        { class: `c${colour}`, 'data-s': l.series },
        el('path', { class: 'chart__leader', d: polyline([[l.fromX + 2, l.fromY], [l.x - 7, l.y], [l.x - 2, l.y]]) }) +
          el('text', { x: l.x, y: middleBaseline(l.y, g.font), class: l.series === 0 ? 'is-focus' : undefined }, escapeXml(l.text)),
      );
    })
    .join('');
  return (
    band +
    frame(g, { unit: chart.unit, xUnit: false, xGrid: false }) +
    el('g', { class: 'chart__notes', 'font-size': g.font - 1 }, notes(g, plot.bottom)) +
    el('g', { class: 'chart__lines' }, lines(g)) +
    el('g', { class: 'chart__labels' }, labels)
  );
}
