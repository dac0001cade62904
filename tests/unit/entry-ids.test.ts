import { describe, expect, it } from 'vitest';
import { uniqueFileIds } from '../../src/lib/content/entry-ids';

describe('entry ids', () => {
  it('uses the file name as the id and rejects a second file with the same id', () => {
    const id = uniqueFileIds('content/sources');
    expect(id({ entry: 'fdd.mdx' })).toBe('fdd');
    expect(id({ entry: 'fdd.mdx' })).toBe('fdd'); // reloading the same file is fine
    expect(() => id({ entry: 'fdd.md' })).toThrow('content/sources/fdd.md: the id "fdd" is already used by content/sources/fdd.mdx');
  });
  it('rejects file names that are not lowercase slugs', () => {
    expect(() => uniqueFileIds('content/claims')({ entry: 'Tariffs 145.yaml' })).toThrow(/rename the file.*"tariffs-145"/);
  });
});
