/**
 * The data behind a chart as CSV, from the same table as the page: the table rounds to the
 * indicators' decimals; the CSV keeps the published values.
 */
import { csvFormatRows } from 'd3-dsv';
import type { Cell, ChartTable } from './chart';
import { formatValue } from './format';

/** A table cell as shown: numbers to the chart's decimals, a gap as an em dash. */
export function formatCell(cell: Cell, numeric: boolean, decimals: number): string {
  if (numeric && typeof cell === 'number') return formatValue(cell, decimals, '');
  return cell === undefined ? '—' : String(cell);
}

/**
 * The CSV file: the header row, then the rows (gaps empty). No comment line: a spreadsheet would
 * put it in cell A1. The source and licence go with the chart's citation (see the README).
 */
export function chartCsv(table: ChartTable): string {
  return `${csvFormatRows([table.columns, ...table.rows.map((row) => row.map((cell) => (cell === undefined ? '' : String(cell))))])}\n`;
}
