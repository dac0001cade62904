/**
 * Resolves a map spec: every economy's latest value of the indicator (from wdi_shares.csv), matched
 * to the country shapes of world-atlas (Natural Earth 110m) through ISO 3166-1 numeric codes from
 * i18n-iso-countries. Aggregates are not drawn. A shape with no WDI economy and an economy with no
 * shape are listed in `unmatched` (the build warns, naming them), never silently dropped.
 */
import countries from 'i18n-iso-countries';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { ChartSpecError, describedBy, type ResolvedBase, specFile } from '../chart';
import { indicatorInfo, INDICATORS_FILE, latestCommonYear, SHARES_FILE, type WdiData } from '../../data/wdi';
import type { MapChartSpec } from './schema';
import { latestViewTokens } from '../tokens';

/** Country shapes: a TopoJSON topology whose `countries` object has ISO numeric ids and names. */
export type CountryTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

export interface MapValue {
  economy: string;
  name: string;
  year: number;
  value: number;
  /** Index of its step (0 = below the first boundary). */
  step: number;
  label: string | undefined;
}

export interface ResolvedMapChart extends ResolvedBase {
  type: 'map';
  indicator: { code: string; shortName: string; label: string };
  /** Step boundaries, rising. */
  steps: number[];
  /** Every single economy (no aggregate) with a value, sorted by name: each one's index is its table row. */
  values: MapValue[];
  /** The topology, and for each of its shapes (same order) the row in `values`, or undefined (no data). */
  topology: CountryTopology;
  shapeRows: (number | undefined)[];
  /** What did not match, for the build's warning. */
  unmatched: { shapes: string[]; economies: string[] };
}

/** A shape's name (Natural Earth's), for messages. */
export const shapeName = (shape: { id?: string | number | undefined; properties?: object | null | undefined }) =>
  (shape.properties && 'name' in shape.properties ? String(shape.properties.name) : undefined) ?? `shape ${shape.id ?? '(no id)'}`;

/** The step of a value: how many boundaries it reaches. */
export const stepOf = (value: number, steps: readonly number[]) => steps.filter((boundary) => value >= boundary).length;

export function resolveMap(id: string, spec: MapChartSpec, data: WdiData, topology: CountryTopology): ResolvedMapChart {
  const file = specFile(id);
  if (!data.indicators.has(spec.indicator)) throw new ChartSpecError(file, 'indicator', `${JSON.stringify(spec.indicator)} is not in ${INDICATORS_FILE}`);
  const info = indicatorInfo(data, spec.indicator);
  const labels = new Map(spec.highlight.map((entry) => [entry.economy, entry.label]));
  const rows = latestCommonYear(data, [spec.indicator]).filter((row) => !row.aggregate);
  spec.highlight.forEach((entry, index) => {
    if (!rows.some((row) => row.economy === entry.economy)) {
      throw new ChartSpecError(file, `highlight[${index}].economy`, `${JSON.stringify(entry.economy)} has no ${spec.indicator} value in ${SHARES_FILE}`);
    }
  });
  const values = rows.map((row) => ({
    economy: row.economy,
    name: row.name,
    year: row.year,
    value: row.values[0]!,
    step: stepOf(row.values[0]!, spec.steps),
    label: labels.get(row.economy),
  }));

  // Every single economy of the data (with or without a value) by its ISO numeric code.
  const byNumeric = new Map<string, string>();
  for (const economy of data.economies.values()) {
    if (economy.aggregate) continue;
    const numeric = countries.alpha3ToNumeric(economy.code);
    if (numeric) byNumeric.set(numeric, economy.code);
  }
  const rowOf = new Map(values.map((v, i) => [v.economy, i]));
  const shapes = topology.objects.countries.geometries;
  const matched = new Set<string>();
  const unmatchedShapes: string[] = [];
  const shapeRows = shapes.map((shape) => {
    const economy = shape.id === undefined ? undefined : byNumeric.get(String(shape.id).padStart(3, '0'));
    if (!economy) {
      unmatchedShapes.push(shapeName(shape));
      return undefined;
    }
    matched.add(economy);
    return rowOf.get(economy);
  });
  const unmatchedEconomies = values.filter((v) => !matched.has(v.economy)).map((v) => `${v.name} (${v.economy})`);

  return {
    type: 'map',
    ...describedBy(id, spec, latestViewTokens(rows)),
    decimals: info.decimals,
    indicators: [info.code],
    indicator: { code: info.code, shortName: info.shortName, label: info.name },
    steps: spec.steps,
    values,
    topology,
    shapeRows,
    unmatched: { shapes: unmatchedShapes.sort(), economies: unmatchedEconomies },
  };
}

/** The build's warning for what did not match, or undefined when everything matched. */
export function unmatchedWarning(chart: Pick<ResolvedMapChart, 'file' | 'unmatched'>): string | undefined {
  const { shapes, economies } = chart.unmatched;
  if (shapes.length === 0 && economies.length === 0) return undefined;
  const parts = [
    shapes.length ? `${shapes.length} map shape(s) with no WDI economy, drawn as "no data": ${shapes.join(', ')}` : '',
    economies.length ? `${economies.length} WDI economy(ies) with a value but no map shape, listed in the table only: ${economies.join(', ')}` : '',
  ].filter(Boolean);
  return `${chart.file}: ${parts.join('; ')}`;
}
