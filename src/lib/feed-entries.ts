/** The feed's entries from the site's content. */
import { getSiteContent } from './content';
import { byDateDescending, claimDate, type FeedEntry } from './feed';
import { plainText } from './inline-markdown';
import { displayTitle } from './sources';

export async function feedEntries(): Promise<FeedEntry[]> {
  const { sources, claims } = await getSiteContent();
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
      description: `Reported by ${claim.data.reports.length} of ${sources.length} sources.`,
      date: claimDate(claim.data.reports.map((report) => published.get(report.source) ?? '2025')),
    })),
  ]);
}
