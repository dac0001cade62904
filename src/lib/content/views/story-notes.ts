/**
 * The story's notes as the page shows them: for each figure, World Bank value and event date the
 * story prints, its value, what it is and where it comes from. What it is links to that place (the
 * figure's row on its source page, the chart, the timeline entry), so a list of the page's links
 * names each note apart instead of repeating "as reported by …". Built from what the content check resolved.
 */
import { percent } from '../../data/data-checks';
import { withBase } from '../../site/site';
import { plain } from '../../text/word-tokens';
import { formatFigure } from '../figures';
import type { PageWords } from '../page-words';
import { storyValue, type StoryValues } from '../story-components';
import { noteId, storyNotes } from '../story-notes';

export interface StoryNoteView {
  /** The note's fragment id, so a number can be linked to it. */
  id: string;
  value: string;
  what: string;
  /** Where the link leads; its words are `what`, which no other note shares. */
  href: string;
  /** Where it comes from, in the words of content/pages/home.mdx ("as reported by …"), after the link. */
  from: string;
}

/** The notes for an MDX body, in order of first use; `phrase` is the story page's (home). */
export function storyNoteViews(body: string, values: StoryValues, phrase: PageWords['phrase']): StoryNoteView[] {
  const named = (name: string) => ({ name: plain('name', () => name) });
  return storyNotes(body).map((note): StoryNoteView => {
    if (note.kind === 'figure') {
      const { sourceId, sourceName, figure } = storyValue(values, 'Reported', note);
      return { id: noteId(note), value: formatFigure(figure), what: `${figure.what} — ${figure.as_of}`, href: withBase(`/sources/${sourceId}/#figure-${figure.id}`), from: phrase('note_figure_link', named(sourceName)) };
    }
    if (note.kind === 'data') {
      const { year, value, economyName, indicatorName } = storyValue(values, 'DataValue', note);
      return { id: noteId(note), value: `${percent(value)} (${year})`, what: `${economyName}: ${indicatorName}`, href: withBase(note.chart ? `/data/${note.chart}/` : '/data/'), from: phrase('note_data_link', named(note.indicator)) };
    }
    const event = storyValue(values, 'EventDate', note);
    return { id: noteId(note), value: event.dateLabel, what: event.title, href: withBase(`/timeline/#${note.id}`), from: phrase('note_event_link') };
  });
}
