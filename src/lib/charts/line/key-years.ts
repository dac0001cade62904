/**
 * The years a line chart's page shows in its table (the full table, every year, has its own page):
 * every fifth year (1960, 1965, …), each annotated year, and each series' first and latest year
 * with a value, so that the years the summary, the labels and the notes name are rows. A year with
 * no value in any series is not shown.
 */
import type { ResolvedLineChart } from './resolve';
import { latest } from './summary';

export function keyYears(chart: ResolvedLineChart): number[] {
  const named = new Set(chart.annotations.map((annotation) => annotation.year));
  for (const series of chart.series) {
    const first = series.points.find((point) => point.value !== undefined);
    if (first) named.add(first.year);
    const last = latest(series);
    if (last) named.add(last.year);
  }
  const hasValue = (index: number) => chart.series.some((series) => series.points[index]?.value !== undefined);
  const years: number[] = [];
  for (let year = chart.years.from; year <= chart.years.to; year += 1) {
    if ((year % 5 === 0 || named.has(year)) && hasValue(year - chart.years.from)) years.push(year);
  }
  return years;
}
