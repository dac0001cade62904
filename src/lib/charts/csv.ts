/**
 * The data behind a chart as CSV, from the same table as the page: the table rounds to the
 * indicators' decimals; the CSV keeps the published values.
 */
import { csvFormatRows } from 'd3-dsv';
import type { Cell, ChartTable, ResolvedBase } from './chart';
import { sourceLine } from './citation';
import { formatValue } from './format';
import { SHARES_FILE } from '../wdi';

/** A table cell as shown: numbers to the chart's decimals, a gap as an em dash. */
export function formatCell(cell: Cell, numeric: boolean, decimals: number): string {
  if (numeric && typeof cell === 'number') return formatValue(cell, decimals, '');
  return cell === undefined ? '—' : String(cell);
}

/** The CSV file: a `#` line with the source and licence, the header, then the rows (gaps empty). */
export function chartCsv(chart: Pick<ResolvedBase, 'title' | 'indicators'>, table: ChartTable): string {
  const header = `# ${chart.title}. Source: ${sourceLine(chart)}; values as published in ${SHARES_FILE}; an empty cell means no value was published.`;
  const body = csvFormatRows([table.columns, ...table.rows.map((row) => row.map((cell) => (cell === undefined ? '' : String(cell))))]);
  return `${header}\n${body}\n`;
}
