/**
 * Loads every collection once, runs the whole-site checks and returns the content with the
 * indexes pages need. Any problem fails the build with the file, the field and what is wrong.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkContent, type ContentSnapshot, type Entry } from './content-checks';
import { contentError } from './content/content-error';
import { logQuoteChecks, requiredArchives } from './content/archives';
import { placeholderProblems } from './content/placeholders';
import { evaluateCheck, type CheckResult, type DataLookup } from './data-checks';
import { createTermLinker, type Segment } from './glossary-links';
import { duplicateListIds } from './entry-ids';
import { CONTENT_DIR, SOURCES_ARCHIVE_DIR } from './paths';
import { buildTimeline, eventsPastTheirDate, type TimelineItem } from './timeline';
import { isoDay, today } from './today';
import { economyName, latestYear, loadWdi, wdiValue, type WdiData } from './wdi';

type AnyEntry = CollectionEntry<'sources' | 'claims' | 'glossary' | 'timeline' | 'pages' | 'corrections'>;

export interface SiteContent {
  sources: CollectionEntry<'sources'>[];
  claims: CollectionEntry<'claims'>[];
  glossary: CollectionEntry<'glossary'>[];
  timeline: CollectionEntry<'timeline'>[];
  /** The timeline: events and the sources' publication dates, oldest first. */
  timelineItems: TimelineItem[];
  /** "Today" for this build (SITE_TODAY pins it): what the sources planned or expected is past after it. */
  today: Date;
  /** Public corrections, newest first. */
  corrections: CollectionEntry<'corrections'>[];
  /** Whether every quote was compared with the archived source texts in this build. */
  quotesVerified: boolean;
  /** Claim ids each source makes, in claim order. */
  claimsBySource: Map<string, CollectionEntry<'claims'>[]>;
  /** Data-check results by claim id, computed from the data. */
  checks: Map<string, CheckResult>;
  /** Splits text into segments, linking each glossary term's first use on a page. */
  linkTerms: (text: string, linked: Set<string>) => Segment[];
}

/** The dataset seen through the interface the data checks need. */
function dataLookup(data: WdiData): DataLookup {
  return {
    value: (economy, indicator, year) => wdiValue(data, economy, indicator, year),
    latestYear: (economy, indicator) => latestYear(data, economy, indicator),
    economyName: (economy) => economyName(data, economy),
  };
}

function asEntry<T extends AnyEntry>(entry: T, fallbackFile: string): Entry<T['data']> & { body?: string } {
  const file = entry.filePath ?? fallbackFile;
  return { id: entry.id, file, data: entry.data, ...('body' in entry && entry.body !== undefined ? { body: entry.body } : {}) };
}

async function load(): Promise<SiteContent> {
  const [sources, claims, glossary, timeline, pages, corrections, charts, wdi] = await Promise.all([
    getCollection('sources'),
    getCollection('claims'),
    getCollection('glossary'),
    getCollection('timeline'),
    getCollection('pages'),
    getCollection('corrections'),
    getCollection('charts'),
    loadWdi(),
  ]);
  const byTitle = <T extends { data: { short_name: string } }>(a: T, b: T) => a.data.short_name.localeCompare(b.data.short_name);
  sources.sort(byTitle);
  claims.sort((a, b) => a.id.localeCompare(b.id));
  glossary.sort((a, b) => a.data.term.localeCompare(b.data.term, 'en', { sensitivity: 'base' }));
  timeline.sort((a, b) => a.data.date.localeCompare(b.data.date));
  corrections.sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));

  const snapshot: ContentSnapshot = {
    sources: sources.map((entry) => asEntry(entry, `content/sources/${entry.id}.mdx`)),
    claims: claims.map((entry) => asEntry(entry, `content/claims/${entry.id}.yaml`)),
    glossary: glossary.map((entry) => asEntry(entry, `content/glossary/${entry.id}.yaml`)),
    timeline: timeline.map((entry) => asEntry(entry, 'content/timeline.yaml')),
    pages: pages.map((entry) => asEntry(entry, `content/pages/${entry.id}.mdx`)),
    corrections: corrections.map((entry) => asEntry(entry, `content/corrections/${entry.id}.yaml`)),
  };
  const archives = requiredArchives(SOURCES_ARCHIVE_DIR);
  // Astro keeps one of two list entries with the same id; read the file itself to catch it.
  const timelineFile = join(CONTENT_DIR, 'timeline.yaml');
  const timelineDuplicates = duplicateListIds(readFileSync(timelineFile, 'utf8')).map((id) => ({
    file: relative(process.cwd(), timelineFile),
    field: `[id=${id}].id`,
    message: `"${id}" used more than once; each event needs its own id`,
  }));
  const report = checkContent(snapshot, archives, {
    hasSeries: (economy, indicator) => latestYear(wdi, economy, indicator) !== undefined,
    chartIds: new Set(charts.map((chart) => chart.id)),
  });
  // Charts are not part of the cross-file checks, but a chart left half-filled must not ship either.
  const problems = [...timelineDuplicates, ...report.problems, ...charts.flatMap((chart) => placeholderProblems(chart.filePath ?? `content/charts/${chart.id}.yaml`, chart.data))];
  if (problems.length > 0) throw contentError(problems);
  logQuoteChecks(report, archives, SOURCES_ARCHIVE_DIR);
  const timelineItems = buildTimeline(timeline, sources);
  const now = today();
  const overdue = eventsPastTheirDate(timelineItems, now);
  if (overdue.length > 0) {
    console.warn(
      `[content] ⚠ ${overdue.length} event${overdue.length === 1 ? ' was' : 's were'} planned or expected as of the sources and ${overdue.length === 1 ? 'its date has' : 'their dates have'} passed (${isoDay(now)}); no source says what happened:\n${overdue.map((item) => `  content/timeline.yaml → [id=${item.id}]: ${item.status} for ${item.dateLabel}, as of the sources (${item.asOfLabel}). Add a source that reports what happened, then update the event.`).join('\n')}`,
    );
  }

  const claimsBySource = new Map(sources.map((source) => [source.id, claims.filter((claim) => claim.data.reports.some((r) => r.source === source.id))]));
  const lookup = dataLookup(wdi);
  const checks = new Map(
    claims.flatMap((claim) => (claim.data.data_check ? [[claim.id, evaluateCheck(claim.data.data_check, lookup)] as const] : [])),
  );
  const linkTerms = createTermLinker(glossary.map((term) => ({ id: term.id, forms: [term.data.term, ...term.data.aliases] })));
  return { sources, claims, glossary, timeline, timelineItems, today: now, corrections, quotesVerified: archives !== undefined, claimsBySource, checks, linkTerms };
}

let cached: Promise<SiteContent> | undefined;

/** The site's checked content, loaded once per build. */
export function getSiteContent(): Promise<SiteContent> {
  cached ??= load();
  return cached;
}
