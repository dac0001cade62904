import { describe, expect, it } from 'vitest';
import type { ClaimData, SourceData } from '../../src/lib/content/content-checks';
import { createTermLinker } from '../../src/lib/content/glossary-links';
import { buildTimeline } from '../../src/lib/content/timeline';
import { claimPageView, type ClaimPageInput } from '../../src/lib/content/views/claim-page';
import { contentPageWords, contentTopics, validSourceData } from './fixtures';

const source = (id: string, shortName: string, data: Partial<SourceData> = {}) => ({ id, data: { ...validSourceData, short_name: shortName, ...data } });
const sources = [
  source('agencies', 'Agencies', { title: 'Tariffs rise', published: { date: '2025-05-28', basis: 'stated', note: 'Dated.' } }),
  source('brief', 'Brief'),
  source('quiet', 'Quiet'),
];
const claim = {
  id: 'tariffs-rose',
  data: {
    statement: 'US *tariffs* rose to 145%.',
    topic: 'trade-and-tariffs',
    reports: [
      { source: 'agencies', wording: 'tariffs are now 145 percent', support: 'full' },
      { source: 'brief', wording: 'tariffs rose', support: 'partial', lacks: 'the rate' },
    ],
    differences: 'agencies gives the rate; brief does not.',
  } as ClaimData,
};
const input = (overrides: Partial<ClaimPageInput> = {}): ClaimPageInput => ({
  claim,
  sources,
  check: undefined,
  topics: contentTopics(),
  timelineItems: buildTimeline(
    [
      { id: 'rise', data: { id: 'rise', date: '2025-04', title: 'Tariffs rise', description: 'd', status: 'happened', sources: ['agencies'], claim: 'tariffs-rose' } },
      { id: 'talks', data: { id: 'talks', date: '2026-03', title: 'Talks', description: 'd', status: 'expected', sources: ['agencies'], claim: 'tariffs-rose' } },
      { id: 'other', data: { id: 'other', date: '2025', title: 'Other', description: 'd', status: 'happened', sources: ['agencies'] } },
    ],
    sources,
  ),
  today: new Date('2026-12-02'),
  linkTerms: createTermLinker([{ id: 'tariff', forms: ['tariff', 'tariffs'] }]),
  words: contentPageWords('claims'),
  timelineWords: contentPageWords('timeline'),
  sourcesWords: contentPageWords('sources'),
  ...overrides,
});

describe('claimPageView', () => {
  const view = claimPageView(input());

  it('counts the reporting sources, those in part named, out of every source', () => {
    expect(view.lede).toBe('Reported by 2 of 3 sources; 1 in part: Brief.');
    expect(claimPageView(input({ claim: { ...claim, data: { ...claim.data, reports: [claim.data.reports[0]!] } } })).lede).toBe('Reported by 1 of 3 sources.');
  });

  it('titles the page with the statement as plain text and links the glossary terms it uses', () => {
    expect(view.title).toBe('US tariffs rose to 145%.');
    expect(view.terms).toEqual([{ text: 'tariffs', href: '/glossary/#tariff' }]);
  });

  it("shows each reporting source's wording, what a partial one lacks, and dates a relative word", () => {
    expect(view.wordings.map(({ anchor, partial, inPart, shortName, sourceHref, sourceTitle }) => ({ anchor, partial, inPart, shortName, sourceHref, sourceTitle }))).toEqual([
      { anchor: 'source-agencies', partial: false, inPart: undefined, shortName: 'Agencies', sourceHref: '/sources/agencies/', sourceTitle: 'Tariffs rise' },
      { anchor: 'source-brief', partial: true, inPart: { label: 'In part:', text: 'the wording does not state the rate.' }, shortName: 'Brief', sourceHref: '/sources/brief/', sourceTitle: 'A headline' },
    ]);
    expect(view.wordings.map((wording) => wording.asOfNote)).toEqual(['“now” is as of the source’s publication: 28 May 2025.', undefined]);
  });

  it('names the sources that do not report it while they fit side by side, and counts them beyond', () => {
    expect(view.silent).toEqual({ sources: [{ name: 'Quiet', href: '/sources/quiet/' }], line: ['Not reported by: ', ''] });
    const many = [...sources, ...Array.from({ length: 7 }, (_, index) => source(`more-${index}`, `More ${index}`))];
    expect(claimPageView(input({ sources: many })).silent).toEqual({ count: 'Not reported by 8 further sources.' });
    expect(claimPageView(input({ sources: sources.slice(0, 2) })).silent).toBeUndefined();
  });

  it('names the sources in the differences by their short names', () => {
    expect(view.differences).toBe('Agencies gives the rate; Brief does not.');
  });

  it("lists the claim's events, with the outlook of one expected and past its date", () => {
    expect(view.events).toEqual([
      { title: 'Tariffs rise', href: '/timeline/#rise', outlook: undefined },
      { title: 'Talks', href: '/timeline/#talks', outlook: { note: 'Expected in March 2026, as of the sources (late May 2025). That date has passed; this site has no source yet on what happened.', past: true } },
    ]);
  });
});
