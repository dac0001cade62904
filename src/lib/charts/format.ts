/** The one value formatter: every number a reader sees in a chart, table, tooltip or sentence. */

/** "39.1%" for a percentage unit, "39.1" otherwise; a missing value is an em dash. */
export function formatValue(value: number | undefined | null, decimals: number, unit: string): string {
  if (value === undefined || value === null) return '—';
  return `${value.toFixed(decimals)}${unit.startsWith('%') ? '%' : ''}`;
}

/** Escapes text for SVG/HTML markup (text content and double-quoted attributes). */
export const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
