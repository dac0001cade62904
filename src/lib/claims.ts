/** Relations between claims, sources and figures. Pure, so they are unit-tested. */
import type { ClaimData, SourceData } from './content-checks';
import { normaliseQuoteText } from './quotes';

interface ClaimLike {
  id: string;
  data: ClaimData;
}

/** How many of the sources report the claim: computed from its reports, never typed. */
export function reportCount(claim: ClaimLike): number {
  return new Set(claim.data.reports.map((report) => report.source)).size;
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
  return claim.data.reports.find((report) => report.source === sourceId)?.wording;
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
