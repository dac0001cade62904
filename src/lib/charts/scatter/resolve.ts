/**
 * Resolves a scatter spec: every economy with both indicators, for the latest year that has both
 * (derived from wdi_shares.csv, the one World Bank table), sorted by name.
 */
import { ChartSpecError, checkNoEconomyCodes, describedBy, type ResolvedBase, specFile } from '../chart';
import { indicatorInfo, INDICATORS_FILE, latestCommonYear, SHARES_FILE, type WdiData } from '../../data/wdi';
import type { ScatterChartSpec } from './schema';
import { latestViewTokens } from '../tokens';

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
  x: { indicator: string; label: string; shortName: string };
  y: { indicator: string; label: string; shortName: string };
  /** Every economy with both values, sorted by name: each point's index is its table row. */
  points: ScatterPoint[];
  /** The labelled economies' codes, in the spec's order: the first is the chart's focus. */
  highlighted: string[];
}

export function resolveScatter(id: string, spec: ScatterChartSpec, data: WdiData): ResolvedScatterChart {
  const file = specFile(id);
  for (const axis of ['x', 'y'] as const) {
    if (!data.indicators.has(spec[axis].indicator)) {
      throw new ChartSpecError(file, `${axis}.indicator`, `${JSON.stringify(spec[axis].indicator)} is not in ${INDICATORS_FILE}`);
    }
  }
  checkNoEconomyCodes(file, spec.highlight.map((entry, i): [string, string] => [`highlight[${i}].label`, entry.label]), data.economies);
  const rows = latestCommonYear(data, [spec.x.indicator, spec.y.indicator]);
  const labels = new Map<string, string>();
  spec.highlight.forEach((entry, index) => {
    if (!rows.some((row) => row.economy === entry.economy)) {
      throw new ChartSpecError(file, `highlight[${index}].economy`, `${JSON.stringify(entry.economy)} has no year with both values in ${SHARES_FILE}`);
    }
    labels.set(entry.economy, entry.label);
  });
  const x = indicatorInfo(data, spec.x.indicator);
  const y = indicatorInfo(data, spec.y.indicator);
  return {
    type: 'scatter',
    ...describedBy(id, spec, latestViewTokens(rows)),
    decimals: Math.max(x.decimals, y.decimals),
    indicators: [...new Set([x.code, y.code])],
    x: { indicator: x.code, label: spec.x.label, shortName: x.shortName },
    y: { indicator: y.code, label: spec.y.label, shortName: y.shortName },
    highlighted: spec.highlight.map((entry) => entry.economy),
    points: rows.map((row) => ({
      economy: row.economy,
      name: row.name,
      year: row.year,
      x: row.values[0]!,
      y: row.values[1]!,
      aggregate: row.aggregate,
      label: labels.get(row.economy),
    })),
  };
}
