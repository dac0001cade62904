import { describe, expect, it } from 'vitest';
import { createTermLinker } from '../../src/lib/glossary-links';

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
