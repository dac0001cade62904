import { describe, expect, it } from 'vitest';
import { appearsVerbatim, copiedRunIndex, findCopiedRun, markdownProse, quotedPassages } from '../../src/lib/content/quotes';

const archive = 'Xi said: “We must keep strengthening the manufacturing sector” — and officials are learning against it.';

describe('appearsVerbatim', () => {
  it('matches across typographic quotes, dashes and whitespace only', () => {
    expect(appearsVerbatim('"We must keep strengthening  the manufacturing sector"', archive)).toBe(true);
    expect(appearsVerbatim('sector" - and officials', archive)).toBe(true);
  });
  it('fails a changed word, a fixed typo or a dropped word', () => {
    expect(appearsVerbatim('We must keep strengthening manufacturing', archive)).toBe(false);
    expect(appearsVerbatim('officials are leaning against it', archive)).toBe(false);
    expect(appearsVerbatim('We must strengthening the manufacturing sector', archive)).toBe(false);
  });
});

describe('quotedPassages', () => {
  it('finds straight and curly double-quoted passages but not apostrophes', () => {
    expect(quotedPassages('Li said "vigorously boosting consumption" and “main engine”; China’s plan.')).toEqual([
      'vigorously boosting consumption',
      'main engine',
    ]);
  });
  it('ignores component attributes and link targets in MDX', () => {
    const body = 'import Chart from "x";\n<Chart id="china-demand-mix" />\nSee [it](/claims/a/ "title"). He said "hello".';
    expect(quotedPassages(markdownProse(body))).toEqual(['hello']);
  });
});

describe('findCopiedRun', () => {
  const source = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen';
  const index = copiedRunIndex([source], 12);
  it('finds 12 consecutive words copied from a source', () => {
    expect(findCopiedRun('Intro: One, two three four five six seven eight nine ten eleven twelve.', index)).toBe(
      'one two three four five six seven eight nine ten eleven twelve',
    );
  });
  it('allows 11 copied words, and any length inside quotation marks', () => {
    expect(findCopiedRun('one two three four five six seven eight nine ten eleven', index)).toBeUndefined();
    expect(findCopiedRun('As it said, "one two three four five six seven eight nine ten eleven twelve thirteen".', index)).toBeUndefined();
  });
});
