/**
 * The one-sentence summary of a line chart, e.g. "In 2023 household consumption was 39.1% of
 * China's GDP and investment 42.1%."
 */
import { formatValue } from '../format';
import { list, possessive } from '../text';
import type { ResolvedLineChart, ResolvedSeries } from './resolve';

/** The series' latest value within the chart's years. */
function latest(series: ResolvedSeries): { year: number; value: number } | undefined {
  for (let i = series.points.length - 1; i >= 0; i -= 1) {
    const point = series.points[i];
    if (point?.value !== undefined) return { year: point.year, value: point.value };
  }
  return undefined;
}

export function lineSummary(chart: ResolvedLineChart): string {
  const pct = (value: number) => formatValue(value, chart.decimals, chart.unit);
  const short = (code: string) => chart.shortNames[code] ?? code;
  const economies = [...new Set(chart.series.map((s) => s.economy))];
  const withLatest = chart.series.flatMap((s) => {
    const last = latest(s);
    return last ? [{ s, ...last }] : [];
  });
  const year = Math.max(...withLatest.map((e) => e.year));
  const sentences: string[] = [];

  if (economies.length === 1) {
    const [first, ...rest] = withLatest;
    if (!first) return '';
    const parts = rest.map((e) => `${short(e.s.indicator)} ${pct(e.value)}${e.year === year ? '' : ` (${e.year})`}`);
    return `In ${year} ${short(first.s.indicator)} was ${pct(first.value)} of ${possessive(first.s.economyLabel)} GDP${
      parts.length === 1 ? ` and ${parts[0]}` : parts.length > 1 ? `, ${list(parts)}` : ''
    }.`;
  }

  const focus = chart.series[0]?.economy;
  for (const indicator of chart.indicators) {
    const entries = withLatest.filter((e) => e.s.indicator === indicator);
    const own = entries.find((e) => e.s.economy === focus);
    const others = entries.filter((e) => e.s.economy !== focus);
    if (!own) continue;
    const name = (e: { s: ResolvedSeries }) => e.s.economyLabel;
    const verb = short(indicator).endsWith('exports') ? 'were' : 'was';
    let sentence = `${short(indicator)} ${verb} ${pct(own.value)} of GDP in ${name(own)}${own.year === year ? '' : ` (${own.year})`}`;
    if (others.length > 0) {
      const low = others.reduce((a, b) => (b.value < a.value ? b : a));
      const high = others.reduce((a, b) => (b.value > a.value ? b : a));
      sentence += `, against ${pct(low.value)} (${name(low)}) to ${pct(high.value)} (${name(high)}) in the other economies shown`;
    }
    sentences.push(sentence);
  }
  const older = withLatest.filter((e) => e.year < year);
  const caveat = older.length ? ` Latest values for ${list([...new Set(older.map((e) => `${e.s.label} (${e.year})`))])}.` : '';
  return `In ${year} ${sentences.join('; ')}.${caveat}`;
}
