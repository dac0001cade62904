import { describe, expect, it } from 'vitest';
import { reportedText } from '../../src/lib/content/figures';
import { resolveStoryUse, type StoryIndex } from '../../src/lib/content/story-components';
import { findStoryReferences } from '../../src/lib/content/story-refs';
import { buildTimeline } from '../../src/lib/content/timeline';
import { storyNoteViews } from '../../src/lib/content/views/story-notes';
import { contentPageWords, validSourceData } from './fixtures';

const figure = { id: 'peak', what: 'Peak tariff', value: 145, unit: '%', as_of: 'April 2025', wording: 'tariffs reached 145 percent' };
const index: StoryIndex = {
  claims: new Map(),
  sources: new Map([['a', { ...validSourceData, short_name: 'Agencies', figures: [figure] }]]),
  eventIds: new Set(['launch']),
  events: new Map(
    buildTimeline([{ id: 'launch', data: { id: 'launch', date: '2015-05-19', title: 'Made in China 2025 launched', description: 'd', status: 'happened', sources: ['a'] } }], [{ id: 'a', data: validSourceData }]).map((item) => [item.id, item]),
  ),
  chartIds: new Set(['mix']),
  hasSeries: () => true,
  dataPoint: (economy, indicator) => ({ year: 2023, value: 39.123, economyName: `Economy ${economy}`, indicatorName: `Indicator ${indicator}` }),
};

/** What the content check keeps for a body: each use's value by its key. */
function resolvedValues(body: string): Map<string, unknown> {
  const values = new Map<string, unknown>();
  for (const use of findStoryReferences(body)) {
    const resolution = resolveStoryUse(use.component, use.attributes, index);
    if ('value' in resolution) values.set(resolution.key, resolution.value);
  }
  return values;
}

describe('storyNoteViews', () => {
  const { phrase } = contentPageWords('home');

  it("gives each figure, value and date its value, what it is and a link to where it comes from, in the page's words", () => {
    const body = 'In <EventDate id="launch" />, <Reported source="a" figure="peak" bare />; <DataValue economy="CHN" indicator="NE.CON.PRVT.ZS" year="latest" chart="mix" show="year" />.';
    expect(storyNoteViews(body, resolvedValues(body), phrase)).toEqual([
      { id: 'note-event--launch', value: '19 May 2015', what: 'Made in China 2025 launched', href: '/timeline/#launch', from: phrase('note_event_link') },
      { id: 'note-figure--a--peak', value: '145%', what: 'Peak tariff — April 2025', href: '/sources/a/#figure-peak', from: phrase('note_figure_link', { name: () => 'Agencies' }) },
      { id: 'note-data--chn--ne_con_prvt_zs--latest', value: '39.1% (2023)', what: 'Economy CHN: Indicator NE.CON.PRVT.ZS', href: '/data/mix/', from: phrase('note_data_link', { name: () => 'NE.CON.PRVT.ZS' }) },
    ]);
  });

  it('links a value without a chart to the data page', () => {
    const body = '<DataValue economy="CHN" indicator="X" year="latest" />';
    expect(storyNoteViews(body, resolvedValues(body), phrase).map((note) => note.href)).toEqual(['/data/']);
  });
});

describe('reportedText', () => {
  it('prints the figure with its unit, the number alone, or the date it is for', () => {
    const large = { ...figure, value: 15000, unit: 'firms' };
    expect(reportedText(large, {})).toBe('15,000 firms');
    expect(reportedText(large, { bare: true })).toBe('15,000');
    expect(reportedText(large, { show: 'as_of' })).toBe('April 2025');
  });
});
