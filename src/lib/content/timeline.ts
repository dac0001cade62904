/** The timeline: dated events from the content plus each source's own publication, in order. */
import { formatPartialDate, parsePartialDate, roughDate, type PartialDate } from '../text/dates';
import type { SourceData, TimelineEventData } from './content-checks';
import type { PageWords } from './page-words';
import { displayTitle } from './sources';
import { plain } from '../text/word-tokens';

export type EventStatus = TimelineEventData['status'];

export interface TimelineItem {
  id: string;
  date: PartialDate;
  /** "27 May 2025". */
  dateLabel: string;
  /** An event's title, or a publication's source's title (timelineEntryWords puts them in words). */
  title: string;
  /** An event's description, or the note on how a publication's date is known. */
  description: string;
  /** A publication's source: its short name, and whether its date is inferred. */
  publication?: { shortName: string; inferred: boolean };
  /** As the sources gave it. */
  status: EventStatus;
  /** The date the status holds for: the latest publication date of the sources reporting it. */
  asOf: PartialDate;
  /** The same, as a reader says it: "late May 2025". */
  asOfLabel: string;
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
  const publication = new Map(sources.map((source) => [source.id, parsed(source.data.published.date)]));
  const items: TimelineItem[] = [
    ...events.map((event): TimelineItem => {
      const date = parsed(event.data.date);
      const asOf = latest(event.data.sources.flatMap((id) => {
        const published = publication.get(id);
        return published ? [published] : [];
      }));
      return {
        id: event.id,
        date,
        dateLabel: formatPartialDate(date),
        title: event.data.title,
        description: event.data.description,
        status: event.data.status,
        asOf,
        asOfLabel: roughDate(asOf),
        sources: event.data.sources,
        claim: event.data.claim,
        kind: 'event',
      };
    }),
    ...sources.map((source): TimelineItem => {
      const date = parsed(source.data.published.date);
      return {
        id: `published-${source.id}`,
        date,
        dateLabel: formatPartialDate(date),
        title: displayTitle(source.data),
        description: source.data.published.note,
        publication: { shortName: source.data.short_name, inferred: source.data.published.basis === 'inferred' },
        status: 'happened',
        asOf: date,
        asOfLabel: roughDate(date),
        sources: [source.id],
        kind: 'publication',
      };
    }),
  ];
  return items.sort((a, b) => a.date.iso.localeCompare(b.date.iso) || (a.kind === b.kind ? 0 : a.kind === 'event' ? -1 : 1));
}

/** The latest of some dates; the more precise wins a tie ("2025-05-28" over "2025-05"). */
function latest(dates: readonly PartialDate[]): PartialDate {
  const sorted = [...dates].sort((a, b) => a.iso.localeCompare(b.iso));
  const last = sorted.at(-1);
  // Event sources are checked to exist and every source has a date.
  if (!last) throw new Error('an event with no dated source');
  return last;
}

/** The last day of a date's period (UTC): "2026-03" ends on 31 March 2026, "2026" on 31 December. */
export function endOfPeriod(date: PartialDate): Date {
  if (date.precision === 'day') return new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
  if (date.precision === 'month') return new Date(Date.UTC(date.year, date.month ?? 1, 0));
  return new Date(Date.UTC(date.year, 11, 31));
}

/** Whether an event the sources gave as planned or expected has a date that is now behind us. */
export const isPastItsDate = (item: Pick<TimelineItem, 'status' | 'date'>, today: Date): boolean =>
  item.status !== 'happened' && endOfPeriod(item.date).getTime() < today.getTime();

/** The planned or expected events whose date has passed: the sources cannot say what happened. */
export const eventsPastTheirDate = (items: readonly TimelineItem[], today: Date): TimelineItem[] =>
  items.filter((item) => isPastItsDate(item, today));

/**
 * The words an event's status is told in: the phrases of content/pages/timeline.yaml, filled in
 * with the event's {date} and the sources' {rough_date} (PageWords of that entry).
 */
export type OutlookWords = Pick<PageWords, 'phrase' | 'around'>;

/**
 * An item's date, title and description as the timeline shows them: a source's publication in
 * the phrases of content/pages/timeline.yaml ("Published: {name}", its note, "{date} (inferred)").
 */
export function timelineEntryWords(item: TimelineItem, words: Pick<PageWords, 'phrase'>): Pick<TimelineItem, 'dateLabel' | 'title' | 'description'> {
  if (!item.publication) return item;
  const { shortName, inferred } = item.publication;
  return {
    dateLabel: inferred ? words.phrase('date_inferred', { date: plain('date', () => item.dateLabel) }) : item.dateLabel,
    title: words.phrase('published_title', { name: plain('name', () => item.title) }),
    description: words.phrase(inferred ? 'published_note_inferred' : 'published_note', { name: plain('name', () => shortName), note: plain('note', () => item.description) }),
  };
}

/** What the site can say of an event's status, in the reader's terms, on `today`. */
export interface EventOutlook {
  /** "Happened", "Planned", "Expected" or "Source published" (phrases status_…). */
  label: string;
  /** Whether it was planned or expected and its date has passed. */
  past: boolean;
  /**
   * A clause for running text around the event's date, e.g. "is expected in " + "March 2026" +
   * ", as of the sources (late May 2025)"; once the date has passed, "was expected in " … and
   * "; this site has no source yet on what happened" at the end (phrases clause_…).
   */
  clause: { before: string; date: string; after: string };
  /**
   * A sentence for lists and notes, e.g. "Expected in March 2026, as of the sources (late May
   * 2025)." (phrases note_…, then past once the date has passed); a happened event's is its label.
   */
  note: string;
}

/** The clause as one string: "is expected in March 2026, as of the sources (late May 2025)". */
export const clauseText = ({ clause }: Pick<EventOutlook, 'clause'>): string => `${clause.before}${clause.date}${clause.after}`;

/**
 * The status of a planned or expected event as the phrases name it: "planned", "expected", or
 * "expected_day" for a day's date ("expected on 5 March" rather than "in March").
 */
const outlookPhrase = (item: TimelineItem): string =>
  item.status === 'expected' && item.date.precision === 'day' ? 'expected_day' : item.status;

/** The reader-facing status of a timeline item on `today`, in `words`. */
export function eventOutlook(item: TimelineItem, today: Date, words: OutlookWords): EventOutlook {
  const date = item.dateLabel;
  if (item.status === 'happened') {
    const label = words.phrase(item.kind === 'publication' ? 'status_published' : 'status_happened');
    return { label, past: false, clause: { before: '', date, after: '' }, note: label };
  }
  const values = { date: plain('date', () => date), rough_date: plain('rough_date', () => item.asOfLabel) };
  const label = words.phrase(`status_${item.status}`);
  const status = outlookPhrase(item);
  const note = words.phrase(`note_${status}`, values);
  const past = isPastItsDate(item, today);
  const [before, after] = words.around(`clause_${status}${past ? '_past' : ''}`, values, 'date');
  return { label, past, clause: { before, date, after }, note: past ? `${note} ${words.phrase('past')}` : note };
}

/** "2015 to 2049": the years the timeline spans, from its items. */
export function timelineSpan(items: readonly TimelineItem[]): string {
  const years = items.map((item) => item.date.year);
  const [first, last] = [Math.min(...years), Math.max(...years)];
  return first === last ? String(first) : `${first} to ${last}`;
}
