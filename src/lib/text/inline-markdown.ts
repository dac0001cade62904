/**
 * The one piece of Markdown allowed in YAML text fields: *emphasis*, which editors use for
 * terms that are not quotations. Rendered as text segments, never as raw HTML.
 */

export interface InlineSegment {
  text: string;
  emphasis: boolean;
}

const EMPHASIS = /\*([^*\s][^*]*?)\*/g;

/** Splits "a *term* here" into plain and emphasised segments. */
export function inlineSegments(text: string): InlineSegment[] {
  const segments: InlineSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(EMPHASIS)) {
    if (match.index > last) segments.push({ text: text.slice(last, match.index), emphasis: false });
    segments.push({ text: match[1] ?? '', emphasis: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), emphasis: false });
  return segments;
}

/** The text without emphasis markers, for <title>, meta descriptions and attributes. */
export function plainText(text: string): string {
  return text.replace(EMPHASIS, '$1');
}
