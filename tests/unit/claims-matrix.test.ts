import { describe, expect, it } from 'vitest';
import type { ClaimData, SourceData } from '../../src/lib/content/content-checks';
import { claimsMatrixView } from '../../src/lib/content/views/claims-matrix';
import { contentPageWords, contentTopics, validSourceData } from './fixtures';

const source = (id: string, shortName: string, title: string | null = validSourceData.title) => ({ id, data: { ...validSourceData, short_name: shortName, title } as SourceData });
const sources = [source('agencies', 'Agencies'), source('brief', 'Brief'), source('quiet', 'Quiet', null)];
const claim = (id: string, topic: ClaimData['topic'], reports: ClaimData['reports'], extra: Partial<ClaimData> = {}) => ({ id, data: { statement: `Claim ${id}.`, topic, reports, ...extra } as ClaimData });
const full = (source: string) => ({ source, wording: 'w', support: 'full' as const });
const claims = [
  claim('b-one', 'technology', [full('agencies')]),
  claim('a-two', 'technology', [full('agencies'), { source: 'brief', wording: 'v', support: 'partial', lacks: 'a date' }], {
    data_check: { as_reported: 'w', test: 'approx', measure: { economy: 'CHN', indicators: ['NE.CON.PRVT.ZS'] }, year: 2023, expected: 40, tolerance: 3 },
  }),
  claim('c-one', 'technology', [full('brief')]),
  claim('tariffs', 'trade-and-tariffs', [full('quiet')]),
];
const words = contentPageWords('claims');
const topics = contentTopics();

describe('claimsMatrixView', () => {
  const view = claimsMatrixView(claims, sources, topics, words);

  it('groups the claims by topic in the topic list order, most reported first, then by statement', () => {
    expect(view.groups.map((group) => [group.name, group.rows.map((row) => row.href)])).toEqual([
      ['Trade and tariffs', ['/claims/tariffs/']],
      ['Technology', ['/claims/a-two/', '/claims/b-one/', '/claims/c-one/']],
    ]);
    expect(view.allTopics).toBe('All topics (4)');
    expect(view.groups.map((group) => group.filter)).toEqual(['Trade and tariffs (1)', 'Technology (3)']);
  });

  it("follows the topics' list for the groups' order and names", () => {
    const reordered = new Map([['technology', 'Tech'], ['trade-and-tariffs', 'Trade']]);
    expect(claimsMatrixView(claims, sources, reordered, words).groups.map((group) => [group.topic, group.name, group.caption])).toEqual([
      ['technology', 'Tech', words.phrase('table_caption', { topic: () => 'Tech' })],
      ['trade-and-tariffs', 'Trade', words.phrase('table_caption', { topic: () => 'Trade' })],
    ]);
  });

  it("marks each source's cell in full, in part or not at all, and counts in part apart", () => {
    const [twoSources] = view.groups[1]?.rows ?? [];
    expect(twoSources?.tally).toBe('2 of 3, 1 in part');
    expect(twoSources?.dataChecked).toBe('· data-checked');
    expect(twoSources?.cells).toEqual([
      { support: 'full', href: '/claims/a-two/#source-agencies', label: "Yes: Agencies's wording" },
      { support: 'partial', href: '/claims/a-two/#source-brief', label: "In part: Brief's wording states only part of the claim" },
      { support: 'none', label: 'Not reported' },
    ]);
    expect(view.sourceColumns).toEqual([
      { name: 'Agencies', href: '/sources/agencies/', headline: validSourceData.title },
      { name: 'Brief', href: '/sources/brief/', headline: validSourceData.title },
      { name: 'Quiet', href: '/sources/quiet/', headline: null },
    ]);
    expect(view.anyPartial).toBe(true);
    expect(claimsMatrixView([claims[0]!], sources, topics, words).anyPartial).toBe(false);
  });

  it('names the reporting sources in each row once there are too many for a column each', () => {
    const many = [...sources, ...Array.from({ length: 6 }, (_, index) => source(`more-${index}`, `More ${index}`))];
    const wide = claimsMatrixView(claims, many, topics, words);
    expect(wide.sourceColumns).toBeUndefined();
    expect(wide.lede).toBe(`${words.intro} ${words.phrase('read_names')}`);
    expect(wide.groups[1]?.rows[0]?.reporters).toEqual([
      { name: 'Agencies', href: '/claims/a-two/#source-agencies', inPart: undefined },
      { name: 'Brief', href: '/claims/a-two/#source-brief', inPart: '(in part)' },
    ]);
    expect(view.lede).toBe(`${words.intro} ${words.phrase('read_ticks')}`);
  });
});
