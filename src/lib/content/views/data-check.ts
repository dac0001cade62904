/**
 * A claim's data check as its panel shows it: the verdict, the figure as reported, the computed
 * explanation and the table of the values used (tested, then context), in the words of
 * content/pages/claims.yaml (check_…). The component renders it as it is.
 */
import { percent, type CheckedValue, type CheckResult } from '../../data/data-checks';
import type { PageWords } from '../page-words';

export interface DataCheckRow {
  role: string;
  /** The economy or measure. */
  label: string;
  /** The indicator codes, summed ("NE.CON.PRVT.ZS + NE.CON.GOVT.ZS"), and the economy's code. */
  series: string;
  economy: string;
  /** The year, or "—" when none could be resolved. */
  year: string;
  value: string;
}

export interface DataCheckView {
  title: string;
  /** The verdict's class suffix ("not-testable") and its words. */
  verdict: { className: string; label: string };
  asReportedLabel: string;
  asReported: string;
  explanationLabel: string;
  explanation: string;
  /** The table of values, absent when the check used none (an untestable claim). */
  table: { label: string; caption: string; columns: Record<keyof Omit<DataCheckRow, 'economy'>, string>; rows: DataCheckRow[] } | undefined;
  source: string;
}

/** The panel of `result`, in the words of `phrase` (claims.yaml). */
export function dataCheckView(result: CheckResult, phrase: PageWords['phrase']): DataCheckView {
  const row = (value: CheckedValue, role: string): DataCheckRow => ({
    role,
    label: value.label,
    series: value.indicators.join(' + '),
    economy: value.economy,
    year: value.year === undefined ? '—' : String(value.year),
    value: value.value === undefined ? phrase('check_no_data') : percent(value.value),
  });
  const rows = [...result.values.map((value) => row(value, phrase('check_role_tested'))), ...result.context.map((value) => row(value, phrase('check_role_context')))];
  return {
    title: phrase('check_title'),
    verdict: { className: result.verdict.replace(' ', '-'), label: phrase(`check_${result.verdict.replace(' ', '_')}`) },
    asReportedLabel: phrase('check_as_reported'),
    asReported: result.asReported,
    explanationLabel: phrase('check_verdict'),
    explanation: result.explanation,
    table:
      rows.length === 0
        ? undefined
        : {
            label: phrase('check_values_label'),
            caption: phrase('check_caption'),
            columns: { role: phrase('check_column_role'), label: phrase('check_column_measure'), series: phrase('check_column_series'), year: phrase('check_column_year'), value: phrase('check_column_value') },
            rows,
          },
    source: phrase('check_source'),
  };
}
