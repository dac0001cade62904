/** The error a build (or `astro dev`) throws for content problems, in Astro's own error type. */
import { AstroError } from 'astro/errors';
import { resolve } from 'node:path';
import { contentFailure, locateProblems, type LocatedProblem } from './content-checks';

/** An error whose message already says where and what: Astro prints it and the hint, no stack trace. */
export function messageOnlyError(message: string, hint: string): AstroError {
  const error = new AstroError(message, hint);
  error.name = 'ContentError';
  error.stack = '';
  return error;
}

/**
 * Each line of the message already says where its problem is, so the stack trace (into Astro's
 * own code) is dropped: Astro then prints the message and the hint only. The first problem's
 * place is the error's location, so `astro dev`'s error overlay shows and links that line.
 */
export function contentError(problems: readonly LocatedProblem[]): AstroError {
  const error: AstroError & { loc?: { file: string; line: number; column: number } } = messageOnlyError(
    contentFailure(problems),
    'Fix each problem at the file:line:column shown; `npm run check:content` rechecks the content in seconds.',
  );
  const first = locateProblems(problems.slice(0, 1))[0];
  if (first?.position) error.loc = { file: resolve(first.problem.file), ...first.position };
  return error;
}
