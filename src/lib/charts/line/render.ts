/** The SVG elements of a line chart drawing: one plot with end labels, or small multiples. */
import { el, escapeXml, frame, middleBaseline, polyline, transformBetween } from '../svg';
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

type LinePath = LineGeometry['paths'][number];
/** How a line is drawn: its styling attributes given, as a <path> of its own data or a <use> of a shared one. */
type DrawLine = (p: LinePath, attrs: Record<string, string | number | undefined>) => string;

const ownPath: DrawLine = (p, attrs) => el('path', { ...attrs, d: p.d });

function lines(g: LineGeometry, draw: DrawLine): string {
  return g.paths
    .map((p) =>
      draw(p, {
        class: p.reference ? 'chart__line is-ref' : `chart__line c${p.colour}${dashClass(p.dash)}${p.focus ? ' is-focus' : ''}`,
        'data-s': p.reference ? undefined : p.series,
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

function renderPanels(chart: ResolvedLineChart, g: LineGeometry, draw: DrawLine): string {
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
    el('g', { class: 'chart__lines' }, lines(g, draw))
  );
}

/** A drawing's elements; on its own (the downloads, the story) every line is a <path> of its own data. */
export function renderLine(chart: ResolvedLineChart, g: LineGeometry, draw: DrawLine = ownPath): string {
  if (g.panels) return renderPanels(chart, g, draw);
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
    el('g', { class: 'chart__lines' }, lines(g, draw)) +
    el('g', { class: 'chart__labels' }, labels)
  );
}

/**
 * The drawings of one chart shown on one page (wide and narrow, CSS showing the one that fits),
 * sending each series' path data once: the first drawing's <defs> holds it, in the first plot that
 * draws the series, and every line of every drawing is a <use> of it, moved onto its own plot by a
 * transform (the narrow plot, a small multiple's panel, China repeated for comparison in each
 * panel). A <use> still draws a path whose drawing CSS hides (display: none), in Chromium and
 * Firefox alike. `non-scaling-stroke` keeps the stroke's width and dashes as the line's class sets
 * them in any plot; the class is on the <use>, whose path, carrying none, inherits it.
 */
export function renderLinesShared(chart: ResolvedLineChart, geometries: LineGeometry[]): string[] {
  const frameOf = (g: LineGeometry, p: LinePath) => ({ box: p.box, x: [g.xMap[2], g.xMap[3]] as [number, number], y: [g.yMap[2], g.yMap[3]] as [number, number] });
  const sources = new Map<number, ReturnType<typeof frameOf> & { d: string }>();
  for (const g of geometries) for (const p of g.paths) if (!p.reference && !sources.has(p.series)) sources.set(p.series, { ...frameOf(g, p), d: p.d });
  const id = (series: number) => `chart-${chart.id}-l${series}`;
  const defs = el('defs', {}, [...sources].map(([series, source]) => el('path', { id: id(series), d: source.d, 'vector-effect': 'non-scaling-stroke' })).join(''));
  return geometries.map((g, i) => {
    const draw: DrawLine = (p, attrs) => el('use', { href: `#${id(p.series)}`, ...attrs, transform: transformBetween(sources.get(p.series)!, frameOf(g, p)) });
    return (i === 0 ? defs : '') + renderLine(chart, g, draw);
  });
}
