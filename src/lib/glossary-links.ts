/**
 * Links glossary terms at their first use. One matcher serves the rehype plugin (MDX bodies)
 * and the component that renders plain-text fields such as claim statements.
 */

/** A term and every spelling of it that should link to its entry. */
export interface TermForms {
  id: string;
  forms: readonly string[];
}

/** A piece of text, linked to a glossary term when `termId` is set. */
export interface Segment {
  text: string;
  termId?: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Builds a function that splits text into segments, linking each term the first time it
 * appears; `linked` records terms already linked on the page. Longer forms win, so
 * "outbound investment screening" is matched before "investment".
 */
export function createTermLinker(terms: readonly TermForms[]): (text: string, linked: Set<string>) => Segment[] {
  const idByForm = new Map<string, string>();
  for (const term of terms) for (const form of term.forms) if (!idByForm.has(form)) idByForm.set(form, term.id);
  const forms = [...idByForm.keys()].sort((a, b) => b.length - a.length);
  if (forms.length === 0) return (text) => [{ text }];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');

  return (text, linked) => {
    const segments: Segment[] = [];
    let last = 0;
    for (const match of text.matchAll(pattern)) {
      const termId = idByForm.get(match[0]);
      if (termId === undefined || linked.has(termId)) continue;
      linked.add(termId);
      if (match.index > last) segments.push({ text: text.slice(last, match.index) });
      segments.push({ text: match[0], termId });
      last = match.index + match[0].length;
    }
    if (last < text.length) segments.push({ text: text.slice(last) });
    return segments;
  };
}

/** The glossary page anchor of a term. */
export const termHref = (base: string, termId: string) => `${base.replace(/\/?$/, '/')}glossary/#${termId}`;
