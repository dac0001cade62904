/**
 * The field guide (docs/field-guide.md) and the editors' hover text both come from the schemas'
 * `.describe()` texts: the committed guide must be what `npm run field-guide` writes now, and the
 * JSON Schemas Astro generates for editors must carry the same descriptions.
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { allowedValues, fieldGuide, fieldRows, jsonSchemaOf, rowsOf, undescribedFields, type JsonSchema } from '../../src/lib/content/field-guide';
import { FIELD_GUIDE_PATH, fieldGuideFor, guideCollections } from '../../src/lib/content/field-guide-content';

const collections = guideCollections('content');

describe('docs/field-guide.md', () => {
  it('is what `npm run field-guide` writes from the schemas and the content (run it after changing a schema)', () => {
    expect(readFileSync(FIELD_GUIDE_PATH, 'utf8'), 'docs/field-guide.md is out of date: run npm run field-guide').toBe(fieldGuideFor('content'));
  });

  it('lists every collection and content/site.yaml', () => {
    const guide = readFileSync(FIELD_GUIDE_PATH, 'utf8');
    for (const name of ['sources', 'claims', 'glossary', 'timeline', 'pages', 'charts', 'corrections', 'site']) expect(guide).toContain(`\n## ${name}\n`);
  });

  it('has a description for every field of every collection', () => {
    expect(undescribedFields(collections)).toEqual([]);
  });

  it('takes each example from the content', () => {
    const claims = collections.find((collection) => collection.name === 'claims')!;
    const source = fieldRows(claims).find((row) => row.field === 'reports[].source')!;
    const firstClaim = claims.entries[0] as { reports: { source: string }[] };
    expect(source.example).toBe(firstClaim.reports[0]!.source);
  });
});

describe('the editor schemas Astro generates (.astro/collections/*.schema.json)', () => {
  /** A collection's entry schema inside Astro's file: a list file's schema is a list of entries, or a map of them. */
  const entrySchema = (name: string): JsonSchema => {
    const schema = JSON.parse(readFileSync(`.astro/collections/${name}.schema.json`, 'utf8')) as JsonSchema;
    return schema.anyOf?.[0]?.items ?? schema;
  };

  for (const collection of collections.filter((c) => c.name !== 'site')) {
    it(`${collection.name}: every field carries its description as hover text`, () => {
      expect(existsSync(`.astro/collections/${collection.name}.schema.json`), 'written by astro sync, astro check or a build').toBe(true);
      const hover = rowsOf(entrySchema(collection.name)).map((row) => [row.field, row.description]);
      // The smallest collection, the topics, has two fields: an id and a name.
      expect(hover.length).toBeGreaterThanOrEqual(2);
      expect(hover).toEqual(fieldRows(collection).map((row) => [row.field, row.description]));
      expect(hover.filter(([, description]) => !description)).toEqual([]);
    });
  }
});

describe('fieldGuide', () => {
  const schema = z
    .strictObject({
      name: z.string().min(1).describe('A name | with a pipe.'),
      kind: z.enum(['a', 'b']).default('a').describe('Its kind.'),
      parts: z.array(z.strictObject({ size: z.number().int().min(1).max(6).describe('How big.') })).min(1).describe('Its parts.'),
      check: z
        .discriminatedUnion('test', [
          z.strictObject({ test: z.literal('one').describe('One value.'), value: z.number().describe('The value.') }),
          z.strictObject({ test: z.literal('two').describe('Two values.'), low: z.number().describe('The low one.'), value: z.number().describe('The value.') }),
        ])
        .optional()
        .describe('A test.'),
      note: z.string().nullable().optional().describe('A note, or null.'),
    })
    .describe('A test collection.');
  const entries = [{ name: 'first', parts: [{ size: 2 }], check: { test: 'two', low: 1, value: 3 } }];
  const rows = rowsOf(jsonSchemaOf(schema), entries);
  const row = (field: string) => rows.find((candidate) => candidate.field === field);

  it('says whether each field is required, nested fields relative to their entry', () => {
    expect(rows.map((r) => [r.field, r.required])).toEqual([
      ['name', 'yes'],
      ['kind', 'no'],
      ['parts', 'yes'],
      ['parts[].size', 'yes'],
      ['check', 'no'],
      ['check.test', 'yes'],
      ['check.value', 'yes'],
      ['check.low', 'yes'],
      ['note', 'no'],
    ]);
  });

  it('gives allowed values in plain words, with defaults, ranges and null', () => {
    expect(row('kind')?.allowed).toBe('one of "a", "b" (default "a")');
    expect(row('parts')?.allowed).toBe('a list of entries with the fields below, at least 1 item');
    expect(row('parts[].size')?.allowed).toBe('a whole number (1 to 6)');
    expect(row('note')?.allowed).toBe('text, or null');
    expect(allowedValues({ type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 6 })).toBe('a list of numbers, 2 to 6 items');
  });

  it('lists a union once: each variant of the field that tells them apart, and the fields only some variants have', () => {
    expect(row('check.test')).toMatchObject({ allowed: 'one of "one", "two"', description: '"one": One value. "two": Two values.' });
    expect(row('check.low')?.description).toBe('Only when test is "two". The low one.');
    expect(row('check.value')?.description).toBe('The value.');
  });

  it('takes examples from the entries, and says when none has the field', () => {
    expect(row('parts[].size')?.example).toBe(2);
    expect(row('check.low')?.example).toBe(1);
    expect(row('note')?.example).toBeUndefined();
    const guide = fieldGuide([{ name: 'things', where: '`content/things/<id>.yaml`', schema, entries }], 'npm run field-guide');
    expect(guide).toContain('`content/things/<id>.yaml`: A test collection.');
    expect(guide).toContain('| `name` | yes | text | A name \\| with a pipe. | `"first"` |');
    expect(guide).toContain('| `note` | no | text, or null | A note, or null. | `(none in the content yet)` |');
  });
});
