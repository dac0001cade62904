/** Scatter chart geometry computed at build time with d3-scale and d3-array: no DOM. */
import { extent } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { type Box, type FrameGeometry, LAYOUTS, READER_LETTER_SPACING, round, spacedTicks, textWidth, type Variant } from '../chart';
import type { PlotFrame } from '../svg';
import type { ResolvedScatterChart } from './resolve';

export interface ScatterGeometry extends FrameGeometry {
  kind: 'scatter';
  xTitle: string;
  yTitle: string;
  /** The plot and the domains its axes map onto it: where a point of given values lies. */
  axes: PlotFrame;
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
  const axes: PlotFrame = { box: plot, x: x.domain() as [number, number], y: y.domain() as [number, number] };
  const xTicks = spacedTicks(x.ticks(layout.xTicks), x, (value) => `${value}%`, font).map((value) => ({ value, pos: round(x(value)), label: String(value) }));
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
    // Labels are bold: allow about 0.68 em a character with the reader's letter spacing, and 2 units of padding.
    const w = Math.ceil(text.length * font * (0.68 + READER_LETTER_SPACING)) + 2;
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
    axes,
    // The client places the tooltip's ring from a point's values (the points are not elements of their own).
    data: { x: [plot.left, plot.right, ...axes.x].join(','), y: [plot.bottom, plot.top, ...axes.y].join(',') },
    xTicks,
    yTicks,
    xTitle: chart.x.label,
    yTitle: chart.y.label,
    points,
    labels,
  };
}
