/**
 * The one-sentence summary of a line chart, e.g. "In 2023 household consumption was 39.1% of
 * China's GDP and investment 42.1%.", in data.yaml's summary_line… phrases.
 */
import type { ChartPhrase } from '../chart';
import { formatValue } from '../format';
import { list, summaryTokens } from '../text';
import type { ResolvedLineChart, ResolvedSeries } from './resolve';

/** The series' latest value within the chart's years. */
export function latest(series: ResolvedSeries): { year: number; value: number } | undefined {
  for (let i = series.points.length - 1; i >= 0; i -= 1) {
    const point = series.points[i];
    if (point?.value !== undefined) return { year: point.year, value: point.value };
  }
  return undefined;
}

export function lineSummary(chart: ResolvedLineChart, phrase: ChartPhrase): string {
  const fill = (name: string, values: Parameters<typeof summaryTokens>[0]) => phrase(name, summaryTokens(values));
  const pct = (value: number) => formatValue(value, chart.decimals, chart.unit);
  const short = (code: string) => chart.shortNames[code] ?? code;
  // A plural short name ("exports") takes the phrase's _plural variant ("were").
  const verbed = (name: string, code: string) => (chart.pluralNames.includes(code) ? `${name}_plural` : name);
  const economies = [...new Set(chart.series.map((s) => s.economy))];
  const withLatest = chart.series.flatMap((s) => {
    const last = latest(s);
    return last ? [{ s, ...last }] : [];
  });
  const year = Math.max(...withLatest.map((e) => e.year));
  /** A part of the sentence, with its own year when that is not the sentence's. */
  const dated = (text: string, own: number) => (own === year ? text : fill('summary_line_dated', { name: text, year: own }));

  if (economies.length === 1) {
    const [first, ...rest] = withLatest;
    if (!first) return '';
    const lead = fill(verbed('summary_line_economy', first.s.indicator), { indicator: short(first.s.indicator), value: pct(first.value), economy: first.s.economyLabel });
    const parts = [lead, ...rest.map((e) => dated(fill('summary_line_value', { indicator: short(e.s.indicator), value: pct(e.value) }), e.year))];
    return fill('summary_line', { year, list: list(parts, phrase) });
  }

  const focus = chart.series[0]?.economy;
  const clauses: string[] = [];
  for (const indicator of chart.indicators) {
    const entries = withLatest.filter((e) => e.s.indicator === indicator);
    const own = entries.find((e) => e.s.economy === focus);
    const others = entries.filter((e) => e.s.economy !== focus);
    if (!own) continue;
    const clause = dated(fill(verbed('summary_line_clause', indicator), { indicator: short(indicator), value: pct(own.value), economy: own.s.economyLabel }), own.year);
    if (others.length === 0) {
      clauses.push(clause);
      continue;
    }
    const low = others.reduce((a, b) => (b.value < a.value ? b : a));
    const high = others.reduce((a, b) => (b.value > a.value ? b : a));
    clauses.push(fill('summary_line_range', { name: clause, min: pct(low.value), low: low.s.economyLabel, max: pct(high.value), high: high.s.economyLabel }));
  }
  // The clauses, one per indicator, are parts of one sentence: a semicolon between them.
  const summary = fill('summary_line', { year, list: clauses.join('; ') });
  const older = [...new Set(withLatest.filter((e) => e.year < year).map((e) => fill('summary_line_dated', { name: e.s.label, year: e.year })))];
  return older.length ? `${summary} ${fill('summary_line_older', { list: list(older, phrase) })}` : summary;
}
