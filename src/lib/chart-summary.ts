/**
 * The one-sentence summary of a chart, computed from its data (used as the SVG's description and
 * shown under the title), e.g. "In 2023 household consumption was 39.1% of China's GDP and investment 42.1%."
 */
import { indicatorShort, type ResolvedChart, type ResolvedLineChart, type ResolvedSeries } from './chart-spec';

const pct = (value: number) => `${value.toFixed(1)}%`;

/** The series' latest value within the chart's years. */
function latest(series: ResolvedSeries): { year: number; value: number } | undefined {
  for (let i = series.points.length - 1; i >= 0; i -= 1) {
    const point = series.points[i];
    if (point?.value !== undefined) return { year: point.year, value: point.value };
  }
  return undefined;
}

const possessive = (name: string) => (name.endsWith('s') ? `${name}'` : `${name}'s`);

/** "a, b and c" */
const list = (items: string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

function lineSummary(chart: ResolvedLineChart): string {
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
    const parts = rest.map((e) => `${indicatorShort(e.s.indicator)} ${pct(e.value)}${e.year === year ? '' : ` (${e.year})`}`);
    return `In ${year} ${indicatorShort(first.s.indicator)} was ${pct(first.value)} of ${possessive(first.s.economyName)} GDP${
      parts.length === 1 ? ` and ${parts[0]}` : parts.length > 1 ? `, ${list(parts)}` : ''
    }.`;
  }

  const focus = chart.series[0]?.economy;
  for (const indicator of chart.indicators) {
    const entries = withLatest.filter((e) => e.s.indicator === indicator);
    const own = entries.find((e) => e.s.economy === focus);
    const others = entries.filter((e) => e.s.economy !== focus);
    if (!own) continue;
    const name = (e: { s: ResolvedSeries }) => (chart.indicators.length === 1 ? e.s.label : e.s.economyName);
    const verb = indicatorShort(indicator).endsWith('exports') ? 'were' : 'was';
    let sentence = `${indicatorShort(indicator)} ${verb} ${pct(own.value)} of GDP in ${name(own)}${own.year === year ? '' : ` (${own.year})`}`;
    if (others.length > 0) {
      const low = others.reduce((a, b) => (b.value < a.value ? b : a));
      const high = others.reduce((a, b) => (b.value > a.value ? b : a));
      sentence += `, against ${pct(low.value)} (${name(low)}) to ${pct(high.value)} (${name(high)}) in the other economies shown`;
    }
    sentences.push(sentence);
  }
  const older = withLatest.filter((e) => e.year < year);
  const caveat = older.length
    ? ` Latest values for ${list([...new Set(older.map((e) => `${e.s.label} (${e.year})`))])}.`
    : '';
  return `In ${year} ${sentences.join('; ')}.${caveat}`;
}

/** One sentence (occasionally two) stating what the chart shows, with numbers from the data. */
export function chartSummary(chart: ResolvedChart): string {
  if (chart.type === 'line') return lineSummary(chart);
  const highlighted = chart.points.filter((p) => p.label);
  const focus = highlighted[0];
  if (!focus) return '';
  const economies = chart.points.filter((p) => !p.aggregate);
  const higherY = economies.filter((p) => p.y > focus.y).length;
  const lowerX = economies.filter((p) => p.x < focus.x).length;
  return `In ${focus.year} ${indicatorShort(chart.x.indicator)} was ${pct(focus.x)} of ${possessive(focus.name)} GDP and ${indicatorShort(
    chart.y.indicator,
  )} ${pct(focus.y)}: of ${economies.length} economies shown, ${higherY} had a higher ${indicatorShort(chart.y.indicator)} share and ${lowerX} a lower ${indicatorShort(
    chart.x.indicator,
  )} share.`;
}
