/**
 * Line chart geometry computed at build time with d3-scale, d3-shape and d3-array: no DOM. The
 * result is plain data (paths, ticks, label positions) that render.ts turns into SVG markup.
 */
import { ticks as d3Ticks } from 'd3-array';
import { type ScaleLinear, scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { type Box, type FrameGeometry, LAYOUTS, READER_LETTER_SPACING, round, spacedTicks, spacedWidth, textWidth, type Tick, type Variant } from '../chart';
import { CompactPath } from '../svg';
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

/** One small multiple: an economy's series on its own axes, titled with the economy's name. */
export interface LinePanel {
  title: string;
  titleY: number;
  plot: Box;
  xTicks: Tick[];
  yTicks: Tick[];
  /** Indices of the series drawn in colour in this panel. */
  series: number[];
  band: { top: number; bottom: number } | undefined;
}

/** An entry of the key above small multiples: a line or band swatch and its text. */
export interface KeyItem {
  swatch: 'band' | 'line';
  /** For a line swatch: the series whose dash it shows, or the faint focus line repeated in each panel. */
  series?: number;
  reference?: boolean;
  text: string;
  x: number;
  y: number;
}

export interface LineGeometry extends FrameGeometry {
  kind: 'line';
  /** The shaded range; its label sits inside it where no data line crosses, else in the key above the plot. */
  band: { top: number; bottom: number; label: string; labelX: number; labelY: number; inKey: boolean } | undefined;
  /** Each line, drawn with the scales mapping the years and the value axis (xMap, yMap's domains) onto `box`, its plot. */
  paths: { series: number; d: string; box: Box; colour: number; dash: Dash; focus: boolean; reference?: boolean }[];
  labels: LineLabel[];
  /** A dotted rule at x from y + 4 down; the text is anchored at textX, starting just right of its rule or ending just left of it. */
  annotations: { x: number; label: string; y: number; textX: number; anchor: 'start' | 'end' }[];
  /** Small multiples (narrow drawings of charts with many series): the first panel is the focus economy, full width. */
  panels: LinePanel[] | undefined;
  key: KeyItem[];
  /** For the client script: [plot left, plot right, first year, last year] and [plot bottom, plot top, min, max]. */
  xMap: [number, number, number, number];
  yMap: [number, number, number, number];
}

/** A narrow drawing with more lines than this becomes small multiples, one panel per economy. */
export const MOST_LINES_NARROW = 5;

type Segment = [number, number, number, number];

/** The straight pieces of a series as drawn (gaps break it, as in the path). */
export function segmentsOf(points: SeriesPoint[], x: (year: number) => number, y: (value: number) => number): Segment[] {
  const result: Segment[] = [];
  for (let i = 1; i < points.length; i += 1) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (a.value !== undefined && b.value !== undefined) result.push([x(a.year), y(a.value), x(b.year), y(b.value)]);
  }
  return result;
}

/** Whether a segment passes through a box (Liang–Barsky clipping). */
export function crossesBox([x1, y1, x2, y2]: Segment, box: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = x2 - x1;
  const dy = y2 - y1;
  const edges: [number, number][] = [
    [-dx, x1 - box.left],
    [dx, box.right - x1],
    [-dy, y1 - box.top],
    [dy, box.bottom - y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

type Side = 'right' | 'left';

/**
 * Rows for event labels above the plot. A label sits right of its own rule or ends just left of
 * it; it shares a row only with labels it does not overlap, and no other event's rule may cross it
 * (a rule runs from its label down through every row below). Every choice of sides is tried (a
 * chart has a handful of events) and the arrangement with the fewest crossings, then the fewest
 * rows, wins; for each, a label takes the first row that keeps it clear, or a new top row, where
 * no rule reaches it.
 */
export function placeAnnotations(marks: { x: number; width: number }[], drawingWidth: number): { row: number; side: Side }[] {
  const spanOf = (mark: { x: number; width: number }, side: Side) => {
    const start = side === 'right' ? mark.x + 3 : mark.x - 3 - mark.width;
    return { from: start - 4, to: start + mark.width + 4 };
  };
  const options = marks.map((mark) => {
    const fitting = (['right', 'left'] as const).filter((side) => spanOf(mark, side).from >= -2 && spanOf(mark, side).to <= drawingWidth + 2);
    return fitting.length ? fitting : (['right'] as const);
  });
  const arrange = (sides: Side[]) => {
    const placed: { row: number; side: Side; from: number; to: number; x: number }[] = [];
    let crossings = 0;
    marks.forEach((mark, i) => {
      const side = sides[i]!;
      const span = spanOf(mark, side);
      const rows = placed.length ? Math.max(...placed.map((other) => other.row)) + 1 : 0;
      const clearAt = (row: number) =>
        placed.every((other) => {
          if (other.row === row) return span.to < other.from || span.from > other.to;
          if (other.row < row) return other.x < span.from || other.x > span.to;
          return mark.x < other.from || mark.x > other.to;
        });
      let row = Array.from({ length: rows + 1 }, (_, r) => r).find(clearAt);
      if (row === undefined && placed.every((other) => mark.x < other.from || mark.x > other.to)) {
        for (const other of placed) other.row += 1;
        row = 0;
      }
      if (row === undefined) {
        crossings += 1;
        row = rows;
      }
      placed.push({ row, side, ...span, x: mark.x });
    });
    return { placed, crossings, rows: placed.length ? Math.max(...placed.map((p) => p.row)) + 1 : 0 };
  };
  const choices = options.reduce<Side[][]>((all, sides) => all.flatMap((chosen) => sides.map((side) => [...chosen, side])), [[]]);
  const best = choices.map(arrange).reduce((a, b) => (b.crossings < a.crossings || (b.crossings === a.crossings && b.rows < a.rows) ? b : a));
  return best.placed.map(({ row, side }) => ({ row, side }));
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

/**
 * The right edge of a plot of the years from–to that fits between left and right, a whole
 * number of tenths of a unit per year: every step of a line's path data is then the same
 * ("8.3", not "8.3" and "8.4" by turns), which gzip sends in less (about 0.1 kB a chart page).
 */
export function yearsRight(years: { from: number; to: number }, left: number, right: number): number {
  const span = years.to - years.from;
  return round(left + (Math.floor(((right - left) / span) * 10) / 10) * span);
}

/**
 * The path of one series, every year with a value a vertex; a year without one breaks the line
 * (line.defined: a new subpath), never interpolated.
 */
export function seriesPath(points: SeriesPoint[], x: (year: number) => number, y: (value: number) => number): string {
  const path = new CompactPath(1);
  line<SeriesPoint>()
    .defined((p) => p.value !== undefined)
    .x((p) => x(p.year))
    .y((p) => y(p.value ?? 0))
    // d3-shape's types name a canvas; a line calls only moveTo, lineTo and closePath.
    .context(path as unknown as CanvasRenderingContext2D)(points);
  return path.toString();
}

const lastDefined = (points: SeriesPoint[]) => [...points].reverse().find((p) => p.value !== undefined);
/** Event labels placed by placeAnnotations: text anchored just right of its rule, or ending just left of it. */
function eventLabels(texts: string[], marks: { x: number }[], placements: ReturnType<typeof placeAnnotations>, baseline: (row: number) => number): LineGeometry['annotations'] {
  return texts.map((label, i) => {
    const { row, side } = placements[i]!;
    return { x: round(marks[i]!.x), label, y: baseline(row), textX: round(marks[i]!.x + (side === 'right' ? 3 : -3)), anchor: side === 'right' ? 'start' : 'end' };
  });
}

/** Year ticks along x whose labels leave room for the reader's text spacing. */
function yearTicks(from: number, to: number, x: (year: number) => number, most: number, font: number): Tick[] {
  const values = d3Ticks(from, to, most).filter((t) => Number.isInteger(t));
  return spacedTicks(values, x, String, font).map((value) => ({ value, pos: round(x(value)), label: String(value) }));
}

/** Value ticks at least a line of text apart. */
function valueTicks(y: ScaleLinear<number, number>, most: number, font: number): Tick[] {
  for (let count = most; count > 1; count -= 1) {
    const values = y.ticks(count);
    if (values.every((v, i) => i === 0 || Math.abs(y(v) - y(values[i - 1]!)) >= font + 4)) return values.map((value) => ({ value, pos: round(y(value)), label: String(value) }));
  }
  return y.domain().map((value) => ({ value, pos: round(y(value)), label: String(value) }));
}

/**
 * Where the band's label fits inside the band with no data line or event rule through it: along
 * its top edge, then its bottom edge, left to right; undefined when every spot is crossed.
 */
export function bandLabelSpot(band: { top: number; bottom: number }, plot: Box, width: number, font: number, obstacles: Segment[]): { x: number; y: number } | undefined {
  for (const baseline of [band.top + font + 2, band.bottom - 5]) {
    for (let x = plot.left + 6; x + width <= plot.right - 2; x += 4) {
      const box = { left: x - 2, right: x + width + 2, top: baseline - font, bottom: baseline + 3 };
      if (box.top < band.top || box.bottom > band.bottom) continue;
      if (!obstacles.some((segment) => crossesBox(segment, box))) return { x, y: baseline };
    }
  }
  return undefined;
}

/** Lays key entries out left to right in rows across the drawing; returns them placed and the rows used. */
function layKey(entries: Omit<KeyItem, 'x' | 'y'>[], width: number, font: number, top: number): { items: KeyItem[]; rows: number } {
  const rowHeight = font + 4;
  let x = 2;
  let row = 0;
  const items = entries.map((entry) => {
    const w = 22 + spacedWidth(entry.text, font - 1);
    if (x > 2 && x + w > width - 2) {
      row += 1;
      x = 2;
    }
    const item = { ...entry, x, y: top + (row + 1) * rowHeight - 4 };
    x += w + 10;
    return item;
  });
  return { items, rows: entries.length ? row + 1 : 0 };
}

export function lineGeometry(chart: ResolvedLineChart, variant: Variant): LineGeometry {
  if (variant === 'narrow' && chart.series.length > MOST_LINES_NARROW) return panelsGeometry(chart);
  const layout = LAYOUTS[variant];
  const { font } = layout;
  const narrow = variant === 'narrow';
  const labelText = (i: number) => {
    const s = chart.series[i]!;
    return narrow ? s.shortLabel : s.label;
  };
  // Room right of the plot for the widest end label (bold, about 0.66 em a character, with the
  // reader's letter spacing; 10 px from the plot), drawn inside the box.
  const gutter = Math.max(...chart.series.map((_, i) => Math.ceil(labelText(i).length * font * (0.66 + READER_LETTER_SPACING)))) + 18;
  const rowHeight = font + 4;
  const left = 34;
  const right = yearsRight(chart.years, left, layout.width - gutter);
  const x = scaleLinear().domain([chart.years.from, chart.years.to]).range([left, right]);

  // Event labels sit in rows above the plot, each by its own rule. Each is anchored at its rule, so
  // the reader's letter spacing lengthens it away from the rule, never onto another one.
  const annotationText = (a: { label: string; shortLabel: string }) => (narrow ? a.shortLabel : a.label);
  const marks = chart.annotations.map((a) => ({ x: x(a.year), width: textWidth(annotationText(a), font - 1) }));
  const placements = placeAnnotations(marks, layout.width);
  const annotationRows = placements.length ? Math.max(...placements.map((p) => p.row)) + 1 : 0;
  const frameWith = (keyRows: number) => {
    const plot: Box = { left, top: 8 + (keyRows + annotationRows) * rowHeight + 6, right, bottom: layout.height - 26 };
    return { plot, y: scaleLinear().domain(chart.yDomain).range([plot.bottom, plot.top]).nice(layout.yTicks) };
  };

  let { plot, y } = frameWith(0);
  let band: LineGeometry['band'];
  if (chart.band) {
    const label = narrow ? chart.band.shortLabel : chart.band.label;
    const edges = (scale: typeof y) => {
      const [yMin, yMax] = scale.domain() as [number, number];
      return { top: round(scale(Math.min(chart!.band!.to, yMax))), bottom: round(scale(Math.max(chart!.band!.from, yMin))) };
    };
    const rules: Segment[] = marks.map((m) => [m.x, plot.top, m.x, plot.bottom]);
    const obstacles = [...chart.series.flatMap((s) => segmentsOf(s.points, x, y)), ...rules];
    const spot = bandLabelSpot(edges(y), plot, spacedWidth(label, font - 1), font - 1, obstacles);
    if (spot) band = { ...edges(y), label, labelX: round(spot.x), labelY: round(spot.y), inKey: false };
    else {
      // Crossed everywhere: the label moves to a key row above the plot, beside a swatch of the band.
      ({ plot, y } = frameWith(1));
      band = { ...edges(y), label, labelX: 22, labelY: 8 + rowHeight - 4, inKey: true };
    }
  }
  const keyRows = band?.inKey ? 1 : 0;
  const [yMin, yMax] = y.domain() as [number, number];

  const xTicks = yearTicks(chart.years.from, chart.years.to, x, layout.xTicks, font);
  const yTicks = valueTicks(y, layout.yTicks, font);

  const paths = chart.series.map((s) => ({
    series: s.index,
    d: seriesPath(s.points, x, y),
    box: plot,
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

  const annotations = eventLabels(chart.annotations.map(annotationText), marks, placements, (row) => 8 + (keyRows + row + 1) * rowHeight - 4);

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
    panels: undefined,
    key: [],
    xMap,
    yMap,
    data: { x: xMap.join(','), y: yMap.join(',') },
  };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Small multiples for a narrow drawing of many series: the focus economy first, full width, with
 * the event labels; then every other economy in two columns on the same value axis. With one
 * series per economy, each panel repeats the focus line faintly for comparison; with several
 * (e.g. manufacturing and exports), a key above the panels says which dash is which indicator.
 */
function panelsGeometry(chart: ResolvedLineChart): LineGeometry {
  const { width, font, xTicks: mostXTicks, yTicks: mostYTicks } = LAYOUTS.narrow;
  const rowHeight = font + 4;
  const economies = [...new Set(chart.series.map((s) => s.economy))];
  const single = economies.length === chart.series.length;
  const focus = chart.series[0]!;
  const domain = scaleLinear().domain(chart.yDomain).nice(mostYTicks).domain() as [number, number];

  const entries: Omit<KeyItem, 'x' | 'y'>[] = single
    ? [{ swatch: 'line', reference: true, text: `${focus.economyLabel}, for comparison` }]
    : chart.indicators.map((code) => ({ swatch: 'line', series: chart.series.find((s) => s.indicator === code)!.index, text: capitalise(chart.shortNames[code] ?? code) }));
  if (chart.band) entries.push({ swatch: 'band', text: chart.band.shortLabel });
  const key = layKey(entries, width, font, 4);

  const panels: LinePanel[] = [];
  const paths: LineGeometry['paths'] = [];
  const addPanel = (economy: string, box: { left: number; right: number; titleY: number; top: number; bottom: number }, mostX: number) => {
    const plot: Box = { left: box.left, right: yearsRight(chart.years, box.left, box.right), top: box.top, bottom: box.bottom };
    const x = scaleLinear().domain([chart.years.from, chart.years.to]).range([plot.left, plot.right]);
    const y = scaleLinear().domain(domain).range([plot.bottom, plot.top]);
    const own = chart.series.filter((s) => s.economy === economy);
    if (single && economy !== focus.economy) paths.push({ series: focus.index, d: seriesPath(focus.points, x, y), box: plot, colour: 6, dash: 'solid', focus: false, reference: true });
    for (const s of own) paths.push({ series: s.index, d: seriesPath(s.points, x, y), box: plot, colour: s.colour, dash: s.dash, focus: s.index === 0 });
    panels.push({
      title: own[0]!.economyLabel,
      titleY: box.titleY,
      plot,
      xTicks: yearTicks(chart.years.from, chart.years.to, x, mostX, font),
      yTicks: valueTicks(y, mostYTicks, font),
      series: own.map((s) => s.index),
      band: chart.band ? { top: round(y(Math.min(chart.band.to, domain[1]))), bottom: round(y(Math.max(chart.band.from, domain[0]))) } : undefined,
    });
    return x;
  };

  // The focus panel: title, event rows, then its plot.
  const leadTitleY = 4 + key.rows * rowHeight + 8 + rowHeight - 4;
  const leadLeft = 34;
  const leadRight = yearsRight(chart.years, leadLeft, width - 14);
  const leadX = scaleLinear().domain([chart.years.from, chart.years.to]).range([leadLeft, leadRight]);
  const marks = chart.annotations.map((a) => ({ x: leadX(a.year), width: textWidth(a.shortLabel, font - 1) }));
  const placements = placeAnnotations(marks, width);
  const annotationRows = placements.length ? Math.max(...placements.map((p) => p.row)) + 1 : 0;
  const leadTop = leadTitleY + 6 + annotationRows * rowHeight + 4;
  addPanel(focus.economy, { left: leadLeft, right: leadRight, titleY: leadTitleY, top: leadTop, bottom: leadTop + 110 }, mostXTicks);
  const annotations = eventLabels(chart.annotations.map((a) => a.shortLabel), marks, placements, (row) => leadTitleY + 6 + (row + 1) * rowHeight - 4);

  // The other economies, two columns.
  const columnWidth = (width - 4 - 12) / 2;
  let rowTop = leadTop + 110 + font + 6 + 12;
  economies.slice(1).forEach((economy, i) => {
    const columnLeft = 2 + (i % 2) * (columnWidth + 12);
    if (i > 0 && i % 2 === 0) rowTop += rowHeight + 8 + 64 + font + 6 + 12;
    const titleY = rowTop + rowHeight - 4;
    addPanel(economy, { left: columnLeft + 32, right: columnLeft + columnWidth - 14, titleY, top: titleY + 8, bottom: titleY + 8 + 64 }, mostXTicks);
  });
  const last = panels.at(-1)!;
  const lead = panels[0]!;
  const xMap: LineGeometry['xMap'] = [lead.plot.left, lead.plot.right, chart.years.from, chart.years.to];
  const yMap: LineGeometry['yMap'] = [lead.plot.bottom, lead.plot.top, domain[0], domain[1]];
  return {
    kind: 'line',
    variant: 'narrow',
    width,
    height: Math.ceil(last.plot.bottom + font + 6 + 6),
    font,
    plot: lead.plot,
    xTicks: lead.xTicks,
    yTicks: lead.yTicks,
    band: undefined,
    paths,
    labels: [],
    annotations,
    panels,
    key: key.items,
    xMap,
    yMap,
    data: {
      x: xMap.join(','),
      y: yMap.join(','),
      // Each panel's plot box and the series it draws, for the cursor: "left,right,bottom,top,s s;…".
      panels: panels.map((p) => [p.plot.left, p.plot.right, p.plot.bottom, p.plot.top, p.series.join(' ')].join(',')).join(';'),
    },
  };
}
