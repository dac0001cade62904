import { describe, expect, it } from 'vitest';
import { authorList, kindLabel, publishedLabel } from '../../src/lib/content/sources';
import { sourceKinds } from '../../src/lib/content/schemas';
import { contentPageWords } from './fixtures';

describe('a source\'s facts in the words of content/pages/sources.yaml', () => {
  const words = contentPageWords('sources');

  it('marks an inferred publication date with the phrase date_inferred, and gives a stated one as a date', () => {
    expect(publishedLabel({ date: '2025-05-27', basis: 'inferred', note: 'n' }, words)).toBe(words.phrase('date_inferred', { date: () => '27 May 2025' }));
    expect(publishedLabel({ date: '2025-05', basis: 'stated', note: 'n' }, words)).toBe('May 2025');
  });

  it('names every kind of source with its kind_ phrase', () => {
    for (const kind of sourceKinds) expect(kindLabel(kind, words)).toBe(words.phrase(`kind_${kind.replace(/ /g, '_')}`));
    expect(new Set(sourceKinds.map((kind) => kindLabel(kind, words))).size).toBe(sourceKinds.length);
  });

  it('joins authors with commas and the phrase authors_last before the last', () => {
    expect(authorList([], words)).toBeUndefined();
    expect(authorList(['A'], words)).toBe('A');
    expect(authorList(['A', 'B'], words)).toBe(words.phrase('authors_last', { list: () => 'A', name: () => 'B' }));
    expect(authorList(['A', 'B', 'C'], words)).toBe(words.phrase('authors_last', { list: () => 'A, B', name: () => 'C' }));
  });
});
