/**
 * Placeholders left by `npm run new`: any text still starting with the marker is a field nobody
 * filled in. The checks name each one, so a half-filled file can never be published.
 */
import type { ContentProblem } from './content-checks';
import { fieldName } from './friendly-errors';

export const PLACEHOLDER = 'TODO:';

/** One problem per text in `data` (and in the Markdown body) that is still a placeholder. */
export function placeholderProblems(file: string, data: unknown, body = '', prefix = ''): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const visit = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'string' && value.trimStart().startsWith(PLACEHOLDER)) {
      problems.push({ file, field: fieldName(path, prefix), message: `is still the placeholder "${value.trim()}": fill it in` });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, index]));
    } else if (value && typeof value === 'object' && !(value instanceof Date)) {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    }
  };
  visit(data, []);
  for (const line of body.split('\n')) {
    if (line.trimStart().startsWith(PLACEHOLDER)) problems.push({ file, field: 'body', message: `is still the placeholder "${line.trim()}": write it` });
  }
  return problems;
}
