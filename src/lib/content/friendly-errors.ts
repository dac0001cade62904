/**
 * The one error map for content schemas, so no raw Zod text reaches an editor: schema fields
 * with a message of their own keep it (schema messages take precedence); every other issue gets
 * a plain sentence here. Used by `npm run check:content`.
 */
import type { z } from 'astro/zod';
import type { ContentProblem } from './content-checks';

const describe = (value: unknown): string => {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return `the text ${JSON.stringify(value)}`;
  return `${typeof value === 'number' ? 'the number' : 'the value'} ${String(value)}`;
};

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list (lines starting with "- ", or [a, b])',
  object: 'a group of indented fields',
};

const countOf = (origin: string | undefined, bound: unknown) =>
  origin === 'array' ? `${String(bound)} item${bound === 1 ? '' : 's'}` : origin === 'string' ? `${String(bound)} characters` : String(bound);

const UNKNOWN_FIELD = 'is not a field here: check its spelling, or remove it';

/** A plain-language message for any Zod issue that has no message of its own. */
export const friendlyError: z.core.$ZodErrorMap = (issue) => {
  if (issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union')) {
    return 'is required: add this field';
  }
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${describe(issue.input)}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}, not ${describe(issue.input)}`;
    case 'unrecognized_keys':
      return UNKNOWN_FIELD;
    case 'too_small':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `needs at least ${countOf(issue.origin, issue.minimum)}`
        : `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `may have at most ${countOf(issue.origin, issue.maximum)}`
        : `must be at most ${String(issue.maximum)}`;
    case 'invalid_format':
      return `is not a valid ${issue.format === 'regex' ? 'value here' : issue.format}`;
    case 'invalid_union':
      return 'does not match any of the allowed forms of this field';
    default:
      return 'is not valid here';
  }
};

/** A Zod issue path as a field: ['reports', 1, 'source'] → "reports[1].source". */
export function fieldName(path: readonly PropertyKey[], prefix = ''): string {
  const name = path.reduce<string>(
    (field, key) => (typeof key === 'number' ? `${field}[${key}]` : `${field}${field ? '.' : ''}${String(key)}`),
    prefix,
  );
  return name || '(the whole file)';
}

/**
 * Validates one entry's data, returning the parsed data or one problem per issue. `prefix` is
 * the entry's place in a list file, e.g. "[id=mic2025-launch]".
 */
export function validateEntry<Schema extends z.ZodType>(
  schema: Schema,
  data: unknown,
  file: string,
  prefix = '',
): { data: z.output<Schema> } | { problems: ContentProblem[] } {
  const result = schema.safeParse(data, { error: friendlyError });
  if (result.success) return { data: result.data };
  return {
    problems: result.error.issues.flatMap((issue) =>
      // One problem per unknown field, located at that field.
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({ file, field: fieldName([...issue.path, key], prefix), message: UNKNOWN_FIELD }))
        : [{ file, field: fieldName(issue.path, prefix), message: issue.message }],
    ),
  };
}
