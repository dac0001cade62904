/**
 * Chart geometry computed at build time with d3-scale, d3-shape and d3-array: no DOM. The
 * result is plain data (paths, ticks, label positions) that Chart.astro turns into SVG markup.
 *
 * Two fixed viewBoxes, wide (720 units) and narrow (320 units): an SVG scales its text with its
 * drawing, so one 720-unit design shown at 320 px would shrink 13-unit text to under 6 px. The
 * narrow variant keeps text at ~12–13 px on a phone with fewer ticks and short labels; CSS shows
 * one variant per container width. The cost is a second set of paths (about 2–5 kB gzip a chart).
 */
import { extent, ticks as d3Ticks } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { Dash, ResolvedLineChart, ResolvedScatterChart, SeriesPoint } from './chart-spec';

export type Variant = 'wide' | 'narrow';

export interface Layout {
  width: number;
  height: number;
  font: number;
  xTicks: number;
  yTicks: number;
}

export const LAYOUTS: Record<Variant, Layout> = {
  wide: { width: 720, height: 400, font: 13, xTicks: 10, yTicks: 6 },
  narrow: { width: 320, height: 380, font: 13, xTicks: 4, yTicks: 5 },
};

/** A rough width of a text in SVG units (system sans-serif averages about 0.58 em a character). */
export const textWidth = (text: string, font: number) => Math.ceil(text.length * font * 0.58);

const round = (value: number) => Math.round(value * 10) / 10;

export interface Tick {
  value: number;
  pos: number;
  label: string;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface LineLabel {
  series: number;
  text: string;
  /** Where the text sits (start anchor, vertical middle). */
  x: number;
  y: number;
  /** The line end it belongs to: a leader is drawn when y differs. */
  fromX: number;
  fromY: number;
}

/** What every chart drawing has: its size variant, dimensions, font size, plot box and ticks. */
interface FrameGeometry {
  variant: Variant;
  width: number;
  height: number;
  font: number;
  plot: Box;
  xTicks: Tick[];
  yTicks: Tick[];
}

export interface LineGeometry extends FrameGeometry {
  kind: 'line';
  band: { top: number; bottom: number; label: string; labelY: number } | undefined;
  paths: { series: number; d: string; colour: number; dash: Dash; focus: boolean }[];
  labels: LineLabel[];
  /** A dotted rule at x; the text starts at textX (kept inside the drawing). */
  annotations: { x: number; label: string; y: number; textX: number }[];
  /** For the client script: [plot left, plot right, first year, last year] and [plot bottom, plot top, min, max]. */
  xMap: [number, number, number, number];
  yMap: [number, number, number, number];
}

/**
 * Spreads labels vertically so none is closer than `gap` to the next, staying within [min, max]
 * and as close as possible to where each wants to be. Returns positions in input order.
 */
export function dodge(wanted: number[], gap: number, min: number, max: number): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const placed = order.map((entry) => Math.min(Math.max(entry.y, min), max));
  for (let k = 1; k < placed.length; k += 1) placed[k] = Math.max(placed[k]!, placed[k - 1]! + gap);
  const overflow = (placed.at(-1) ?? max) - max;
  if (overflow > 0) {
    placed[placed.length - 1] = max;
    for (let k = placed.length - 2; k >= 0; k -= 1) placed[k] = Math.min(placed[k]!, placed[k + 1]! - gap);
  }
  const result = new Array<number>(wanted.length);
  order.forEach((entry, k) => (result[entry.i] = placed[k]!));
  return result;
}

/** The path of one series; a year without a value breaks the line (line.defined), never interpolated. */
export function seriesPath(points: SeriesPoint[], x: (year: number) => number, y: (value: number) => number): string {
  const generator = line<SeriesPoint>()
    .defined((p) => p.value !== undefined)
    .x((p) => x(p.year))
    .y((p) => y(p.value ?? 0))
    .digits(1);
  return generator(points) ?? '';
}

const lastDefined = (points: SeriesPoint[]) => [...points].reverse().find((p) => p.value !== undefined);

export function lineGeometry(chart: ResolvedLineChart, variant: Variant): LineGeometry {
  const layout = LAYOUTS[variant];
  const { font } = layout;
  const narrow = variant === 'narrow';
  const labelText = (i: number) => {
    const s = chart.series[i]!;
    return narrow ? s.shortLabel : s.label;
  };
  // Room right of the plot for the widest end label (10 px from the plot), drawn inside the box.
  const gutter = Math.max(...chart.series.map((_, i) => Math.ceil(labelText(i).length * font * 0.66))) + 18;

  // Annotations sit in rows above the plot; each label takes the first row where it fits.
  const rowHeight = font + 4;
  const tentativeLeft = 34;
  const tentativeX = scaleLinear().domain([chart.years.from, chart.years.to]).range([tentativeLeft, layout.width - gutter]);
  const rows: { from: number; to: number }[][] = [];
  const annotationText = (a: { label: string; shortLabel: string }) => (narrow ? a.shortLabel : a.label);
  const annotationRows = chart.annotations.map((a) => {
    const x = tentativeX(a.year);
    const w = textWidth(annotationText(a), font - 1);
    // Right of the rule when it fits, else left of it; never outside the drawing.
    const start = x + 3 + w <= layout.width - 2 ? x + 3 : Math.max(2, x - 3 - w);
    const span = { from: start - 4, to: start + w + 4 };
    let row = rows.findIndex((r) => r.every((o) => span.to < o.from || span.from > o.to));
    if (row === -1) row = rows.push([]) - 1;
    rows[row]!.push(span);
    return { row, offset: start - x };
  });

  const plot: Box = { left: tentativeLeft, top: 8 + rows.length * rowHeight + 6, right: layout.width - gutter, bottom: layout.height - 26 };
  const x = scaleLinear().domain([chart.years.from, chart.years.to]).range([plot.left, plot.right]);
  const y = scaleLinear().domain(chart.yDomain).range([plot.bottom, plot.top]).nice(layout.yTicks);
  const [yMin, yMax] = y.domain() as [number, number];

  const xTickValues = d3Ticks(chart.years.from, chart.years.to, layout.xTicks).filter((t) => Number.isInteger(t));
  const xTicks = xTickValues.map((value) => ({ value, pos: round(x(value)), label: String(value) }));
  const yTicks = y.ticks(layout.yTicks).map((value) => ({ value, pos: round(y(value)), label: String(value) }));

  const paths = chart.series.map((s) => ({
    series: s.index,
    d: seriesPath(s.points, x, y),
    colour: s.colour,
    dash: s.dash,
    focus: s.index === 0,
  }));

  const ends = chart.series.map((s) => lastDefined(s.points));
  const wanted = ends.map((p) => y(p?.value ?? yMin));
  const placed = dodge(wanted, font + 2, plot.top + font / 2, plot.bottom);
  const labels = chart.series.map((s, i) => ({
    series: s.index,
    text: labelText(i),
    x: round(plot.right + 10),
    y: round(placed[i]!),
    fromX: round(x(ends[i]?.year ?? chart.years.to)),
    fromY: round(wanted[i]!),
  }));

  const band = chart.band
    ? {
        top: round(y(Math.min(chart.band.to, yMax))),
        bottom: round(y(Math.max(chart.band.from, yMin))),
        label: narrow ? chart.band.shortLabel : chart.band.label,
        labelY: round(y(Math.min(chart.band.to, yMax)) + font + 2),
      }
    : undefined;

  const annotations = chart.annotations.map((a, i) => ({
    x: round(x(a.year)),
    label: annotationText(a),
    y: 8 + (annotationRows[i]!.row + 1) * rowHeight - 4,
    textX: round(Math.max(2, x(a.year) + annotationRows[i]!.offset)),
  }));

  return {
    kind: 'line',
    variant,
    width: layout.width,
    height: layout.height,
    font,
    plot,
    xTicks,
    yTicks,
    band,
    paths,
    labels,
    annotations,
    xMap: [plot.left, plot.right, chart.years.from, chart.years.to],
    yMap: [plot.bottom, plot.top, yMin, yMax],
  };
}

export interface ScatterGeometry extends FrameGeometry {
  kind: 'scatter';
  xTitle: string;
  yTitle: string;
  /** One per economy, in the chart's point order; `row` is its index in chart.points. */
  points: { row: number; cx: number; cy: number; aggregate: boolean; highlighted: boolean; focus: boolean }[];
  labels: { row: number; text: string; x: number; y: number; anchor: 'start' | 'end' | 'middle'; leader: boolean; px: number; py: number; lx: number; ly: number }[];
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

export function scatterGeometry(chart: ResolvedScatterChart, variant: Variant): ScatterGeometry {
  const layout = LAYOUTS[variant];
  const { font } = layout;
  const [x0, x1] = extent(chart.points, (p) => p.x) as [number, number];
  const [y0, y1] = extent(chart.points, (p) => p.y) as [number, number];
  const xDomain = scaleLinear().domain([Math.min(0, x0), x1]).nice(layout.xTicks).domain();
  // The last x tick's label is centred on the plot's right edge: leave half its width (and a %).
  const lastTickLabel = `${xDomain[1]}%`;
  const plot: Box = { left: 38, top: font + 14, right: layout.width - Math.max(10, textWidth(lastTickLabel, font) / 2 + 4), bottom: layout.height - 42 };
  const x = scaleLinear().domain(xDomain).range([plot.left, plot.right]);
  const y = scaleLinear().domain([Math.min(0, y0), y1]).range([plot.bottom, plot.top]).nice(layout.yTicks);
  const xTicks = x.ticks(layout.xTicks).map((value) => ({ value, pos: round(x(value)), label: String(value) }));
  const yTicks = y.ticks(layout.yTicks).map((value) => ({ value, pos: round(y(value)), label: String(value) }));
  const focusEconomy = chart.points.find((p) => p.label)?.economy;
  const points = chart.points.map((p, row) => ({
    row,
    cx: round(x(p.x)),
    cy: round(y(p.y)),
    aggregate: p.aggregate,
    highlighted: p.label !== undefined,
    focus: p.economy === focusEconomy,
  }));

  // Greedy label placement: try positions around the point, then further out with a leader line;
  // a label never overlaps another label, a highlighted point or the plot's edge.
  const taken: Box[] = points.filter((p) => p.highlighted).map((p) => ({ left: p.cx - 7, right: p.cx + 7, top: p.cy - 7, bottom: p.cy + 7 }));
  const labels: ScatterGeometry['labels'] = [];
  const highlighted = points.filter((p) => p.highlighted).sort((a, b) => Number(b.focus) - Number(a.focus));
  for (const p of highlighted) {
    const text = chart.points[p.row]!.label!;
    // Labels are bold: allow about 0.68 em a character, and 2 units of padding.
    const w = Math.ceil(text.length * font * 0.68) + 2;
    const h = font + 2;
    const candidates: { dx: number; dy: number }[] = [];
    for (const distance of [7, 16, 28, 42, 58]) {
      candidates.push(
        { dx: distance, dy: 0 },
        { dx: -distance - w, dy: 0 },
        { dx: -w / 2, dy: -distance },
        { dx: -w / 2, dy: distance },
        { dx: distance, dy: -distance },
        { dx: -distance - w, dy: -distance },
        { dx: distance, dy: distance },
        { dx: -distance - w, dy: distance },
      );
    }
    let chosen: Box | undefined;
    let leader = false;
    for (const [k, c] of candidates.entries()) {
      const box = { left: p.cx + c.dx, right: p.cx + c.dx + w, top: p.cy + c.dy - h / 2, bottom: p.cy + c.dy + h / 2 };
      if (box.left < plot.left || box.right > plot.right || box.top < plot.top - font || box.bottom > plot.bottom) continue;
      if (taken.some((t) => overlaps(t, box))) continue;
      chosen = box;
      leader = k >= 8;
      break;
    }
    if (!chosen) chosen = { left: p.cx + 7, right: p.cx + 7 + w, top: p.cy - h / 2, bottom: p.cy + h / 2 };
    taken.push(chosen);
    labels.push({
      row: p.row,
      text,
      x: round(chosen.left),
      y: round((chosen.top + chosen.bottom) / 2),
      anchor: 'start',
      leader,
      px: p.cx,
      py: p.cy,
      lx: round(chosen.left > p.cx ? chosen.left - 2 : chosen.right < p.cx ? chosen.right + 2 : p.cx),
      ly: round(chosen.top > p.cy ? chosen.top : chosen.bottom < p.cy ? chosen.bottom : p.cy),
    });
  }

  return {
    kind: 'scatter',
    variant,
    width: layout.width,
    height: layout.height,
    font,
    plot,
    xTicks,
    yTicks,
    xTitle: chart.x.label,
    yTitle: chart.y.label,
    points,
    labels,
  };
}
