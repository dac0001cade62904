/**
 * Data checks: a claim's reported number tested against the World Bank data at build time.
 * Nothing here is typed in: values, years, verdicts and explanations are computed from the
 * data, so a change in the data changes the verdict; the explanations' words are claims.yaml's
 * `check_explain_…` phrases.
 */
import type { ClaimData } from '../content/content-checks';
import { formatValue } from '../charts/format';
import { plain, type TokenValues } from '../text/word-tokens';

/** A phrase of content/pages/claims.yaml with the placeholders the check fills in. */
export type CheckPhrase = (name: string, extra?: TokenValues) => string;

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

/** Placeholder values from plain strings and numbers. */
const tokens = (values: Record<string, string | number>): TokenValues => Object.fromEntries(Object.entries(values).map(([name, value]) => [name, plain(name, () => String(value))]));

/** Evaluates a claim's data check against the data, explained in the words of `phrase`. */
export function evaluateCheck(check: DataCheck, data: DataLookup, phrase: CheckPhrase): CheckResult {
  const explain = (name: string, values: Record<string, string | number>) => phrase(`check_explain_${name}`, tokens(values));
  const describe = (v: CheckedValue) =>
    explain('value', { name: v.label, year: v.year ?? phrase('check_no_year'), value: v.value === undefined ? phrase('check_no_data') : percent(v.value) });
  const context = (check.context ?? []).map((entry) => measure(data, entry.measure, entry.year, entry.label));
  const result = (verdict: Verdict, explanation: string, values: CheckedValue[]): CheckResult => ({
    asReported: check.as_reported,
    verdict,
    explanation,
    values,
    context,
  });
  const missing = (values: CheckedValue[]) =>
    result('not testable', explain('missing', { list: values.filter((v) => v.value === undefined).map((v) => [v.label, v.year].filter((part) => part !== undefined).join(' ')).join(', ') }), values);

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
        explain('approx', { value: percent(v.value), name: v.label, year: v.year!, gap: gap.toFixed(1), expected: check.expected, tolerance: check.tolerance }),
        [v],
      );
    }

    case 'within': {
      const values = check.measures.map((m) => measure(data, m, check.year));
      if (values.some((v) => v.value === undefined)) return missing(values);
      const outside = values.filter((v) => (v.value as number) < check.min || (v.value as number) > check.max);
      const range = { min: check.min, max: check.max, total: values.length };
      return outside.length === 0
        ? result('consistent', explain('within', { ...range, list: values.map(describe).join('; ') }), values)
        : result('differs', explain('outside', { ...range, count: outside.length, list: outside.map(describe).join('; ') }), values);
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
        explain('ratio', { numerator: describe(numerator), ratio: ratio.toFixed(2), denominator: describe(denominator), expected: check.expected, tolerance: check.tolerance }),
        [numerator, denominator],
      );
    }
  }
}
