import { describe, expect, it } from 'vitest';
import { findRelativeTime, findTypedRelation } from '../../src/lib/content/prose-rules';

describe('findTypedRelation', () => {
  it.each([
    ['It is the only text that assesses the plan.', 'the only text'],
    ['Four of our five sources pass on the report.', 'Four of our five sources'],
    ['Both sources date the visit to 19 May.', 'Both sources'],
    ['The others, a comment by two researchers, differ.', 'The others,'],
    ['the other, a comment by Alexander Brown', 'the other,'],
    ['One source adds artificial intelligence.', 'One source'],
    ['Unlike the others it names a month.', 'Unlike the others'],
    ['The sources expect the aims to stay the same.', 'The sources expect'],
    ['Only one news report gives the month.', 'Only one news report'],
  ])('catches %j', (prose, phrase) => {
    expect(findTypedRelation(prose)).toBe(phrase);
  });

  it.each([
    'Bloomberg reported on 26 May that officials were drafting a plan.',
    'Only what the text states is recorded.',
    'Its wording says only "the key role of manufacturing".',
    'The MDT/Agencies report gives "earlier this year"; the FDD brief gives 12 May.',
    'It cites Bloomberg’s May 26 report.',
  ])('leaves %j alone', (prose) => {
    expect(findTypedRelation(prose)).toBeUndefined();
  });

  it('ignores the sources’ own words in quotation marks', () => {
    expect(findTypedRelation('It calls it “the only report that matters”.')).toBeUndefined();
  });
});

describe('findRelativeTime', () => {
  it.each([
    ['folded into the current Five-Year Plan', 'current'],
    ['Chinese firms now lead in railways.', 'now'],
    ['as announced recently', 'recently'],
    ['targets for next year', 'next year'],
  ])('catches %j', (prose, word) => {
    expect(findRelativeTime(prose)).toBe(word);
  });

  it('leaves dates, economic terms and quoted words alone', () => {
    expect(findRelativeTime('the 14th Five-Year Plan (2021 to 2025) and the current account surplus')).toBeUndefined();
    expect(findRelativeTime('tariffs rose "earlier this year", it says')).toBeUndefined();
  });
});
