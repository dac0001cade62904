/**
 * Resolves a line spec against the WDI data: every series must exist in the data, every checked
 * annotation must be true. Errors name the spec file and the field path.
 */
import { ChartSpecError, checkNoEconomyCodes, describedBy, fillSpecText, type HeldNumber, type ResolvedBase, specFile } from '../chart';
import { economyName, extremeYear, indicatorInfo, INDICATORS_FILE, isAggregate, SHARES_FILE, type WdiData, wdiValue } from '../../data/wdi';
import type { LineChartSpec } from './schema';
import { lineTokens } from '../tokens';
import { plain, type TokenValues } from '../../text/word-tokens';

export type Dash = 'solid' | 'dashed' | 'dotted';

/** One year of one series; value is undefined where the release has no value (a gap, never filled). */
export interface SeriesPoint {
  year: number;
  value: number | undefined;
}

export interface ResolvedSeries {
  index: number;
  indicator: string;
  economy: string;
  /**
   * The economy's name in this chart's own words (panel titles, the summary, the key), so one
   * economy has one name within a chart: the series label in a chart of one indicator; the words
   * before the comma of its labels with several ("Korea" of "Korea, exports"); the name from
   * economies.csv when the chart shows one economy (its labels then name indicators).
   */
  economyLabel: string;
  label: string;
  shortLabel: string;
  colour: number;
  dash: Dash;
  aggregate: boolean;
  /** One entry per year of the chart's range, in order. */
  points: SeriesPoint[];
}

export interface ResolvedLineChart extends ResolvedBase {
  type: 'line';
  years: { from: number; to: number };
  series: ResolvedSeries[];
  /** The value axis domain. */
  yDomain: [number, number];
  band: { from: number; to: number; label: string; shortLabel: string } | undefined;
  annotations: { year: number; label: string; shortLabel: string }[];
  /** Short lower-case indicator names for sentences, by code. */
  shortNames: Record<string, string>;
  /** The codes whose short name is plural ("exports"), which a sentence gives a plural verb. */
  pluralNames: string[];
}

export function resolveLine(id: string, spec: LineChartSpec, data: WdiData): ResolvedLineChart {
  const file = specFile(id);
  const labelled = (field: string, label: string, short: string | undefined): [string, string][] =>
    short === undefined ? [[`${field}.label`, label]] : [[`${field}.label`, label], [`${field}.short_label`, short]];
  checkNoEconomyCodes(
    file,
    [
      ...spec.series.flatMap((s, i) => labelled(`series[${i}]`, s.label, s.short_label)),
      ...spec.annotations.flatMap((a, i) => labelled(`annotations[${i}]`, a.label, a.short_label)),
      ...(spec.band ? labelled('band', spec.band.label, spec.band.short_label) : []),
    ],
    data.economies,
  );
  const { from, to } = spec.years;
  if (from >= to) throw new ChartSpecError(file, 'years.to', `${to} must be after years.from (${from})`);
  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  let nextColour = 2;
  const unnamed = spec.series.map((entry, index): Omit<ResolvedSeries, 'economyLabel'> => {
    if (!data.indicators.has(entry.indicator)) {
      throw new ChartSpecError(file, `series[${index}].indicator`, `${JSON.stringify(entry.indicator)} is not in ${INDICATORS_FILE}`);
    }
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
    const aggregate = isAggregate(data, entry.economy);
    return {
      index,
      indicator: entry.indicator,
      economy: entry.economy,
      label: entry.label,
      shortLabel: entry.short_label ?? entry.label,
      colour,
      dash: entry.dash ?? (aggregate ? 'dashed' : repeated ? 'dotted' : 'solid'),
      aggregate,
      points,
    };
  });
  const economyLabels = economyLabelsOf(file, spec, data);
  const series = unnamed.map((entry, index): ResolvedSeries => ({ ...entry, economyLabel: economyLabels[index]! }));

  const bandSpan = spec.band && { from: spec.band.from, to: spec.band.to };
  const tokens = lineTokens(series, bandSpan, spec.unit);
  /** A mark's or the band's label and short label, filled in; typing the year or bounds they hold fails. */
  const labels = (field: string, entry: { label: string; short_label?: string | undefined }, values: TokenValues, held: HeldNumber[]) => {
    const label = fillSpecText(file, `${field}.label`, entry.label, values, held);
    return { label, shortLabel: entry.short_label === undefined ? label : fillSpecText(file, `${field}.short_label`, entry.short_label, values, held) };
  };
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
    const year = { ...tokens, year: plain('year', () => String(annotation.year)) };
    return { year: annotation.year, ...labels(`annotations[${index}]`, annotation, year, [{ value: annotation.year, placeholder: '{year}' }]) };
  });

  const values = series.flatMap((s) => s.points.flatMap((p) => (p.value === undefined ? [] : [p.value])));
  if (spec.band && spec.band.from >= spec.band.to) throw new ChartSpecError(file, 'band.to', `${spec.band.to} must be above band.from (${spec.band.from})`);
  const bounds = spec.band ? [{ value: spec.band.from, placeholder: '{band}' }, { value: spec.band.to, placeholder: '{band}' }] : [];
  const band = spec.band ? { from: spec.band.from, to: spec.band.to, ...labels('band', spec.band, tokens, bounds) } : undefined;
  const yDomain: [number, number] = spec.y
    ? [spec.y.min, spec.y.max]
    : [Math.min(0, ...values), Math.max(...values, band?.to ?? -Infinity)];
  if (spec.y) {
    const outside = values.find((v) => v < spec.y!.min || v > spec.y!.max);
    if (outside !== undefined) throw new ChartSpecError(file, 'y', `the value ${outside} lies outside ${spec.y.min}–${spec.y.max}; widen the axis`);
  }
  const indicators = [...new Set(series.map((s) => s.indicator))];

  return {
    type: 'line',
    ...describedBy(id, spec, tokens),
    decimals: Math.max(...indicators.map((code) => indicatorInfo(data, code).decimals)),
    indicators,
    shortNames: Object.fromEntries(indicators.map((code) => [code, indicatorInfo(data, code).shortName])),
    pluralNames: indicators.filter((code) => indicatorInfo(data, code).plural),
    years: { from, to },
    series,
    yDomain,
    band,
    annotations,
  };
}

/**
 * Each series' economy in the chart's own words (ResolvedSeries.economyLabel). In a chart of
 * several economies and indicators, each label begins with its economy's name and a comma, the
 * same name in all of that economy's series; a label that does not fails the build.
 */
function economyLabelsOf(file: string, spec: LineChartSpec, data: WdiData): string[] {
  const economies = new Set(spec.series.map((s) => s.economy));
  const indicators = new Set(spec.series.map((s) => s.indicator));
  if (economies.size === 1) return spec.series.map((s) => economyName(data, s.economy));
  if (indicators.size === 1) return spec.series.map((s) => s.label);
  const named = new Map<string, { name: string; index: number }>();
  return spec.series.map((s, index) => {
    const comma = s.label.lastIndexOf(', ');
    const field = `series[${index}].label`;
    if (comma <= 0) {
      const example = `${economyName(data, s.economy)}, ${indicatorInfo(data, s.indicator).shortName}`;
      throw new ChartSpecError(file, field, `${JSON.stringify(s.label)} does not begin with the economy's name and a comma; a chart of several economies and indicators needs both, e.g. ${JSON.stringify(example)}`);
    }
    const name = s.label.slice(0, comma);
    const earlier = named.get(s.economy);
    if (earlier && earlier.name !== name) {
      throw new ChartSpecError(file, field, `names ${s.economy} ${JSON.stringify(name)}, but series[${earlier.index}].label names it ${JSON.stringify(earlier.name)}: give one economy one name within a chart`);
    }
    if (!earlier) named.set(s.economy, { name, index });
    return name;
  });
}
