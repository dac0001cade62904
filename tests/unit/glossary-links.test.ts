import { describe, expect, it } from 'vitest';
import { createTermLinker, termsUsedIn } from '../../src/lib/content/glossary-links';

const link = createTermLinker([
  { id: 'gcf', forms: ['gross capital formation', 'investment'] },
  { id: 'screening', forms: ['outbound investment screening'] },
  { id: 'mic', forms: ['Made in China 2025', 'MIC2025'] },
]);

describe('createTermLinker', () => {
  it('links only the first use of each term on a page', () => {
    const linked = new Set<string>();
    expect(link('Made in China 2025, or MIC2025, drove investment.', linked)).toEqual([
      { text: 'Made in China 2025', termId: 'mic' },
      { text: ', or MIC2025, drove ' },
      { text: 'investment', termId: 'gcf' },
      { text: '.' },
    ]);
    expect(link('More investment.', linked)).toEqual([{ text: 'More investment.' }]);
  });

  it('prefers the longest form and respects word boundaries', () => {
    const segments = link('Use outbound investment screening; reinvestment is not a term.', new Set());
    expect(segments.filter((s) => s.termId)).toEqual([{ text: 'outbound investment screening', termId: 'screening' }]);
  });
});

describe('termsUsedIn (which sources use a glossary term)', () => {
  const terms = [
    { id: 'gdp', forms: ['gross domestic product', 'GDP'] },
    { id: 'share', forms: ['share of GDP', 'share of gross domestic product'] },
    { id: 'gcf', forms: ['gross capital formation', 'investment'] },
    { id: 'screening', forms: ['outbound investment screening'] },
    { id: 'horizontal', forms: ['horizontal industrial policy'] },
    { id: 'premier', forms: ['Premier'] },
  ];
  const used = (text: string) => Object.fromEntries(termsUsedIn(terms, text));

  it('finds a term or an alias as whole words, case as written, with the form found', () => {
    expect(used('Consumption is 40% of GDP; the Premier spoke.')).toEqual({ gdp: 'GDP', premier: 'Premier' });
    expect(used('A premier league of GDPs.')).toEqual({});
  });

  it('does not count an alias inside a longer form of another term', () => {
    expect(used('They used outbound investment screening.')).toEqual({ screening: 'outbound investment screening' });
  });

  it("counts a term's own name inside a longer form", () => {
    expect(used('consumption as a share of gross domestic product')).toEqual({ share: 'share of gross domestic product', gdp: 'gross domestic product' });
  });

  it('sees a term through quotation marks, curly quotes and line breaks', () => {
    expect(used('This “horizontal” industrial\npolicy matters.')).toEqual({ horizontal: 'horizontal industrial policy' });
  });
});
