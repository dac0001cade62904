import { describe, expect, it } from 'vitest';
import type { ClaimData, SourceData } from '../../src/lib/content/content-checks';
import { sourcePageView, type SourcePageInput } from '../../src/lib/content/views/source-page';
import { contentPageWords, contentTopics, validSourceData } from './fixtures';

const source = (id: string, shortName: string, data: Partial<SourceData> = {}) => ({ id, data: { ...validSourceData, short_name: shortName, ...data } });
const agencies = source('agencies', 'Agencies', {
  title: 'Tariffs rise',
  publisher: 'Agencies Ltd',
  authors: ['A. Writer', 'B. Writer', 'C. Writer'],
  published: { date: '2025-05-27', basis: 'inferred', note: 'The text says "yesterday".' },
  figures: [
    { id: 'peak', value: 145, unit: '%', what: 'Peak tariff', as_of: 'April 2025', wording: 'tariffs reached 145 percent' },
    { value: 2035, unit: 'year (target)', what: 'Target year', as_of: 'not stated', wording: 'by 2035' },
  ],
});
const sources = [agencies, source('brief', 'Brief'), source('quiet', 'Quiet')];
const claim = (id: string, reports: ClaimData['reports'], extra: Partial<ClaimData> = {}) => ({ id, data: { statement: `Claim *${id}*.`, topic: 'technology', reports, ...extra } as ClaimData });
const claims = [
  claim('alone-full', [{ source: 'agencies', wording: 'w', support: 'full' }], {
    data_check: { as_reported: 'tariffs reached 145 percent', test: 'approx', measure: { economy: 'CHN', indicators: ['NE.CON.PRVT.ZS'] }, year: 2023, expected: 145, tolerance: 3 },
  }),
  claim('alone-partial', [{ source: 'agencies', wording: 'w', support: 'partial', lacks: 'the date' }]),
  claim('named-difference', [{ source: 'agencies', wording: 'w', support: 'full' }, { source: 'brief', wording: 'v', support: 'full' }], { differences: 'agencies gives April; brief does not.' }),
  claim('shared', [{ source: 'agencies', wording: 'w', support: 'full' }, { source: 'brief', wording: 'v', support: 'full' }]),
];
const input = (overrides: Partial<SourcePageInput> = {}): SourcePageInput => ({ source: agencies, sources, claims, topics: contentTopics(), words: contentPageWords('sources'), claimsWords: contentPageWords('claims'), ...overrides });

describe('sourcePageView', () => {
  const view = sourcePageView(input());

  it('says what the source adds: claims only it reports, in part where so, and where its wording differs', () => {
    expect(view.alone).toEqual([
      { statement: 'Claim *alone-full*.', href: '/claims/alone-full/', inPart: undefined },
      { statement: 'Claim *alone-partial*.', href: '/claims/alone-partial/', inPart: '(in part)' },
    ]);
    expect(view.differs).toEqual([{ statement: 'Claim *named-difference*.', href: '/claims/named-difference/#differences' }]);
  });

  it('lists its claims with how many sources report each and what its partial report lacks', () => {
    expect(view.claims.map(({ href, reportedBy, inPart }) => ({ href, reportedBy, inPart }))).toEqual([
      { href: '/claims/alone-full/', reportedBy: '(reported by 1 of 3 sources)', inPart: undefined },
      { href: '/claims/alone-partial/', reportedBy: '(reported by 1 of 3 sources, 1 in part)', inPart: { label: 'In part:', text: 'its wording does not state the date.' } },
      { href: '/claims/named-difference/', reportedBy: '(reported by 2 of 3 sources)', inPart: undefined },
      { href: '/claims/shared/', reportedBy: '(reported by 2 of 3 sources)', inPart: undefined },
    ]);
  });

  it("links each figure to the data check of a claim stating it, and keeps a year's qualifier", () => {
    expect(view.figures).toEqual([
      { anchor: 'figure-peak', value: '145%', what: 'Peak tariff', asOf: 'April 2025', wording: 'tariffs reached 145 percent', checkHref: '/claims/alone-full/#data-check' },
      { anchor: undefined, value: '2035 (target)', what: 'Target year', asOf: 'not stated', wording: 'by 2035', checkHref: undefined },
    ]);
  });

  it('dates the source, says how an inferred date was inferred, and joins its authors', () => {
    expect(view.published).toEqual({ iso: '2025-05-27', label: '27 May 2025 (inferred)', basis: 'How we inferred it: The text says "yesterday".' });
    expect(view.authors).toBe('A. Writer, B. Writer and C. Writer');
    expect(view.search).toEqual({ kind: 'source', topics: ['Trade and tariffs'], publisher: 'Agencies Ltd', date: '2025-05-27', names: ['A. Writer', 'B. Writer', 'C. Writer', 'Agencies Ltd', 'Agencies'] });
    expect(sourcePageView(input({ source: sources[1]! })).search.publisher).toBe('Publisher not stated');
  });

  it('lists the other sources while they fit side by side, and none beyond (the page links to the index)', () => {
    expect(view.others).toEqual([
      { href: '/sources/brief/', title: 'A headline', shortName: 'Brief' },
      { href: '/sources/quiet/', title: 'A headline', shortName: 'Quiet' },
    ]);
    const many = [...sources, ...Array.from({ length: 6 }, (_, index) => source(`more-${index}`, `More ${index}`))];
    expect(sourcePageView(input({ sources: many })).others).toBeUndefined();
  });
});
