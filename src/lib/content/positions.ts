/**
 * Where a content problem is in its file, so every error reads `file:line:column field: message`
 * and an editor can jump to it. A field is a path such as `reports[1].source`, `published.date`
 * or `[id=mic2025-launch].claim` (an entry of a list keyed by id, as in timeline.yaml); `body`
 * and `<Component> attribute` fields point into an MDX file's Markdown body.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** A 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

type PathSegment = string | number | { key: string; value: string };

/** `reports[1].source` → ['reports', 1, 'source']; `[id=x].claim` → [{ key: 'id', value: 'x' }, 'claim']. */
export function parseFieldPath(field: string): PathSegment[] {
  const segments: PathSegment[] = [];
  for (const match of field.matchAll(/\[(\d+)\]|\[([\w-]+)=([^\]]*)\]|([^.[\]]+)/g)) {
    const [, index, key, value, name] = match;
    if (index !== undefined) segments.push(Number(index));
    else if (key !== undefined) segments.push({ key, value: value ?? '' });
    else if (name !== undefined) segments.push(name);
  }
  return segments;
}

/** The frontmatter of an MDX file: its YAML text and where that text and the body start. */
export function splitFrontmatter(text: string): { yaml: string; yamlStart: number; bodyStart: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)^---[ \t]*(?:\r?\n|$)/m.exec(text);
  if (!match || match.index !== 0) return undefined;
  const yamlStart = text.indexOf('\n') + 1;
  return { yaml: match[1] ?? '', yamlStart, bodyStart: match[0].length };
}

/** The offset of the deepest node on the path that exists (a missing field points at its parent). */
function yamlOffset(yaml: string, segments: readonly PathSegment[]): number {
  let node: unknown = parseDocument(yaml).contents;
  let offset = (node as Node | null)?.range?.[0] ?? 0;
  for (const segment of segments) {
    let next: unknown;
    if (typeof segment === 'string' && isMap(node)) {
      next = node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === segment)?.value;
    } else if (typeof segment === 'number' && isSeq(node)) {
      next = node.items[segment];
    } else if (typeof segment === 'object' && isSeq(node)) {
      next = node.items.find((item) => isMap(item) && String(item.get(segment.key)) === segment.value);
    }
    const range = (next as Node | null | undefined)?.range;
    if (!range) break;
    node = next;
    offset = range[0];
  }
  return offset;
}

/**
 * Where in the body a body-level problem is: the tag a `<Component> attribute` field names (the
 * one whose attribute has the value `hint`, when given), or the text `hint` itself; the
 * `occurrence`-th of them (from 0) when several problems name the same one.
 */
function bodyOffset(text: string, bodyStart: number, field: string, hint: string | undefined, occurrence: number): number {
  const body = text.slice(bodyStart);
  const component = /^<(\w+)> (\w+)$/.exec(field);
  let found: number[] = [];
  if (component) {
    const [, name, attribute] = component;
    const tags = [...body.matchAll(new RegExp(`<${name}\\b[^>]*`, 'g'))];
    const named = tags.filter((tag) => hint !== undefined && tag[0].includes(`${attribute}="${hint}"`));
    found = (named.length > 0 ? named : tags).map((tag) => tag.index);
  } else if (hint) {
    for (let index = body.indexOf(hint); index !== -1; index = body.indexOf(hint, index + 1)) found.push(index);
  }
  return bodyStart + (found[occurrence] ?? found[0] ?? 0);
}

/**
 * The position of `field` in a content file's text (YAML, or MDX with YAML frontmatter).
 * `hint` is a value the problem is about (e.g. an unknown id, or a quote), used to find it in
 * the Markdown body; `occurrence` says which of several places with that value is meant.
 */
export function locateField(text: string, field: string, hint?: string, occurrence = 0): Position {
  const frontmatter = splitFrontmatter(text);
  let offset: number;
  if (frontmatter && (field === 'body' || field.startsWith('<'))) {
    offset = bodyOffset(text, frontmatter.bodyStart, field, hint, occurrence);
  } else if (frontmatter) {
    offset = frontmatter.yamlStart + yamlOffset(frontmatter.yaml, parseFieldPath(field));
  } else {
    offset = yamlOffset(text, parseFieldPath(field));
  }
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lines.addNewLine(index + 1);
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}
