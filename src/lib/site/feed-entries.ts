/** The feed's entries from the site's content. */
import { getSiteContent } from '../content/content';
import { reportTally } from '../content/claims';
import { correctionAnchor } from '../content/corrections';
import { byDateDescending, claimDate, type FeedEntry } from './feed';
import { plainText } from '../text/inline-markdown';
import { getPageWords } from '../content/page-entries';
import { displayTitle } from '../content/sources';
import { plain } from '../text/word-tokens';

export async function feedEntries(): Promise<FeedEntry[]> {
  const { sources, claims, corrections } = await getSiteContent();
  const [claimsWords, { phrase }] = await Promise.all([getPageWords('claims'), getPageWords('feed')]);
  const about = (text: string) => ({ statement: plain('statement', () => text) });
  const published = new Map(sources.map((source) => [source.id, source.data.published.date]));
  return byDateDescending([
    ...sources.map((source) => ({
      title: phrase('source_title', { name: plain('name', () => displayTitle(source.data)) }),
      path: `/sources/${source.id}/`,
      description: source.data.perspective,
      date: source.data.published.date,
    })),
    ...claims.map((claim) => ({
      title: phrase('claim_title', about(plainText(claim.data.statement))),
      path: `/claims/${claim.id}/`,
      description: phrase('claim_description', { list: plain('list', () => reportTally(claim, sources.length, claimsWords.phrase, true)) }),
      date: claimDate(claim.data.reports.map((report) => published.get(report.source) ?? '2025')),
    })),
    ...corrections.map((correction) => ({
      title: phrase('correction_title', about(plainText(correction.data.now))),
      path: `/corrections/#${correctionAnchor(correction.id)}`,
      description: phrase('correction_description', about(plainText(correction.data.wrong))),
      date: correction.data.date,
    })),
  ]);
}
