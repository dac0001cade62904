/** `npm run new`'s templates: each field's comment is its schema's description, so they cannot drift apart. */
import { describe, expect, it } from 'vitest';
import { CONTENT_COLLECTIONS } from '../../src/lib/content/load-files';
import { NEW_KINDS, template, type NewKind } from '../../src/lib/content/templates';
import { jsonSchemaOf, rowsOf } from '../../src/lib/content/field-guide';

const COLLECTION: Record<NewKind, keyof typeof CONTENT_COLLECTIONS> = { source: 'sources', claim: 'claims', term: 'glossary', event: 'timeline', chart: 'charts' };

describe('npm run new templates', () => {
  it.each(NEW_KINDS)('%s: the comment above each field is that field\'s description in the schema', (kind) => {
    const descriptions = rowsOf(jsonSchemaOf(CONTENT_COLLECTIONS[COLLECTION[kind]].schema)).map((row) => ({
      key: row.field.split(/[.[\]]+/).filter(Boolean).at(-1),
      text: (row.description ?? '').replace(/^Only when [^.]+\. /, ''),
    }));
    const lines = template(kind, 'new-entry', 'archive.txt').split('\n');
    const fields = lines.flatMap((line, index) => {
      const key = line.match(/^\s*(?:- )?#? ?([a-z_]+):/)?.[1];
      return key && index > 0 ? [{ key, comment: lines[index - 1] ?? '' }] : [];
    });
    expect(fields.length).toBeGreaterThan(3);
    for (const { key, comment } of fields) {
      const own = descriptions.filter((row) => row.key === key);
      expect(own.length, `${kind}: ${key} is a field of the schema`).toBeGreaterThan(0);
      expect(own.some((row) => comment.includes(`# ${row.text}`) || comment.includes(`# Optional. ${row.text}`)), `${kind}: the comment above ${key}: ${comment}`).toBe(true);
    }
  });
});
