import { describe, expect, it } from 'vitest';
import { noteId, storyNotes } from '../../src/lib/content/story-notes';

describe('storyNotes', () => {
  it('lists each figure, value and date once, in order of first use', () => {
    const body = [
      'In <EventDate id="launch" />, <Reported source="a" figure="peak" /> then <Reported source="a" figure="peak" bare />.',
      '<DataValue economy="CHN" indicator="NE.CON.PRVT.ZS" year="latest" /> in <DataValue economy="CHN" indicator="NE.CON.PRVT.ZS" year="latest" show="year" />;',
      '<ClaimRef id="x">words</ClaimRef>, <SourceCount />, <EventDate id="launch" />.',
    ].join('\n');
    expect(storyNotes(body)).toEqual([
      { kind: 'event', id: 'launch' },
      { kind: 'figure', source: 'a', figure: 'peak' },
      { kind: 'data', economy: 'CHN', indicator: 'NE.CON.PRVT.ZS', year: 'latest' },
    ]);
  });

  it('gives each note its own fragment id', () => {
    const notes = storyNotes('<Reported source="a" figure="b-c" /> <Reported source="a-b" figure="c" /> <EventDate id="a" />');
    const ids = notes.map(noteId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toMatch(/^note-[a-z0-9_-]+$/);
  });
});
