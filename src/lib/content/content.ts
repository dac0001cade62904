/**
 * The site's content for the pages: Astro's collections (which the pages render), sorted, with
 * what the checked site model computed (src/lib/content/check-site.ts). A build checks the content
 * before it renders (src/integrations/content-precheck.ts) and hands the model over; `astro dev`
 * checks it here, so a problem shows in the error overlay at its line.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { logQuoteChecks, requiredArchives } from './archives';
import { checkContentFolder } from './check-folder';
import type { SiteModel } from './check-site';
import { sharedCheckedModel } from './checked-model';
import { contentError } from './content-error';
import type { CheckResult } from '../data/data-checks';
import { createTermLinker, type Segment } from './glossary-links';
import { CONTENT_DIR, SOURCES_ARCHIVE_DIR } from '../site/paths';
import { buildTimeline, eventsPastTheirDate, type TimelineItem } from './timeline';
import { isoDay, today } from '../text/today';
import type { PartialDate } from '../text/dates';
import type { StoryValues } from './story-components';
import { topicNames, type TopicNames } from './topics';

export interface SiteContent {
  sources: CollectionEntry<'sources'>[];
  claims: CollectionEntry<'claims'>[];
  glossary: CollectionEntry<'glossary'>[];
  timeline: CollectionEntry<'timeline'>[];
  /** The topics' names by id, in the order of content/topics.yaml. */
  topics: TopicNames;
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
  /** What each story component use resolved to in the content check (read with `storyValue`). */
  storyValues: StoryValues;
  /** What the story is "as of": the latest full publication date among the sources. */
  storyAsOf: PartialDate;
  /** Splits text into segments, linking each glossary term's first use on a page. */
  linkTerms: (text: string, linked: Set<string>) => Segment[];
}

/** The content checked here, where no build precheck ran (`astro dev`); a problem throws Astro's error. */
function checkHere(): SiteModel {
  const archives = requiredArchives(SOURCES_ARCHIVE_DIR);
  const { model, problems } = checkContentFolder(CONTENT_DIR, archives);
  if (!model) throw contentError(problems);
  logQuoteChecks(model.report, archives, SOURCES_ARCHIVE_DIR);
  return model;
}

async function load(): Promise<SiteContent> {
  const model = sharedCheckedModel() ?? checkHere();
  const [sources, claims, glossary, timeline, corrections] = await Promise.all([
    getCollection('sources'),
    getCollection('claims'),
    getCollection('glossary'),
    getCollection('timeline'),
    getCollection('corrections'),
  ]);
  const byTitle = <T extends { data: { short_name: string } }>(a: T, b: T) => a.data.short_name.localeCompare(b.data.short_name);
  sources.sort(byTitle);
  claims.sort((a, b) => a.id.localeCompare(b.id));
  glossary.sort((a, b) => a.data.term.localeCompare(b.data.term, 'en', { sensitivity: 'base' }));
  timeline.sort((a, b) => a.data.date.localeCompare(b.data.date));
  corrections.sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));

  const timelineItems = buildTimeline(timeline, sources);
  const now = today();
  const overdue = eventsPastTheirDate(timelineItems, now);
  if (overdue.length > 0) {
    console.warn(
      `[content] ⚠ ${overdue.length} event${overdue.length === 1 ? ' was' : 's were'} planned or expected as of the sources and ${overdue.length === 1 ? 'its date has' : 'their dates have'} passed (${isoDay(now)}); no source says what happened:\n${overdue.map((item) => `  content/timeline.yaml → [id=${item.id}]: ${item.status} for ${item.dateLabel}, as of the sources (${item.asOfLabel}). Add a source that reports what happened, then update the event.`).join('\n')}`,
    );
  }

  const claimsBySource = new Map(sources.map((source) => [source.id, claims.filter((claim) => claim.data.reports.some((r) => r.source === source.id))]));
  const linkTerms = createTermLinker(glossary.map((term) => ({ id: term.id, forms: [term.data.term, ...term.data.aliases] })));
  return { sources, claims, glossary, timeline, topics: topicNames(model.content.topics), timelineItems, today: now, corrections, quotesVerified: model.quotesVerified, claimsBySource, checks: model.checks, storyValues: model.report.storyValues, storyAsOf: model.storyAsOf, linkTerms };
}

let cached: Promise<SiteContent> | undefined;

/** The site's checked content, loaded once per build. */
export function getSiteContent(): Promise<SiteContent> {
  cached ??= load();
  return cached;
}
