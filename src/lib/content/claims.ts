/** Relations between claims, sources and figures. Pure, so they are unit-tested. */
import type { ClaimData, SourceData } from './content-checks';
import type { PageWords } from './page-words';
import { normaliseQuoteText } from './quotes';
import { plain } from '../text/word-tokens';

/** A page entry's phrase, filled in (PageWords.phrase). */
type Phrase = PageWords['phrase'];

interface ClaimLike {
  id: string;
  data: ClaimData;
}

type Report = ClaimData['reports'][number];

/** How many of the sources report the claim, fully or in part: computed from its reports, never typed. */
export function reportCount(claim: ClaimLike): number {
  return new Set(claim.data.reports.map((report) => report.source)).size;
}

/** The reports whose wording states only part of the claim. */
export const partialReports = (claim: ClaimLike): Report[] => claim.data.reports.filter((report) => report.support === 'partial');

/**
 * How many sources state the whole claim. Story sentences count these ("four sources report X"
 * must not include a source that reports only part of X).
 */
export const fullReportCount = (claim: ClaimLike): number => reportCount(claim) - partialReports(claim).length;

/**
 * How many of the sources report the claim, in the words of content/pages/claims.yaml: the phrase
 * `tally` ("3 of 5"), or `tally_sources` with `withNoun` ("3 of 5 sources"); `…_partial` when some
 * reports state only part of the claim ("3 of 5, 1 in part").
 */
export function reportTally(claim: ClaimLike, sourceTotal: number, phrase: Phrase, withNoun = false): string {
  const partial = partialReports(claim).length;
  const digits = (name: string, value: number) => plain(name, () => String(value));
  return phrase(`${withNoun ? 'tally_sources' : 'tally'}${partial > 0 ? '_partial' : ''}`, {
    count: digits('count', reportCount(claim)),
    total: digits('total', sourceTotal),
    partial: digits('partial', partial),
  });
}

/** A source's report of a claim, if it makes it. */
export const reportIn = (claim: ClaimLike, sourceId: string): Report | undefined =>
  claim.data.reports.find((report) => report.source === sourceId);

/** What one source adds to the claims: computed from the claims, so it stays true as they change. */
export interface SourceContribution<C extends ClaimLike> {
  /** Claims no other source reports. */
  alone: C[];
  /** Claims others report too, where its wording differs: named in `differences`, or alone in its support. */
  differs: C[];
}

export function sourceContribution<C extends ClaimLike>(sourceId: string, claims: readonly C[]): SourceContribution<C> {
  const made = claims.filter((claim) => reportIn(claim, sourceId));
  const alone = made.filter((claim) => reportCount(claim) === 1);
  const differs = made.filter((claim) => {
    if (reportCount(claim) === 1) return false;
    if (claim.data.differences && new RegExp(`\\b${sourceId}\\b`).test(claim.data.differences)) return true;
    const own = reportIn(claim, sourceId)?.support;
    return claim.data.reports.every((report) => report.source === sourceId || report.support !== own);
  });
  return { alone, differs };
}

/**
 * Up to this many sources, the claims page gives each source a column of its own, each claim page
 * names the sources that do not report it, and each source page lists the others. Beyond it, all
 * three would grow with sources × claims (or sources × sources) and stop being readable, so the
 * claims page lists each claim's sources, claim pages count the silent ones and source pages link
 * to the index of sources instead.
 */
export const SIDE_BY_SIDE_SOURCES = 8;

/** Whether this many sources still fit side by side (see SIDE_BY_SIDE_SOURCES). */
export const sourcesFitSideBySide = (sourceCount: number): boolean => sourceCount <= SIDE_BY_SIDE_SOURCES;

/** The sources that report the claim, in the order of `sources`. */
export function reportingSources<S extends { id: string }>(claim: ClaimLike, sources: readonly S[]): S[] {
  const reporting = new Set(claim.data.reports.map((report) => report.source));
  return sources.filter((source) => reporting.has(source.id));
}

/** The claim's wording in one source, if that source makes it. */
export function wordingIn(claim: ClaimLike, sourceId: string): string | undefined {
  return reportIn(claim, sourceId)?.wording;
}

const overlaps = (a: string, b: string) => {
  const [x, y] = [normaliseQuoteText(a).toLowerCase(), normaliseQuoteText(b).toLowerCase()];
  return x.includes(y) || y.includes(x);
};

/**
 * The data-checked claim behind a figure of a source: a claim the source makes, with a data
 * check, whose wording in that source overlaps the words stating the figure.
 */
export function checkedClaimForFigure(
  figure: SourceData['figures'][number],
  sourceId: string,
  claims: readonly ClaimLike[],
): ClaimLike | undefined {
  return claims.find((claim) => {
    if (!claim.data.data_check) return false;
    const wording = wordingIn(claim, sourceId);
    const phrases = [wording, claim.data.data_check.as_reported].filter((text): text is string => Boolean(text));
    return phrases.some((phrase) => overlaps(phrase, figure.wording));
  });
}

/** Editors may name sources by slug in `differences`; readers see each source's short name. */
export function withSourceNames(text: string, sources: readonly { id: string; data: { short_name: string } }[]): string {
  return sources.reduce((result, source) => result.replace(new RegExp(`\\b${source.id}\\b`, 'g'), source.data.short_name), text);
}
