/**
 * Links glossary terms at their first use. One matcher serves the rehype plugin (MDX bodies),
 * the component that renders plain-text fields such as claim statements, and the check that a
 * term's `sources` are the sources whose archived texts use it.
 */
import { normaliseQuoteText } from './quotes';

/** A term and every spelling of it that should link to its entry. */
export interface TermForms {
  id: string;
  /** The term first, then its aliases. */
  forms: readonly string[];
}

/** A piece of text, linked to a glossary term when `termId` is set. */
export interface Segment {
  text: string;
  termId?: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for any of the forms as whole words. */
const wholeWords = (...forms: readonly string[]) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');

/** One pattern for every form of every term, longer forms first; the first term to claim a form keeps it. */
function termMatcher(terms: readonly TermForms[], normalise: (text: string) => string = (text) => text): { pattern: RegExp; idByForm: Map<string, string> } | undefined {
  const idByForm = new Map<string, string>();
  for (const term of terms) for (const form of term.forms.map(normalise)) if (!idByForm.has(form)) idByForm.set(form, term.id);
  const forms = [...idByForm.keys()].sort((a, b) => b.length - a.length);
  if (forms.length === 0) return undefined;
  return { pattern: wholeWords(...forms), idByForm };
}

/**
 * Builds a function that splits text into segments, linking each term the first time it
 * appears; `linked` records terms already linked on the page. Longer forms win, so
 * "outbound investment screening" is matched before "investment".
 */
export function createTermLinker(terms: readonly TermForms[]): (text: string, linked: Set<string>) => Segment[] {
  const matcher = termMatcher(terms);
  if (!matcher) return (text) => [{ text }];
  const { pattern, idByForm } = matcher;

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

/** Typographic quotes and dashes folded, spaces collapsed and double quotation marks dropped (`“horizontal” industrial policy`). */
const foldForMatching = (text: string) => normaliseQuoteText(text).replaceAll('"', '');

/**
 * The terms a text (a source's archived text) uses, each with the first form found. Forms are
 * matched as the linker matches them (whole words, case as written, longer forms first, so
 * "outbound investment screening" does not count as the alias "investment"), after folding
 * typographic quotes and dashes; quotation marks around a word do not hide a term. A term's own
 * name counts wherever it appears, also inside a longer form ("share of gross domestic product"
 * uses "gross domestic product").
 */
export function termsUsedIn(terms: readonly TermForms[], text: string): Map<string, string> {
  const used = new Map<string, string>();
  const matcher = termMatcher(terms, foldForMatching);
  if (!matcher) return used;
  const folded = foldForMatching(text);
  for (const match of folded.matchAll(matcher.pattern)) {
    const termId = matcher.idByForm.get(match[0]);
    if (termId !== undefined && !used.has(termId)) used.set(termId, match[0]);
  }
  for (const { id, forms } of terms) {
    const name = forms[0] === undefined ? '' : foldForMatching(forms[0]);
    if (name && !used.has(id) && wholeWords(name).test(folded)) used.set(id, name);
  }
  return used;
}

/** The glossary page anchor of a term. */
export const termHref = (base: string, termId: string) => `${base.replace(/\/?$/, '/')}glossary/#${termId}`;
