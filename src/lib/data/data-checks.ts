/**
 * Data checks: a claim's reported number tested against the World Bank data at build time.
 * Nothing here is typed in: values, years, verdicts and explanations are computed from the
 * data, so a change in the data changes the verdict.
 */
import type { ClaimData } from '../content/content-checks';
import { formatValue } from '../charts/format';

export type DataCheck = NonNullable<ClaimData['data_check']>;
type Measure = { economy: string; indicators: string[] };
type Year = number | 'latest';

/** What the checks need from the dataset. */
export interface DataLookup {
  /** The value of one series in one year, or undefined when the World Bank publishes none. */
  value(economy: string, indicator: string, year: number): number | undefined;
  /** The most recent year with a value, or undefined when the series is absent. */
  latestYear(economy: string, indicator: string): number | undefined;
  /** The economy's name, e.g. "China" for CHN. */
  economyName(economy: string): string;
}

export type Verdict = 'consistent' | 'differs' | 'not testable';

/** One computed value, with the series and year it comes from. */
export interface CheckedValue {
  label: string;
  economy: string;
  indicators: string[];
  year: number | undefined;
  /** Percent of GDP (a sum when several indicators are named), or undefined when missing. */
  value: number | undefined;
}

export interface CheckResult {
  asReported: string;
  verdict: Verdict;
  /** One line a reader can follow. */
  explanation: string;
  /** The values the verdict rests on. */
  values: CheckedValue[];
  /** Related values shown for context. */
  context: CheckedValue[];
}

/** "39.1%" */
export const percent = (value: number) => formatValue(value, 1, '%');

/** Resolves a measure in a year ("latest" = the latest year every indicator has). */
function measure(data: DataLookup, m: Measure, year: Year, label?: string): CheckedValue {
  const resolvedYear =
    year === 'latest'
      ? Math.min(...m.indicators.map((indicator) => data.latestYear(m.economy, indicator) ?? Number.NaN))
      : year;
  const known = Number.isFinite(resolvedYear) ? resolvedYear : undefined;
  const parts = known === undefined ? [] : m.indicators.map((indicator) => data.value(m.economy, indicator, known));
  const complete = parts.length > 0 && parts.every((part): part is number => part !== undefined);
  return {
    label: label ?? data.economyName(m.economy),
    economy: m.economy,
    indicators: m.indicators,
    year: known,
    value: complete ? parts.reduce((sum, part) => sum + part, 0) : undefined,
  };
}

const describe = (v: CheckedValue) => `${v.label} ${v.year ?? '(no year)'}: ${v.value === undefined ? 'no data' : percent(v.value)}`;

/** Evaluates a claim's data check against the data. */
export function evaluateCheck(check: DataCheck, data: DataLookup): CheckResult {
  const context = (check.context ?? []).map((entry) => measure(data, entry.measure, entry.year, entry.label));
  const result = (verdict: Verdict, explanation: string, values: CheckedValue[]): CheckResult => ({
    asReported: check.as_reported,
    verdict,
    explanation,
    values,
    context,
  });
  const missing = (values: CheckedValue[]) =>
    result('not testable', `The World Bank data have no value for ${values.filter((v) => v.value === undefined).map((v) => `${v.label} ${v.year ?? ''}`.trim()).join(', ')}.`, values);

  switch (check.test) {
    case 'untestable':
      return result('not testable', check.reason, []);

    case 'approx': {
      const v = measure(data, check.measure, check.year);
      if (v.value === undefined) return missing([v]);
      const gap = Math.abs(v.value - check.expected);
      const verdict = gap <= check.tolerance ? 'consistent' : 'differs';
      return result(
        verdict,
        `The data give ${percent(v.value)} for ${v.label} in ${v.year}, ${gap.toFixed(1)} points from the reported ${check.expected}% (tolerance ±${check.tolerance}).`,
        [v],
      );
    }

    case 'within': {
      const values = check.measures.map((m) => measure(data, m, check.year));
      if (values.some((v) => v.value === undefined)) return missing(values);
      const outside = values.filter((v) => (v.value as number) < check.min || (v.value as number) > check.max);
      const range = `${check.min}–${check.max}%`;
      return outside.length === 0
        ? result('consistent', `All ${values.length} lie within ${range}: ${values.map(describe).join('; ')}.`, values)
        : result('differs', `${outside.length} of ${values.length} fall outside ${range}: ${outside.map(describe).join('; ')}.`, values);
    }

    case 'ratio': {
      const numerator = measure(data, check.numerator, check.year);
      const denominator = measure(data, check.denominator, check.year);
      if (numerator.value === undefined || denominator.value === undefined || denominator.value === 0) {
        return missing([numerator, denominator]);
      }
      const ratio = numerator.value / denominator.value;
      const verdict = Math.abs(ratio - check.expected) <= check.tolerance ? 'consistent' : 'differs';
      return result(
        verdict,
        `${describe(numerator)} is ${ratio.toFixed(2)} times ${describe(denominator)}; the reported ratio is ${check.expected} (tolerance ±${check.tolerance}).`,
        [numerator, denominator],
      );
    }
  }
}
