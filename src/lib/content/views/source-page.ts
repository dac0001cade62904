/**
 * What a source's page shows, computed from the content: what it adds (claims only it reports,
 * claims where its wording differs), its figures with the data check behind each, the claims it
 * makes with each claim's tally and what a partial report lacks, its publication date and how it
 * is known, and the other sources. The component renders it as it is.
 */
import type { SearchMeta } from '../../search/search-meta';
import { withBase } from '../../site/site';
import { plain } from '../../text/word-tokens';
import { checkedClaimForFigure, reportIn, reportTally, sourceContribution, sourcesFitSideBySide } from '../claims';
import type { ClaimData, SourceData } from '../content-checks';
import { formatFigureWithQualifier } from '../figures';
import type { PageWords } from '../page-words';
import { authorList, displayTitle, publishedLabel } from '../sources';
import { topicName, type TopicNames } from '../topics';

interface SourceEntry {
  id: string;
  data: SourceData;
}
interface ClaimEntry {
  id: string;
  data: ClaimData;
}

/** What the page is built from. */
export interface SourcePageInput {
  source: SourceEntry;
  /** Every source, in the site's order. */
  sources: readonly SourceEntry[];
  /** The claims this source makes, in claim order. */
  claims: readonly ClaimEntry[];
  /** The topics' names (SiteContent.topics). */
  topics: TopicNames;
  /** The words of content/pages/sources.yaml, and of claims.yaml for the claims' tallies. */
  words: PageWords;
  claimsWords: PageWords;
}

/** A claim as a line of the page links it: its statement (inline Markdown) and address. */
interface ClaimLine {
  statement: string;
  href: string;
}

export interface SourcePageView {
  title: string;
  search: SearchMeta;
  published: { iso: string; label: string; /** How the date is known: the note, or that it is inferred and from what. */ basis: string };
  /** The authors joined for reading; undefined when none are named. */
  authors: string | undefined;
  /** Claims no other source reports (" (in part)" where its report states only part). */
  alone: (ClaimLine & { inPart: string | undefined })[];
  /** Claims others report too where its wording differs, linked to the claim's differences when written. */
  differs: ClaimLine[];
  figures: { anchor: string | undefined; value: string; what: string; asOf: string; wording: string; /** The data check of a claim stating this figure. */ checkHref: string | undefined }[];
  claims: (ClaimLine & { reportedBy: string; inPart: { label: string; text: string } | undefined })[];
  /** The other sources while they fit side by side; beyond, the page links to the index of sources. */
  others: { href: string; title: string; shortName: string }[] | undefined;
}

export function sourcePageView({ source, sources, claims, topics, words, claimsWords }: SourcePageInput): SourcePageView {
  const { data } = source;
  const { phrase } = words;
  const named = (name: string) => ({ name: plain('name', () => name) });
  const line = (claim: ClaimEntry): ClaimLine => ({ statement: claim.data.statement, href: withBase(`/claims/${claim.id}/`) });
  const contribution = sourceContribution(source.id, claims);
  return {
    title: displayTitle(data),
    search: {
      kind: 'source',
      topics: data.topics.map((topic) => topicName(topics, topic)),
      publisher: data.publisher ?? phrase('publisher_not_stated'),
      date: data.published.date,
      names: [...data.authors, ...(data.publisher ? [data.publisher] : []), data.short_name],
    },
    published: {
      iso: data.published.date,
      label: publishedLabel(data.published, words),
      basis: data.published.basis === 'inferred' ? phrase('inferred', { list: plain('list', () => data.published.note) }) : data.published.note,
    },
    authors: authorList(data.authors, words),
    alone: contribution.alone.map((claim) => ({ ...line(claim), inPart: reportIn(claim, source.id)?.support === 'partial' ? phrase('in_part') : undefined })),
    differs: contribution.differs.map((claim) => ({ ...line(claim), href: withBase(claim.data.differences ? `/claims/${claim.id}/#differences` : `/claims/${claim.id}/`) })),
    figures: data.figures.map((figure) => {
      const checked = checkedClaimForFigure(figure, source.id, claims);
      return {
        anchor: figure.id && `figure-${figure.id}`,
        value: formatFigureWithQualifier(figure),
        what: figure.what,
        asOf: figure.as_of,
        wording: figure.wording,
        checkHref: checked && withBase(`/claims/${checked.id}/#data-check`),
      };
    }),
    claims: claims.map((claim) => {
      const lacks = reportIn(claim, source.id)?.lacks;
      return {
        ...line(claim),
        reportedBy: phrase('reported_by', { list: plain('list', () => reportTally(claim, sources.length, claimsWords.phrase, true)) }),
        inPart: lacks ? { label: phrase('in_part_label'), text: phrase('lacks', named(lacks)) } : undefined,
      };
    }),
    others: sourcesFitSideBySide(sources.length)
      ? sources.filter((other) => other.id !== source.id).map((other) => ({ href: withBase(`/sources/${other.id}/`), title: displayTitle(other.data), shortName: other.data.short_name }))
      : undefined,
  };
}
