import { describe, expect, it } from 'vitest';
import { countInWords } from '../../src/lib/text/number-words';

describe('countInWords', () => {
  it('writes one to ten in words and larger counts in figures', () => {
    expect(countInWords(1)).toBe('one');
    expect(countInWords(5)).toBe('five');
    expect(countInWords(10)).toBe('ten');
    expect(countInWords(11)).toBe('11');
    expect(countInWords(1005)).toBe('1,005');
  });
  it('capitalises a count that opens a sentence', () => {
    expect(countInWords(4, true)).toBe('Four');
  });
  it('refuses what is not a count', () => {
    expect(() => countInWords(2.5)).toThrow(/not a count/);
    expect(() => countInWords(-1)).toThrow(/not a count/);
  });
});
