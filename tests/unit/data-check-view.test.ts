import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/lib/data/data-checks';
import { dataCheckView } from '../../src/lib/content/views/data-check';
import { contentPageWords } from './fixtures';

const { phrase } = contentPageWords('claims');
const value = (label: string, year: number | undefined, share: number | undefined) => ({ label, economy: 'CHN', indicators: ['NE.CON.PRVT.ZS', 'NE.CON.GOVT.ZS'], year, value: share });
const result = (verdict: CheckResult['verdict'], values: CheckResult['values'], context: CheckResult['context'] = []): CheckResult => ({ asReported: 'about 40 percent', verdict, explanation: 'Computed.', values, context });

describe('dataCheckView', () => {
  it('lists the tested values, then the context, with a missing year and value in words', () => {
    const view = dataCheckView(result('not testable', [value('China', 2023, 39.13)], [value('Households plus government', undefined, undefined)]), phrase);
    expect(view.verdict).toEqual({ className: 'not-testable', label: phrase('check_not_testable') });
    expect(view.explanation).toBe('Computed.');
    expect(view.table?.rows).toEqual([
      { role: phrase('check_role_tested'), label: 'China', series: 'NE.CON.PRVT.ZS + NE.CON.GOVT.ZS', economy: 'CHN', year: '2023', value: '39.1%' },
      { role: phrase('check_role_context'), label: 'Households plus government', series: 'NE.CON.PRVT.ZS + NE.CON.GOVT.ZS', economy: 'CHN', year: '—', value: phrase('check_no_data') },
    ]);
    expect(view.table?.columns.value).toBe(phrase('check_column_value'));
  });

  it('has no table when the check used no values (a claim the data cannot test)', () => {
    const view = dataCheckView(result('consistent', []), phrase);
    expect(view.verdict).toEqual({ className: 'consistent', label: phrase('check_consistent') });
    expect(view.table).toBeUndefined();
  });
});
