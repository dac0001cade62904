/**
 * The placeholders a chart spec's title, page_title, subtitle and notes may use, computed from
 * the data the chart draws, so a count or a year in them cannot go stale (see word-tokens.ts).
 * Line charts: {years} ("1960–2023", the years that have a value), {series} (how many lines),
 * {band} ("50–70%"), {first_year:CHN} and {last_year:CHN} (one series' first and last year with a
 * value; CHN/NV.IND.MANF.ZS where the economy has several series).
 * Scatter and map (each economy's latest year): {economies} (single economies shown),
 * {aggregates} (aggregates shown), {latest_year}, and, where some economies have an older year,
 * {earlier_year} and {earlier_count} (how many have it).
 */
import { countInWords } from '../text/number-words';
import { plain, TokenError, type TokenValues } from '../text/word-tokens';

/** A span of years as the charts write it: "1960–2023", or "2023" for one year. */
export const yearSpan = (first: number, last: number): string => (first === last ? String(first) : `${first}–${last}`);

interface SeriesYears {
  economy: string;
  indicator: string;
  points: { year: number; value: number | undefined }[];
}

/** The placeholders of a line chart. */
export function lineTokens(series: readonly SeriesYears[], band: { from: number; to: number } | undefined, unit: string): TokenValues {
  const yearsWithValues = (line: SeriesYears) => line.points.filter((point) => point.value !== undefined).map((point) => point.year);
  const all = series.flatMap(yearsWithValues);
  const seriesOf = (name: string, argument: string | undefined): SeriesYears => {
    const [economy, indicator] = (argument ?? '').split('/');
    const matches = series.filter((line) => line.economy === economy && (indicator === undefined || line.indicator === indicator));
    if (matches.length === 0) throw new TokenError(`{${name}:${argument ?? ''}}: the chart has no series ${argument ?? '(none named)'}; name one as {${name}:CHN} or {${name}:CHN/NE.CON.PRVT.ZS}`);
    if (matches.length > 1) throw new TokenError(`{${name}:${argument}}: ${economy} has several series here; name the indicator too, e.g. {${name}:${economy}/${matches[0]!.indicator}}`);
    return matches[0]!;
  };
  return {
    years: plain('years', () => yearSpan(Math.min(...all), Math.max(...all))),
    series: plain('series', () => countInWords(series.length)),
    band: plain('band', () => {
      if (!band) throw new TokenError('{band}: the chart has no band');
      return `${band.from}–${band.to}${unit.startsWith('%') ? '%' : ''}`;
    }),
    first_year: (argument) => String(Math.min(...yearsWithValues(seriesOf('first_year', argument)))),
    last_year: (argument) => String(Math.max(...yearsWithValues(seriesOf('last_year', argument)))),
  };
}

/** The placeholders of a latest-year view (scatter, map): one row per economy shown, with its year. */
export function latestViewTokens(rows: readonly { year: number; aggregate: boolean }[]): TokenValues {
  const latest = Math.max(...rows.map((row) => row.year));
  const earlier = rows.filter((row) => row.year < latest);
  const earlierYears = [...new Set(earlier.map((row) => row.year))].sort((a, b) => b - a);
  const earlierYear = (name: string) => {
    if (earlierYears.length !== 1) {
      throw new TokenError(
        earlierYears.length === 0
          ? `{${name}}: every economy shown has ${latest}; there is no earlier year, so rewrite the text without it`
          : `{${name}}: economies shown have several earlier years (${earlierYears.join(', ')}); rewrite the text for them`,
      );
    }
    return earlierYears[0]!;
  };
  return {
    economies: plain('economies', () => countInWords(rows.filter((row) => !row.aggregate).length)),
    aggregates: plain('aggregates', () => countInWords(rows.filter((row) => row.aggregate).length)),
    latest_year: plain('latest_year', () => String(latest)),
    earlier_year: plain('earlier_year', () => String(earlierYear('earlier_year'))),
    earlier_count: plain('earlier_count', () => {
      earlierYear('earlier_count');
      return countInWords(earlier.length);
    }),
  };
}
