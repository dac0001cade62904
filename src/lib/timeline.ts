/** The timeline: dated events from the content plus each source's own publication, in order. */
import { formatPartialDate, parsePartialDate, type PartialDate } from './dates';
import type { SourceData, TimelineEventData } from './content-checks';
import { displayTitle } from './sources';

export interface TimelineItem {
  id: string;
  date: PartialDate;
  /** "27 May 2025", or "May 2025 (inferred)" for an inferred publication date. */
  dateLabel: string;
  title: string;
  description: string;
  status: 'happened' | 'planned';
  sources: string[];
  claim?: string | undefined;
  /** Publication items are derived from the sources; events are written in content/timeline.yaml. */
  kind: 'event' | 'publication';
}

function parsed(date: string): PartialDate {
  const result = parsePartialDate(date);
  // Dates were validated by the schemas; reaching this means the schema was bypassed.
  if ('error' in result) throw new Error(result.error);
  return result;
}

/** Merges the events and the sources' publication dates, oldest first; ties keep events first. */
export function buildTimeline(
  events: readonly { id: string; data: TimelineEventData }[],
  sources: readonly { id: string; data: SourceData }[],
): TimelineItem[] {
  const items: TimelineItem[] = [
    ...events.map((event): TimelineItem => {
      const date = parsed(event.data.date);
      return {
        id: event.id,
        date,
        dateLabel: formatPartialDate(date),
        title: event.data.title,
        description: event.data.description,
        status: event.data.status,
        sources: event.data.sources,
        claim: event.data.claim,
        kind: 'event',
      };
    }),
    ...sources.map((source): TimelineItem => {
      const date = parsed(source.data.published.date);
      const inferred = source.data.published.basis === 'inferred';
      return {
        id: `published-${source.id}`,
        date,
        dateLabel: `${formatPartialDate(date)}${inferred ? ' (inferred)' : ''}`,
        title: `Published: ${displayTitle(source.data)}`,
        description: `${source.data.short_name}. ${inferred ? 'Date inferred: ' : ''}${source.data.published.note}`,
        status: 'happened',
        sources: [source.id],
        kind: 'publication',
      };
    }),
  ];
  return items.sort((a, b) => a.date.iso.localeCompare(b.date.iso) || (a.kind === b.kind ? 0 : a.kind === 'event' ? -1 : 1));
}
