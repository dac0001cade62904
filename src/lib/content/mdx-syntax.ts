/**
 * MDX syntax errors in a body, found the way the build finds them (MDX's own parser), located in
 * the file. MDX reports an unclosed tag where parsing fails, often a character further on, so
 * such messages get a hint naming the usual cause.
 */
import { createProcessor } from '@mdx-js/mdx';
import type { LocatedProblem } from './content-checks';

const processor = createProcessor();

/** Messages MDX gives when a tag was left open earlier in the text. */
const UNCLOSED_TAG = /in attribute name|in attribute value|before name|Unexpected end of file|Expected a closing tag|Unexpected closing/;

/** A 1-based line and column in `text` → its offset. */
const offsetOf = (text: string, line: number, column: number) =>
  text.split('\n').slice(0, line - 1).reduce((sum, previous) => sum + previous.length + 1, 0) + column - 1;

/**
 * The last tag opened before `offset` whose `>` never came (`<ClaimRef id="x" the claim`), as
 * its name and 1-based line and column in `text`.
 */
export function unclosedTagBefore(text: string, offset: number): { name: string; line: number; column: number } | undefined {
  const before = text.slice(0, offset);
  const open = [...before.matchAll(/<([A-Za-z][\w.]*)/g)].filter((match) => !before.slice(match.index).includes('>')).at(-1);
  if (!open?.[1]) return undefined;
  const lines = before.slice(0, open.index).split('\n');
  return { name: open[1], line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/** The body's syntax error, if any; `firstLine` is the body's first line in the file. */
export function mdxSyntaxProblem(file: string, body: string, firstLine: number): LocatedProblem | undefined {
  try {
    processor.parse(body);
    return undefined;
  } catch (error) {
    const { reason, line = 1, column = 1 } = error as { reason?: string; line?: number; column?: number };
    if (reason === undefined) throw error;
    const fileLine = (bodyLine: number) => firstLine + bodyLine - 1;
    const tag = UNCLOSED_TAG.test(reason) ? unclosedTagBefore(body, offsetOf(body, line, column)) : undefined;
    const hint = !UNCLOSED_TAG.test(reason)
      ? ''
      : tag
        ? ` The usual cause is a tag left open: here probably \`<${tag.name}\` at line ${fileLine(tag.line)}, column ${tag.column}, which has no closing \`>\` (or \`/>\`).`
        : ' The usual cause is a tag left open before this point: a `<Component …` without its closing `>` or `/>`, or without its `</Component>`.';
    return { file, field: 'body', message: `MDX syntax: ${reason}.${hint}`, position: { line: fileLine(line), column } };
  }
}
