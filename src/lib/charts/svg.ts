/**
 * SVG markup shared by the chart types' renderers (src/lib/charts/<type>/render.ts): the axes
 * frame and the outer <svg> of a drawing. Markup is built as strings at build time, so the page,
 * the embed page and the downloadable SVG/PNG all carry the same drawing. Colours come from CSS
 * classes (c1–c6 map to --chart-1..6), so both themes, forced colours and print apply.
 */
import type { Box, FrameGeometry } from './chart';
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

/**
 * The baseline that centres a line of text on y: 0.32 em below it, what dy="0.32em" did, written
 * into y so that no <text> repeats it (to the hundredth: y has one decimal, 0.32 em two).
 */
export const middleBaseline = (y: number, font: number) => Math.round((y + 0.32 * font) * 100) / 100;

/** Grid lines, tick labels and the baseline of a drawing with axes; each axis's labels are a group carrying their anchor. */
export function frame(g: FrameGeometry, options: { unit: string; xUnit: boolean; xGrid: boolean }): string {
  const { plot } = g;
  const unit = options.unit.startsWith('%') ? '%' : '';
  // Every grid line is one subpath of a single <path>: a fifth of the bytes of a <line> each.
  const grid = [
    ...g.yTicks.map((t) => `M${plot.left} ${t.pos}H${plot.right}`),
    ...(options.xGrid ? g.xTicks.map((t) => `M${t.pos} ${plot.top}V${plot.bottom}`) : []),
  ].join('');
  const yTicks = g.yTicks.map((t) => el('text', { x: plot.left - 5, y: middleBaseline(t.pos, g.font) }, `${escapeXml(t.label)}${unit}`)).join('');
  const xTicks = g.xTicks.map((t) => el('text', { x: t.pos, y: plot.bottom + g.font + 6 }, `${escapeXml(t.label)}${options.xUnit ? unit : ''}`)).join('');
  return `${grid ? el('path', { class: 'chart__grid', d: grid }) : ''}${el('g', { class: 'chart__ticks', 'text-anchor': 'end' }, yTicks)}${el('g', { class: 'chart__ticks', 'text-anchor': 'middle' }, xTicks)}${el('line', {
    class: 'chart__baseline',
    x1: plot.left,
    x2: plot.right,
    y1: plot.bottom,
    y2: plot.bottom,
  })}`;
}

/**
 * A path's vertices, rounded to `digits` decimals, written as compact path data: each subpath a
 * relative `m` and implicit relative line-tos ("m34,161 2.6-60.5 2.7-22.5"), no separator before a
 * minus sign or a second decimal point. Each step is the difference of two rounded absolute points,
 * counted in whole units of the last decimal, so the errors never add up along a line: every vertex
 * is where its rounded absolute position is. It is a d3 path context (d3-shape's line().context(),
 * d3-geo's geoPath(projection, context)), so a generator draws into it; it never drops, merges or
 * smooths a vertex.
 */
export class CompactPath {
  private readonly scale: number;
  private readonly parts: string[] = [];
  /** The current point and the current subpath's start, in units of the last decimal. */
  private at: [number, number] = [0, 0];
  private start: [number, number] = [0, 0];
  private last = '';

  constructor(readonly digits = 1) {
    this.scale = 10 ** digits;
  }

  moveTo(x: number, y: number): void {
    this.step(true, x, y);
    this.start = this.at;
  }

  lineTo(x: number, y: number): void {
    this.step(false, x, y);
  }

  /** Nothing to begin: the canvas interface d3-geo's types ask for. */
  beginPath(): void {}

  closePath(): void {
    this.parts.push('z');
    this.last = 'z';
    this.at = this.start;
  }

  arc(): void {
    throw new Error('CompactPath draws straight segments only (a map of points would need arcs)');
  }

  toString(): string {
    return this.parts.join('');
  }

  /** One vertex, a step from the current point: a move, or a line-to (implicit after the first pair). */
  private step(move: boolean, x: number, y: number): void {
    const point: [number, number] = [Math.round(x * this.scale), Math.round(y * this.scale)];
    // A path's first "m" is from 0,0, so absolute; later ones are relative, like the line-tos.
    const dx = this.format(point[0] - this.at[0]);
    const dy = this.format(point[1] - this.at[1]);
    const pair = `${dx}${this.separator(dx, dy, ',')}${dy}`;
    // A line-to straight after a closepath needs its letter.
    const command = move ? 'm' : this.last === 'z' ? 'l' : '';
    this.parts.push(command ? `${command}${pair}` : `${this.separator(this.last, pair, ' ')}${pair}`);
    this.last = dy;
    this.at = point;
  }

  /** Nothing where the next number cannot run into the previous one: before "-", or before "." after a decimal. */
  private separator(previous: string, next: string, otherwise: string): string {
    return next.startsWith('-') || (next.startsWith('.') && previous.includes('.')) ? '' : otherwise;
  }

  /** A whole number of units of the last decimal as the shortest decimal: 26 → "2.6", -5 → "-.5", 30 → "3". */
  private format(units: number): string {
    const sign = units < 0 ? '-' : '';
    const whole = Math.floor(Math.abs(units) / this.scale);
    const fraction = Math.abs(units) % this.scale;
    if (!fraction) return `${sign}${whole}`;
    return `${sign}${whole || ''}.${String(fraction).padStart(this.digits, '0').replace(/0+$/, '')}`;
  }
}

/** Compact path data through the given points, optionally closed (leaders, diamonds). */
export function polyline(points: readonly (readonly [number, number])[], options: { closed?: boolean; digits?: number } = {}): string {
  const path = new CompactPath(options.digits);
  points.forEach(([x, y], i) => (i === 0 ? path.moveTo(x, y) : path.lineTo(x, y)));
  if (options.closed) path.closePath();
  return path.toString();
}

/** A plot's box and the domains its two linear axes map onto it (x: left to right, y: bottom to top). */
export interface PlotFrame {
  box: Box;
  x: [number, number];
  y: [number, number];
}

/** The affine map p = a·v + b of a linear scale from the domain [from, to] onto [start, end]. */
function scaleOf(from: number, to: number, start: number, end: number): [a: number, b: number] {
  const a = (end - start) / (to - from || 1);
  return [a, start - a * from];
}

/**
 * What moves a mark drawn in one plot onto the same values in another: both plots' scales are
 * linear, so a scale and a translation per axis. Undefined where the plots are the same.
 */
export function scalesBetween(from: PlotFrame, to: PlotFrame): { sx: number; sy: number; tx: number; ty: number } | undefined {
  const axis = (source: [number, number], target: [number, number]) => {
    const [a, b] = source;
    const [c, d] = target;
    return [c / a, d - (c / a) * b] as const;
  };
  const [sx, tx] = axis(scaleOf(...from.x, from.box.left, from.box.right), scaleOf(...to.x, to.box.left, to.box.right));
  const [sy, ty] = axis(scaleOf(...from.y, from.box.bottom, from.box.top), scaleOf(...to.y, to.box.bottom, to.box.top));
  const near = (value: number, target: number) => Math.abs(value - target) < 1e-6;
  return near(sx, 1) && near(sy, 1) && near(tx, 0) && near(ty, 0) ? undefined : { sx, sy, tx, ty };
}

const fixed = (value: number, digits: number) => String(Number(value.toFixed(digits)));

/** scalesBetween as an SVG transform (a line's <use> of a path drawn in another plot), or undefined. */
export function transformBetween(from: PlotFrame, to: PlotFrame): string | undefined {
  const scales = scalesBetween(from, to);
  return scales && `matrix(${fixed(scales.sx, 5)} 0 0 ${fixed(scales.sy, 5)} ${fixed(scales.tx, 2)} ${fixed(scales.ty, 2)})`;
}

/** The inverse of scalesBetween's scaling, undoing a transform's stretch on what must keep its shape (a scatter's point), or undefined. */
export function unscaleBetween(from: PlotFrame, to: PlotFrame): string | undefined {
  const scales = scalesBetween(from, to);
  return scales && `scale(${fixed(1 / scales.sx, 5)} ${fixed(1 / scales.sy, 5)})`;
}
