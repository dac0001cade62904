/**
 * SVG markup shared by the chart types' renderers (src/lib/charts/<type>/render.ts): the axes
 * frame and the outer <svg> of a drawing. Markup is built as strings at build time, so the page,
 * the embed page and the downloadable SVG/PNG all carry the same drawing. Colours come from CSS
 * classes (c1–c6 map to --chart-1..6), so both themes, forced colours and print apply.
 */
import type { FrameGeometry } from './chart';
import { escapeXml } from './format';

export { escapeXml };

/** An element with attributes (undefined ones left out) and optional inner markup. */
export function el(name: string, attrs: Record<string, string | number | undefined>, inner?: string): string {
  const list = Object.entries(attrs)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');
  return inner === undefined ? `<${name}${list}/>` : `<${name}${list}>${inner}</${name}>`;
}

/** Grid lines, tick labels and the baseline of a drawing with axes. */
export function frame(g: FrameGeometry, options: { unit: string; xUnit: boolean; xGrid: boolean }): string {
  const { plot } = g;
  const unit = options.unit.startsWith('%') ? '%' : '';
  const grid = [
    ...g.yTicks.map((t) => el('line', { x1: plot.left, x2: plot.right, y1: t.pos, y2: t.pos })),
    ...(options.xGrid ? g.xTicks.map((t) => el('line', { x1: t.pos, x2: t.pos, y1: plot.top, y2: plot.bottom })) : []),
  ].join('');
  const ticks = [
    ...g.yTicks.map((t) => el('text', { x: plot.left - 5, y: t.pos, dy: '0.32em', 'text-anchor': 'end' }, `${escapeXml(t.label)}${unit}`)),
    ...g.xTicks.map((t) => el('text', { x: t.pos, y: plot.bottom + g.font + 6, 'text-anchor': 'middle' }, `${escapeXml(t.label)}${options.xUnit ? unit : ''}`)),
  ].join('');
  return `${el('g', { class: 'chart__grid' }, grid)}${el('g', { class: 'chart__ticks' }, ticks)}${el('line', {
    class: 'chart__baseline',
    x1: plot.left,
    x2: plot.right,
    y1: plot.bottom,
    y2: plot.bottom,
  })}`;
}
