/**
 * What the claims page's matrix shows, computed from the content: the claims by topic, most
 * reported first, each with its tally and, per source, whether it reports the claim in full, in
 * part or not at all. While the sources fit side by side each has a column; beyond, each row names
 * the sources that report it (see SIDE_BY_SIDE_SOURCES). The component renders it as it is.
 */
import { withBase } from '../../site/site';
import { plain } from '../../text/word-tokens';
import { reportCount, reportIn, reportingSources, reportTally, sourcesFitSideBySide } from '../claims';
import type { ClaimData, SourceData } from '../content-checks';
import type { PageWords } from '../page-words';
import type { TopicNames } from '../topics';

interface Entry<T> {
  id: string;
  data: T;
}

/** A source's cell in a claim's row: a link to its wording, with what it means read aloud, or nothing. */
export type MatrixCell = { support: 'full' | 'partial'; href: string; label: string } | { support: 'none'; label: string };

export interface MatrixRow {
  /** The statement (inline Markdown) and the claim's page. */
  statement: string;
  href: string;
  /** " · data-checked" for a claim with a data check. */
  dataChecked: string | undefined;
  tally: string;
  /** One cell per source, in the columns' order (when the sources have columns). */
  cells: MatrixCell[];
  /** The sources that report it, each linked to its wording, " (in part)" where so (when they do not). */
  reporters: { name: string; href: string; inPart: string | undefined }[];
}

export interface MatrixGroup {
  topic: string;
  name: string;
  /** The topic filter's link words: "Trade and tariffs (4)". */
  filter: string;
  tableLabel: string;
  caption: string;
  rows: MatrixRow[];
}

export interface ClaimsMatrixView {
  /** The intro and how to read the table, as one paragraph. */
  lede: string;
  /** Whether any report states only part of its claim, so the page shows the legend. */
  anyPartial: boolean;
  /** The topic filter's first link: "All topics (18)". */
  allTopics: string;
  /** A column per source while they fit side by side (its short name, page and headline, null when
   * the capture has none); undefined beyond, where each row names its sources. */
  sourceColumns: { name: string; href: string; headline: string | null }[] | undefined;
  groups: MatrixGroup[];
}

/** The matrix of `claims` across `sources` (in the site's order), by `topics` in their order, in the words of content/pages/claims.yaml. */
export function claimsMatrixView(claims: readonly Entry<ClaimData>[], sources: readonly Entry<SourceData>[], topics: TopicNames, words: PageWords): ClaimsMatrixView {
  const { phrase } = words;
  const columns = sourcesFitSideBySide(sources.length);
  const about = (topic: string, count?: number) => ({ topic: plain('topic', () => topic), count: plain('count', () => String(count ?? '')) });
  const named = (name: string) => ({ name: plain('name', () => name) });
  const wordingHref = (claimId: string, sourceId: string) => withBase(`/claims/${claimId}/#source-${sourceId}`);

  const row = (claim: Entry<ClaimData>): MatrixRow => {
    const reporters = reportingSources(claim, sources);
    const partial = (sourceId: string) => reportIn(claim, sourceId)?.support === 'partial';
    return {
      statement: claim.data.statement,
      href: withBase(`/claims/${claim.id}/`),
      dataChecked: claim.data.data_check ? phrase('data_checked') : undefined,
      tally: reportTally(claim, sources.length, phrase),
      cells: columns
        ? sources.map((source): MatrixCell => {
            if (!reporters.includes(source)) return { support: 'none', label: phrase('cell_none') };
            const support = partial(source.id) ? 'partial' : 'full';
            return { support, href: wordingHref(claim.id, source.id), label: phrase(`cell_${support}`, named(source.data.short_name)) };
          })
        : [],
      reporters: columns ? [] : reporters.map((source) => ({ name: source.data.short_name, href: wordingHref(claim.id, source.id), inPart: partial(source.id) ? phrase('in_part') : undefined })),
    };
  };

  const groups = [...topics].map(([topic, name]) => ({
    topic,
    name,
    claims: claims
      .filter((claim) => claim.data.topic === topic)
      .sort((a, b) => reportCount(b) - reportCount(a) || a.data.statement.localeCompare(b.data.statement)),
  })).filter((group) => group.claims.length > 0);

  return {
    lede: [words.intro, phrase(columns ? 'read_ticks' : 'read_names')].filter(Boolean).join(' '),
    anyPartial: claims.some((claim) => claim.data.reports.some((report) => report.support === 'partial')),
    allTopics: phrase('all_topics', { count: plain('count', () => String(claims.length)) }),
    sourceColumns: columns ? sources.map((source) => ({ name: source.data.short_name, href: withBase(`/sources/${source.id}/`), headline: source.data.title })) : undefined,
    groups: groups.map(({ topic, name, claims: grouped }) => ({
      topic,
      name,
      filter: phrase('topic_count', about(name, grouped.length)),
      tableLabel: phrase('table_label', about(name)),
      caption: phrase('table_caption', about(name)),
      rows: grouped.map(row),
    })),
  };
}
