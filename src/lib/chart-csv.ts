/**
 * The data behind a chart, as table rows and as CSV, both from the same resolved chart: the
 * table shows exactly the rows and columns of the CSV (the table rounds to one decimal; the CSV
 * keeps the published values).
 */
import { csvFormatRows } from 'd3-dsv';
import type { ResolvedChart } from './chart-spec';

export type Cell = string | number | undefined;

export interface ChartTable {
  columns: string[];
  /** Which columns hold numbers (right-aligned, rounded in the table). */
  numeric: boolean[];
  rows: Cell[][];
}

/** Rows and columns of the plotted data. */
export function chartTable(chart: ResolvedChart): ChartTable {
  if (chart.type === 'line') {
    const columns = ['Year', ...chart.series.map((s) => s.label)];
    const rows: Cell[][] = [];
    for (let year = chart.years.from, i = 0; year <= chart.years.to; year += 1, i += 1) {
      rows.push([year, ...chart.series.map((s) => s.points[i]?.value)]);
    }
    return { columns, numeric: columns.map((_, i) => i > 0), rows };
  }
  const columns = ['Economy', 'Code', 'Year', chart.x.label, chart.y.label, 'Aggregate'];
  const rows = chart.points.map((p): Cell[] => [p.name, p.economy, p.year, p.x, p.y, p.aggregate ? 'yes' : 'no']);
  return { columns, numeric: [false, false, false, true, true, false], rows };
}

/** A table cell as shown: numbers to one decimal, a gap as an em dash. */
export function formatCell(cell: Cell, numeric: boolean): string {
  if (cell === undefined) return '—';
  if (numeric && typeof cell === 'number') return cell.toFixed(1);
  return String(cell);
}

/**
 * The CSV file: the header row, then the rows (gaps empty). No comment line: a spreadsheet would
 * put it in cell A1. The source and licence go with the download's citation (see the README).
 */
export function chartCsv(chart: ResolvedChart): string {
  const table = chartTable(chart);
  return `${csvFormatRows([table.columns, ...table.rows.map((row) => row.map((cell) => (cell === undefined ? '' : String(cell))))])}\n`;
}
