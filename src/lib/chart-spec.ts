/**
 * Resolves a chart specification (content/charts/<id>.yaml) against the WDI data: every series
 * must exist in the data, every checked annotation must be true. Errors name the spec file and
 * the field path, e.g. `content/charts/investment-peers.yaml, field "series[2].economy": …`.
 * The resolved chart is the single source for the SVG, the table, the CSV, the summary and the citation.
 */
import type { z } from 'astro/zod';
import type { chartSpecSchema, lineChartSchema, scatterChartSchema } from './schemas';
import { economyName, extremeYear, INDICATORS, isAggregate, type IndicatorCode, SCATTER_FILE, SHARES_FILE, type WdiData, wdiValue } from './wdi';

export type ChartSpec = z.output<typeof chartSpecSchema>;
export type LineChartSpec = z.output<typeof lineChartSchema>;
export type ScatterChartSpec = z.output<typeof scatterChartSchema>;

export type Dash = 'solid' | 'dashed' | 'dotted';

/** One year of one series; value is undefined where the release has no value (a gap, never filled). */
export interface SeriesPoint {
  year: number;
  value: number | undefined;
}

export interface ResolvedSeries {
  index: number;
  indicator: IndicatorCode;
  economy: string;
  economyName: string;
  label: string;
  shortLabel: string;
  colour: number;
  dash: Dash;
  aggregate: boolean;
  /** One entry per year of the chart's range, in order. */
  points: SeriesPoint[];
}

interface ResolvedBase {
  id: string;
  /** The spec's path relative to the repository, for messages and "edit" links. */
  file: string;
  title: string;
  /** The title for the browser tab (page_title, or title). */
  pageTitle: string;
  subtitle: string;
  unit: string;
  notes: string[];
  /** Indicator codes plotted, in order of first use (for the citation). */
  indicators: IndicatorCode[];
  /** The data file(s) the values come from. */
  dataFile: string;
}

export interface ResolvedLineChart extends ResolvedBase {
  type: 'line';
  years: { from: number; to: number };
  series: ResolvedSeries[];
  /** The value axis domain. */
  yDomain: [number, number];
  band: { from: number; to: number; label: string; shortLabel: string } | undefined;
  annotations: { year: number; label: string; shortLabel: string }[];
}

export interface ScatterPoint {
  economy: string;
  name: string;
  year: number;
  x: number;
  y: number;
  aggregate: boolean;
  /** The label shown on the chart, for highlighted economies. */
  label: string | undefined;
}

export interface ResolvedScatterChart extends ResolvedBase {
  type: 'scatter';
  x: { indicator: IndicatorCode; label: string };
  y: { indicator: IndicatorCode; label: string };
  /** Every economy of the latest-year file, sorted by name. */
  points: ScatterPoint[];
}

export type ResolvedChart = ResolvedLineChart | ResolvedScatterChart;

/** A spec that does not fit the data: names the file and the field. */
export class ChartSpecError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${file}, field "${field}": ${problem}`);
    this.name = 'ChartSpecError';
  }
}

export const specFile = (id: string) => `content/charts/${id}.yaml`;

/** Resolves a validated spec against the data, or throws a ChartSpecError. */
export function resolveChart(id: string, spec: ChartSpec, data: WdiData): ResolvedChart {
  return spec.type === 'line' ? resolveLine(id, spec, data) : resolveScatter(id, spec, data);
}

function resolveLine(id: string, spec: LineChartSpec, data: WdiData): ResolvedLineChart {
  const file = specFile(id);
  const { from, to } = spec.years;
  if (from >= to) throw new ChartSpecError(file, 'years.to', `${to} must be after years.from (${from})`);
  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  let nextColour = 2;
  const series = spec.series.map((entry, index): ResolvedSeries => {
    const byIndicator = data.series.get(entry.economy);
    if (!byIndicator) throw new ChartSpecError(file, `series[${index}].economy`, `${JSON.stringify(entry.economy)} is not in ${SHARES_FILE}`);
    if (!byIndicator.has(entry.indicator)) {
      throw new ChartSpecError(file, `series[${index}].indicator`, `${SHARES_FILE} has no ${entry.indicator} for ${entry.economy}`);
    }
    const points = years.map((year) => ({ year, value: wdiValue(data, entry.economy, entry.indicator, year) }));
    if (points.every((point) => point.value === undefined)) {
      throw new ChartSpecError(file, `series[${index}]`, `${entry.economy} ${entry.indicator} has no value between ${from} and ${to}`);
    }
    let colour = entry.colour;
    let repeated = false;
    if (colour === undefined) {
      if (index === 0) colour = 1;
      else {
        repeated = nextColour > 6;
        colour = ((nextColour - 2) % 5) + 2;
        nextColour += 1;
      }
    }
    const aggregate = isAggregate(entry.economy);
    return {
      index,
      indicator: entry.indicator,
      economy: entry.economy,
      economyName: economyName(data, entry.economy),
      label: entry.label,
      shortLabel: entry.short_label ?? entry.label,
      colour,
      dash: entry.dash ?? (aggregate ? 'dashed' : repeated ? 'dotted' : 'solid'),
      aggregate,
      points,
    };
  });

  const annotations = spec.annotations.map((annotation, index) => {
    if (annotation.year < from || annotation.year > to) {
      throw new ChartSpecError(file, `annotations[${index}].year`, `${annotation.year} is outside the chart's years (${from}–${to})`);
    }
    if (annotation.check) {
      const target = series[annotation.check.series];
      if (!target) throw new ChartSpecError(file, `annotations[${index}].check.series`, `there is no series ${annotation.check.series}`);
      const best = extremeYear(data, target.economy, target.indicator, annotation.check.is);
      if (best !== annotation.year) {
        throw new ChartSpecError(
          file,
          `annotations[${index}].year`,
          `the ${annotation.check.is === 'min' ? 'lowest' : 'highest'} ${target.economy} ${target.indicator} value is in ${best}, not ${annotation.year}`,
        );
      }
    }
    return { year: annotation.year, label: annotation.label, shortLabel: annotation.short_label ?? annotation.label };
  });

  const values = series.flatMap((s) => s.points.flatMap((p) => (p.value === undefined ? [] : [p.value])));
  const band = spec.band ? { from: spec.band.from, to: spec.band.to, label: spec.band.label, shortLabel: spec.band.short_label ?? spec.band.label } : undefined;
  if (band && band.from >= band.to) throw new ChartSpecError(file, 'band.to', `${band.to} must be above band.from (${band.from})`);
  const yDomain: [number, number] = spec.y
    ? [spec.y.min, spec.y.max]
    : [Math.min(0, ...values), Math.max(...values, band?.to ?? -Infinity)];
  if (spec.y) {
    const outside = values.find((v) => v < spec.y!.min || v > spec.y!.max);
    if (outside !== undefined) throw new ChartSpecError(file, 'y', `the value ${outside} lies outside ${spec.y.min}–${spec.y.max}; widen the axis`);
  }

  return {
    type: 'line',
    ...describedBy(id, spec),
    indicators: [...new Set(series.map((s) => s.indicator))],
    dataFile: SHARES_FILE,
    years: { from, to },
    series,
    yDomain,
    band,
    annotations,
  };
}

/** The fields every resolved chart carries from its spec: id, file and the reader-facing text. */
function describedBy(id: string, spec: LineChartSpec | ScatterChartSpec) {
  return {
    id,
    file: specFile(id),
    title: spec.title,
    pageTitle: spec.page_title ?? spec.title,
    subtitle: spec.subtitle,
    unit: spec.unit,
    notes: spec.notes,
  };
}

/** The latest-year file's columns, by indicator. */
const SCATTER_FIELDS: Partial<Record<IndicatorCode, 'household' | 'investment'>> = {
  'NE.CON.PRVT.ZS': 'household',
  'NE.GDI.TOTL.ZS': 'investment',
};

function resolveScatter(id: string, spec: ScatterChartSpec, data: WdiData): ResolvedScatterChart {
  const file = specFile(id);
  const fieldFor = (axis: 'x' | 'y') => {
    const field = SCATTER_FIELDS[spec[axis].indicator];
    if (!field) {
      throw new ChartSpecError(file, `${axis}.indicator`, `${SCATTER_FILE} only carries ${Object.keys(SCATTER_FIELDS).join(' and ')}`);
    }
    return field;
  };
  const xField = fieldFor('x');
  const yField = fieldFor('y');
  const labels = new Map<string, string>();
  spec.highlight.forEach((entry, index) => {
    if (!data.scatter.some((row) => row.economy === entry.economy)) {
      throw new ChartSpecError(file, `highlight[${index}].economy`, `${JSON.stringify(entry.economy)} is not in ${SCATTER_FILE}`);
    }
    labels.set(entry.economy, entry.label);
  });
  return {
    type: 'scatter',
    ...describedBy(id, spec),
    indicators: [...new Set([spec.x.indicator, spec.y.indicator])],
    dataFile: SCATTER_FILE,
    x: { indicator: spec.x.indicator, label: spec.x.label },
    y: { indicator: spec.y.indicator, label: spec.y.label },
    // Sorted by name: the table lists them in this order and each point's index is its table row.
    points: [...data.scatter].sort((a, b) => a.name.localeCompare(b.name, 'en')).map((row) => ({
      economy: row.economy,
      name: row.name,
      year: row.year,
      x: row[xField],
      y: row[yField],
      aggregate: row.aggregate,
      label: labels.get(row.economy),
    })),
  };
}

/** "World Bank, World Development Indicators (NE.CON.PRVT.ZS, NE.GDI.TOTL.ZS), CC BY 4.0" */
export function citation(chart: ResolvedChart): string {
  return `World Bank, World Development Indicators (${chart.indicators.join(', ')}), CC BY 4.0`;
}

/** The short, lower-case name of an indicator for sentences, e.g. "household consumption". */
export const indicatorShort = (code: IndicatorCode) => INDICATORS[code].short;
