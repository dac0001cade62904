import { describe, expect, it } from 'vitest';
import { buildTimeline, clauseText, timelineEntryWords, endOfPeriod, eventOutlook, eventsPastTheirDate, isPastItsDate, timelineSpan } from '../../src/lib/content/timeline';
import type { SourceData } from '../../src/lib/content/content-checks';
import { contentPageWords } from './fixtures';

const event = (id: string, date: string) => ({
  id,
  data: { id, date, title: id, description: 'd', status: 'happened' as const, sources: ['s'] },
});
const source = { id: 's', data: { title: 'Headline', short_name: 'S', published: { date: '2025-05-27', basis: 'inferred', note: 'From "yesterday".' } } as SourceData };

describe('buildTimeline', () => {
  it('orders events at any precision and adds each source\'s publication, marked when inferred', () => {
    const items = buildTimeline([event('b', '2025-05-26'), event('a', '2015'), event('c', '2049')], [source]);
    expect(items.map((item) => item.id)).toEqual(['a', 'b', 'published-s', 'c']);
    expect(items[2]).toMatchObject({ kind: 'publication', dateLabel: '27 May 2025', title: 'Headline', publication: { shortName: 'S', inferred: true } });
  });

  it('words a publication in the phrases of content/pages/timeline.yaml, marking an inferred date, and leaves an event as written', () => {
    const words = contentPageWords('timeline');
    const [first, , publication] = buildTimeline([event('b', '2025-05-26'), event('a', '2015')], [source]);
    if (!first || !publication) throw new Error('no items');
    expect(timelineEntryWords(publication, words)).toEqual({
      dateLabel: words.phrase('date_inferred', { date: () => '27 May 2025' }),
      title: words.phrase('published_title', { name: () => 'Headline' }),
      description: words.phrase('published_note_inferred', { name: () => 'S', note: () => 'From "yesterday".' }),
    });
    const stated = buildTimeline([], [{ ...source, data: { ...source.data, published: { ...source.data.published, basis: 'stated' } } }])[0];
    if (!stated) throw new Error('no item');
    expect(timelineEntryWords(stated, words)).toMatchObject({ dateLabel: '27 May 2025', description: words.phrase('published_note', { name: () => 'S', note: () => 'From "yesterday".' }) });
    expect(timelineEntryWords(first, words)).toMatchObject({ dateLabel: '2015', title: 'a', description: 'd' });
  });
});

describe('eventOutlook', () => {
  const expected = {
    id: 'npc',
    data: { id: 'npc', date: '2026-03', title: 'Plan expected', description: 'd', status: 'expected' as const, sources: ['s'] },
  };
  const item = buildTimeline([expected], [source]).find((entry) => entry.id === 'npc');
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const words = contentPageWords('timeline');

  it('dates an expected event as of its sources and reads as ahead before its date', () => {
    if (!item) throw new Error('no item');
    expect(item.asOfLabel).toBe('late May 2025');
    const before = eventOutlook(item, day('2026-03-31'), words);
    expect(before).toMatchObject({ past: false, label: 'Expected' });
    expect(clauseText(before)).toBe('is expected in March 2026, as of the sources (late May 2025)');
    expect(before.clause.date).toBe('March 2026');
    expect(before.note).toBe('Expected in March 2026, as of the sources (late May 2025).');
  });

  it('says "on" for an event dated to the day, in the words of content/pages/timeline.yaml', () => {
    const onTheDay = buildTimeline([{ ...expected, data: { ...expected.data, date: '2026-03-05' } }], [source]).find((entry) => entry.id === 'npc');
    if (!onTheDay) throw new Error('no item');
    expect(clauseText(eventOutlook(onTheDay, day('2026-03-01'), words))).toBe('is expected on 5 March 2026, as of the sources (late May 2025)');
  });

  it('once the whole period has passed, says it was expected and that no source says what happened', () => {
    if (!item) throw new Error('no item');
    const after = eventOutlook(item, day('2026-04-01'), words);
    expect(after.past).toBe(true);
    expect(clauseText(after)).toBe('was expected in March 2026, as of the sources (late May 2025); this site has no source yet on what happened');
    expect(after.note).toMatch(/That date has passed; this site has no source yet on what happened\.$/);
    expect(eventsPastTheirDate([item], day('2026-04-01'))).toEqual([item]);
    expect(eventsPastTheirDate([item], day('2026-03-15'))).toEqual([]);
  });

  it('never calls an event that happened past due', () => {
    const happened = buildTimeline([{ ...expected, data: { ...expected.data, status: 'happened' as const } }], [source]).find((entry) => entry.id === 'npc');
    if (!happened) throw new Error('no item');
    expect(isPastItsDate(happened, day('2030-01-01'))).toBe(false);
  });

  it('ends a period on its last day', () => {
    expect(endOfPeriod({ year: 2024, month: 2, precision: 'month', iso: '2024-02' }).toISOString().slice(0, 10)).toBe('2024-02-29');
    expect(endOfPeriod({ year: 2026, precision: 'year', iso: '2026' }).toISOString().slice(0, 10)).toBe('2026-12-31');
  });
});

describe('timelineSpan', () => {
  it('gives the years the timeline covers, from its items', () => {
    const items = buildTimeline([event('a', '2015'), event('c', '2049')], [source]);
    expect(timelineSpan(items)).toBe('2015 to 2049');
    expect(timelineSpan(buildTimeline([event('a', '2025-05')], [source]))).toBe('2025');
  });
});
