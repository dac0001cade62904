/**
 * A topic's page: its name, title and description, and everything filed under it (its sources,
 * its claims each with its tally), in the words of content/pages/topics.yaml and claims.yaml.
 * The component renders it as it is.
 */
import { withBase } from '../../site/site';
import { plain } from '../../text/word-tokens';
import { reportTally } from '../claims';
import type { ClaimData, SourceData } from '../content-checks';
import type { PageWords } from '../page-words';
import { topicName, type TopicNames } from '../topics';

export interface TopicPageInput<Source extends { id: string; data: SourceData }> {
  topic: string;
  /** Every source and claim, in the site's order. */
  sources: readonly Source[];
  claims: readonly { id: string; data: ClaimData }[];
  topics: TopicNames;
  /** The words of content/pages/topics.yaml, and of claims.yaml for the claims' tallies. */
  words: Pick<PageWords, 'phrase'>;
  claimsWords: Pick<PageWords, 'phrase'>;
}

export interface TopicPageView<Source> {
  name: string;
  title: string;
  description: string;
  allTopics: { href: string; label: string };
  sourcesHeading: string;
  /** The sources filed under the topic (the source list renders them), and what to say when there are none. */
  sources: Source[];
  noSources: string;
  claimsHeading: string;
  claims: { href: string; statement: string; tally: string }[];
  noClaims: string;
}

export function topicPageView<Source extends { id: string; data: SourceData }>({ topic, sources, claims, topics, words, claimsWords }: TopicPageInput<Source>): TopicPageView<Source> {
  const name = topicName(topics, topic);
  const counted = (count: number) => ({ count: plain('count', () => String(count)) });
  const topicSources = sources.filter((source) => source.data.topics.includes(topic));
  const topicClaims = claims.filter((claim) => claim.data.topic === topic);
  return {
    name,
    title: words.phrase('topic_title', { topic: () => name }),
    description: words.phrase('topic_description', { topic: () => name.toLowerCase() }),
    allTopics: { href: withBase('/topics/'), label: words.phrase('all_topics') },
    sourcesHeading: words.phrase('sources_heading', counted(topicSources.length)),
    sources: topicSources,
    noSources: words.phrase('no_sources'),
    claimsHeading: words.phrase('claims_heading', counted(topicClaims.length)),
    // A partial report counts apart, as on every page that tallies a claim: "3 of 5 sources, 1 in part".
    claims: topicClaims.map((claim) => ({
      href: withBase(`/claims/${claim.id}/`),
      statement: claim.data.statement,
      tally: words.phrase('claim_tally', { list: plain('list', () => reportTally(claim, sources.length, claimsWords.phrase, true)) }),
    })),
    noClaims: words.phrase('no_claims'),
  };
}
