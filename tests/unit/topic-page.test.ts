import { describe, expect, it } from 'vitest';
import type { ClaimData } from '../../src/lib/content/content-checks';
import { topicPageView } from '../../src/lib/content/views/topic-page';
import { contentPageWords, contentTopics, validSourceData } from './fixtures';

const words = contentPageWords('topics');
const claimsWords = contentPageWords('claims');
const sources = [
  { id: 'tech', data: { ...validSourceData, topics: ['technology'] } },
  { id: 'trade', data: { ...validSourceData, topics: ['trade-and-tariffs', 'technology'] } },
  { id: 'other', data: { ...validSourceData, topics: ['economic-security'] } },
];
const claim = (id: string, topic: string, reports: ClaimData['reports']) => ({ id, data: { statement: `Claim *${id}*.`, topic, reports } as ClaimData });
const claims = [
  claim('chips', 'technology', [{ source: 'tech', wording: 'w', support: 'full' }, { source: 'trade', wording: 'v', support: 'partial', lacks: 'a date' }]),
  claim('tariffs', 'trade-and-tariffs', [{ source: 'trade', wording: 'w', support: 'full' }]),
];
const view = (topic: string) => topicPageView({ topic, sources, claims, topics: contentTopics(), words, claimsWords });

describe('topicPageView', () => {
  it("names the topic from the topics' list, in its title and, lower-cased, its description", () => {
    const technology = view('technology');
    expect(technology.name).toBe('Technology');
    expect(technology.title).toBe(words.phrase('topic_title', { topic: () => 'Technology' }));
    expect(technology.description).toBe(words.phrase('topic_description', { topic: () => 'technology' }));
    expect(technology.allTopics).toEqual({ href: '/topics/', label: words.phrase('all_topics') });
  });

  it('lists the sources and claims filed under it, counted, each claim with its tally out of every source', () => {
    const technology = view('technology');
    expect(technology.sources.map((source) => source.id)).toEqual(['tech', 'trade']);
    expect(technology.sourcesHeading).toBe(words.phrase('sources_heading', { count: () => '2' }));
    expect(technology.claimsHeading).toBe(words.phrase('claims_heading', { count: () => '1' }));
    expect(technology.claims).toEqual([{ href: '/claims/chips/', statement: 'Claim *chips*.', tally: '(2 of 3 sources, 1 in part)' }]);
  });

  it('says so when nothing is filed under it', () => {
    const empty = view('five-year-plan');
    expect([empty.sources, empty.claims]).toEqual([[], []]);
    expect([empty.noSources, empty.noClaims]).toEqual([words.phrase('no_sources'), words.phrase('no_claims')]);
  });
});
