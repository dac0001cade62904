/**
 * Line chart geometry computed at build time with d3-scale, d3-shape and d3-array: no DOM. The
 * result is plain data (paths, ticks, label positions) that render.ts turns into SVG markup.
 */
import { ticks as d3Ticks } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { type Box, type FrameGeometry, LAYOUTS, round, textWidth, type Variant } from '../chart';
import type { Dash, ResolvedLineChart, SeriesPoint } from './resolve';

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

  const xMap: LineGeometry['xMap'] = [plot.left, plot.right, chart.years.from, chart.years.to];
  const yMap: LineGeometry['yMap'] = [plot.bottom, plot.top, yMin, yMax];
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
    xMap,
    yMap,
    data: { x: xMap.join(','), y: yMap.join(',') },
  };
}
