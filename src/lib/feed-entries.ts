/** The feed's entries from the site's content. */
import { getSiteContent } from './content';
import { reportTally } from './claims';
import { correctionAnchor } from './corrections';
import { byDateDescending, claimDate, type FeedEntry } from './feed';
import { plainText } from './inline-markdown';
import { displayTitle } from './sources';

export async function feedEntries(): Promise<FeedEntry[]> {
  const { sources, claims, corrections } = await getSiteContent();
  const published = new Map(sources.map((source) => [source.id, source.data.published.date]));
  return byDateDescending([
    ...sources.map((source) => ({
      title: `Source: ${displayTitle(source.data)}`,
      path: `/sources/${source.id}/`,
      description: source.data.perspective,
      date: source.data.published.date,
    })),
    ...claims.map((claim) => ({
      title: `Claim: ${plainText(claim.data.statement)}`,
      path: `/claims/${claim.id}/`,
      description: `Reported by ${reportTally(claim, sources.length, 'sources')}.`,
      date: claimDate(claim.data.reports.map((report) => published.get(report.source) ?? '2025')),
    })),
    ...corrections.map((correction) => ({
      title: `Correction: ${plainText(correction.data.now)}`,
      path: `/corrections/#${correctionAnchor(correction.id)}`,
      description: `What was wrong: ${plainText(correction.data.wrong)}`,
      date: correction.data.date,
    })),
  ]);
}
