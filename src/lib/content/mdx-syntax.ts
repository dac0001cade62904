/**
 * MDX syntax errors in a body, found the way the build finds them (MDX's own parser), located in
 * the file. MDX reports an unclosed tag where parsing fails, often a character further on, so
 * such messages get a hint naming the usual cause.
 */
import { createProcessor } from '@mdx-js/mdx';
import type { LocatedProblem } from '../content-checks';

const processor = createProcessor();

/** Messages MDX gives when a tag was left open earlier in the text. */
const UNCLOSED_TAG = /in attribute name|in attribute value|before name|Unexpected end of file|Expected a closing tag|Unexpected closing/;

/** The body's syntax error, if any; `firstLine` is the body's first line in the file. */
export function mdxSyntaxProblem(file: string, body: string, firstLine: number): LocatedProblem | undefined {
  try {
    processor.parse(body);
    return undefined;
  } catch (error) {
    const { reason, line, column } = error as { reason?: string; line?: number; column?: number };
    if (reason === undefined) throw error;
    const hint = UNCLOSED_TAG.test(reason)
      ? ' The usual cause is a tag left open before this point: a `<Component …` without its closing `>` or `/>`, or without its `</Component>`.'
      : '';
    return { file, field: 'body', message: `MDX syntax: ${reason}.${hint}`, position: { line: firstLine + (line ?? 1) - 1, column: column ?? 1 } };
  }
}
