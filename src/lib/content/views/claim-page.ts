/**
 * What a claim's page shows, computed from the content: its lede ("Reported by 3 of 5 sources; 1
 * in part: …"), the glossary terms its statement uses, each reporting source's wording (with what
 * a partial one lacks, and the date a relative word in it stands for), the sources that do not
 * report it, its differences with sources named, and its events on the timeline. The component
 * renders it as it is.
 */
import type { CheckResult } from '../../data/data-checks';
import { withBase } from '../../site/site';
import { plainText } from '../../text/inline-markdown';
import { plain } from '../../text/word-tokens';
import { partialReports, reportCount, reportIn, reportingSources, sourcesFitSideBySide, withSourceNames } from '../claims';
import type { ClaimData, SourceData } from '../content-checks';
import { termHref, type Segment } from '../glossary-links';
import type { PageWords } from '../page-words';
import { findRelativeTime } from '../prose-rules';
import { displayTitle, publishedLabel } from '../sources';
import { eventOutlook, type OutlookWords, type TimelineItem } from '../timeline';
import { topicName, type TopicNames } from '../topics';

interface SourceEntry {
  id: string;
  data: SourceData;
}

/** What the page is built from. */
export interface ClaimPageInput {
  claim: { id: string; data: ClaimData };
  /** Every source, in the site's order. */
  sources: readonly SourceEntry[];
  /** The claim's data check, if it has one. */
  check: CheckResult | undefined;
  timelineItems: readonly TimelineItem[];
  /** The topics' names (SiteContent.topics). */
  topics: TopicNames;
  today: Date;
  /** Splits text into segments, marking glossary terms (SiteContent.linkTerms). */
  linkTerms: (text: string, linked: Set<string>) => Segment[];
  /** The words of content/pages/claims.yaml, timeline.yaml and sources.yaml (a source's date). */
  words: PageWords;
  timelineWords: OutlookWords;
  sourcesWords: Pick<PageWords, 'phrase'>;
}

/** One source's wording of the claim. */
export interface WordingView {
  /** The fragment id the claims matrix links to: "source-<slug>". */
  anchor: string;
  partial: boolean;
  /** "In part:" and what the wording does not state, for a partial report. */
  inPart: { label: string; text: string } | undefined;
  wording: string;
  sourceHref: string;
  sourceTitle: string;
  shortName: string;
  /** The date a relative time word in the wording ("earlier this year") stands for. */
  asOfNote: string | undefined;
}

export interface ClaimPageView {
  /** The statement as written (inline Markdown), and as plain text for the page's title. */
  statement: string;
  title: string;
  description: string;
  topicName: string;
  lede: string;
  /** The glossary terms the statement uses, and the words around their links. */
  terms: { text: string; href: string }[];
  termsLine: [before: string, after: string];
  wordings: WordingView[];
  /** The sources that do not report it: named while they fit side by side, else counted. */
  silent: { sources: { name: string; href: string }[]; line: [before: string, after: string] } | { count: string } | undefined;
  /** What differs between the wordings, with sources by their short names. */
  differences: string | undefined;
  check: CheckResult | undefined;
  /** Its events on the timeline; a planned or expected one has its outlook today. */
  events: { title: string; href: string; outlook: { note: string; past: boolean } | undefined }[];
}

export function claimPageView({ claim, sources, check, timelineItems, topics, today, linkTerms, words, timelineWords, sourcesWords }: ClaimPageInput): ClaimPageView {
  const { phrase, around } = words;
  const digits = (name: string, value: number) => plain(name, () => String(value));
  const named = (name: string) => ({ name: plain('name', () => name) });
  const shortName = new Map(sources.map((source) => [source.id, source.data.short_name]));
  const reporting = reportingSources(claim, sources);
  const silent = sources.filter((source) => !reporting.includes(source));
  const partial = partialReports(claim);
  const title = plainText(claim.data.statement);

  const wordings = reporting.map((source): WordingView => {
    const report = reportIn(claim, source.id);
    const relativeWord = report?.wording ? findRelativeTime(report.wording) : undefined;
    return {
      anchor: `source-${source.id}`,
      partial: report?.support === 'partial',
      inPart: report?.lacks ? { label: phrase('in_part_label'), text: phrase('lacks', named(report.lacks)) } : undefined,
      wording: report?.wording ?? '',
      sourceHref: withBase(`/sources/${source.id}/`),
      sourceTitle: displayTitle(source.data),
      shortName: source.data.short_name,
      asOfNote: relativeWord && phrase('relative_word', { ...named(relativeWord), date: plain('date', () => publishedLabel(source.data.published, sourcesWords)) }),
    };
  });

  return {
    statement: claim.data.statement,
    title,
    description: phrase('claim_description', { statement: () => title }),
    topicName: topicName(topics, claim.data.topic),
    lede: phrase(partial.length > 0 ? 'claim_lede_partial' : 'claim_lede', {
      count: digits('count', reportCount(claim)),
      total: digits('total', sources.length),
      partial: digits('partial', partial.length),
      list: plain('list', () => partial.map((report) => shortName.get(report.source)).join(', ')),
    }),
    terms: linkTerms(title, new Set()).flatMap((segment) => (segment.termId ? [{ text: segment.text, href: termHref(import.meta.env.BASE_URL, segment.termId) }] : [])),
    // Each label and its list of links are one phrase: the links go where {list} stands.
    termsLine: around('terms_used', undefined, 'list'),
    wordings,
    silent:
      silent.length === 0 ? undefined
      : sourcesFitSideBySide(sources.length) ? { sources: silent.map((source) => ({ name: source.data.short_name, href: withBase(`/sources/${source.id}/`) })), line: around('not_reported_by', undefined, 'list') }
      : { count: phrase('not_reported_count', { count: digits('count', silent.length) }) },
    differences: claim.data.differences && withSourceNames(claim.data.differences, sources),
    check,
    events: timelineItems
      .filter((event) => event.claim === claim.id)
      .map((event) => {
        const outlook = eventOutlook(event, today, timelineWords);
        return { title: event.title, href: withBase(`/timeline/#${event.id}`), outlook: event.status === 'happened' ? undefined : { note: outlook.note, past: outlook.past } };
      }),
  };
}
