/**
 * The story's notes: every figure, World Bank value and event date it prints, once each, in the
 * order of first use. The story prints them as plain text; the notes say where each comes from,
 * so that provenance needs no link on every number (nor a tooltip that touch and keyboard
 * readers never see).
 */
import { STORY_COMPONENTS } from './story-components';
import { findStoryReferences } from './story-refs';

export type StoryNote =
  | { kind: 'figure'; source: string; figure: string }
  | { kind: 'data'; economy: string; indicator: string; year: string; chart?: string | undefined }
  | { kind: 'event'; id: string };

/** A note's identity: its use's key, so a value and its year (show="year") share one note; the first use's chart is kept. */
function key(note: StoryNote): string {
  if (note.kind === 'figure') return STORY_COMPONENTS.Reported.key(note);
  if (note.kind === 'data') return STORY_COMPONENTS.DataValue.key(note);
  return STORY_COMPONENTS.EventDate.key(note);
}

/** The notes for an MDX body, deduplicated, in order of first use. */
export function storyNotes(body: string): StoryNote[] {
  const notes = new Map<string, StoryNote>();
  for (const { component, attributes: a } of findStoryReferences(body)) {
    const note: StoryNote | undefined =
      component === 'Reported' ? { kind: 'figure', source: a['source'] ?? '', figure: a['figure'] ?? '' }
      : component === 'DataValue' ? { kind: 'data', economy: a['economy'] ?? '', indicator: a['indicator'] ?? '', year: a['year'] ?? '', chart: a['chart'] }
      : component === 'EventDate' || component === 'EventStatus' ? { kind: 'event', id: a['id'] ?? '' }
      : undefined;
    if (note && !notes.has(key(note))) notes.set(key(note), note);
  }
  return [...notes.values()];
}

/** The fragment id of a note, so a number's note can be linked to. */
export function noteId(note: StoryNote): string {
  // ":" between parts becomes "--" (file ids never hold two hyphens in a row), "." in codes "_".
  return `note-${key(note).replaceAll(':', '--').replaceAll('.', '_').toLowerCase()}`;
}
