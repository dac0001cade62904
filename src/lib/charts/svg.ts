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
