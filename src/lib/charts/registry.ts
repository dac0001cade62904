/**
 * The chart types: one module each (src/lib/charts/<type>/), mapped from the spec's `type`.
 * To add a type: write its module (see ChartModule in chart.ts) and add it here.
 */
import { z, type ZodType } from 'astro/zod';
import type { ChartModule, ChartPhrase, ChartTable, DataIsland, Drawing, LegendItem, ResolvedBase } from './chart';
import { lineChart } from './line';
import { mapChart } from './map';
import { scatterChart } from './scatter';
import type { WdiData } from '../data/wdi';

export const CHART_TYPES = { line: lineChart, scatter: scatterChart, map: mapChart } as const;

/** content/charts/<id>.yaml: a chart specification, checked against the data at build time. */
export const chartSpecSchema = z.discriminatedUnion('type', [lineChart.schema, scatterChart.schema, mapChart.schema], {
  error: `type must be one of ${Object.keys(CHART_TYPES).map((t) => `"${t}"`).join(', ')}`,
}).describe('One chart: what it shows and how, checked against the data at build time; its fields depend on `type`.');

export type ChartSpec = z.output<typeof chartSpecSchema>;

/** A chart ready to show: everything the views, the downloads and the client need, as plain data and markup. */
export interface BuiltChart {
  chart: ResolvedBase;
  /** Its drawings (size, and the SVG elements inside the outer <svg>, as the downloads draw them), widest first: see ChartModule.variants. */
  drawings: (Drawing & { markup: string })[];
  /**
   * The drawings' SVG elements as a chart or embed page shows them together (ChartModule.renderTogether,
   * else each drawing's own markup); the story shows the narrowest alone, as `drawings` has it.
   */
  together: string[];
  table: ChartTable;
  /**
   * The rows the chart's page shows of a long table, and their caption's phrase (see
   * ChartModule.keyRows): the full table has its own page.
   */
  keyTable: (ChartTable & { caption: string }) | undefined;
  summary: string;
  legend: LegendItem[];
  island: DataIsland;
  /** The type's own CSS for the downloadable SVG. */
  standaloneStyle: string;
  /** What the build warns about, naming the spec file (e.g. a map's unmatched shapes and economies). */
  warning: string | undefined;
}

type AnyModule = ChartModule<ZodType<{ type: string }>, ResolvedBase, Drawing>;

function assemble(module: AnyModule, id: string, spec: { type: string }, data: WdiData, phrase: ChartPhrase): BuiltChart {
  const chart = module.resolve(id, spec, data);
  const geometries = module.variants.map((variant) => module.geometry(chart, variant));
  // Alone (the downloads, the story's one drawing), a drawing shares nothing.
  const drawings = geometries.map((g) => ({ variant: g.variant, width: g.width, height: g.height, font: g.font, markup: module.render(chart, g), ...(g.data ? { data: g.data } : {}) }));
  const table = module.table(chart, phrase);
  const island = compact(module.island(chart, phrase));
  return {
    chart,
    drawings,
    together: module.renderTogether?.(chart, geometries) ?? drawings.map((d) => d.markup),
    table,
    keyTable: keyTable(module, chart, table, island),
    summary: module.summary(chart, phrase),
    legend: module.legend(chart, phrase),
    island,
    warning: module.warning?.(chart),
    standaloneStyle: module.standaloneStyle ?? '',
  };
}

/** The table with only the rows its module's keyRows names: a table's rows are its island's steps, in the same order. */
function keyTable(module: AnyModule, chart: ResolvedBase, table: ChartTable, island: DataIsland): BuiltChart['keyTable'] {
  const rows = module.keyRows?.(chart);
  if (!rows) return undefined;
  return { ...table, rows: table.rows.filter((_, row) => rows.keys.includes(island.steps[row]?.key ?? '')), caption: rows.caption };
}

/** The island's values rounded to the decimals shown: the client displays nothing finer, and the page is lighter. */
function compact(island: DataIsland): DataIsland {
  const factor = 10 ** island.decimals;
  const round = (value: number | null) => (value === null ? null : Math.round(value * factor) / factor);
  return { ...island, steps: island.steps.map((step) => ({ ...step, values: step.values.map(round) })) };
}

/** Resolves a validated spec with its type's module and builds everything the chart shows, its sentences in the words of `phrase` (data.yaml's). */
export function buildChart(id: string, spec: ChartSpec, data: WdiData, phrase: ChartPhrase): BuiltChart {
  // Each module is typed by its own spec; the discriminated union guarantees spec fits CHART_TYPES[spec.type].
  return assemble(CHART_TYPES[spec.type] as unknown as AnyModule, id, spec, data, phrase);
}
