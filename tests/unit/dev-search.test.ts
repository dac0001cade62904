import { describe, expect, it } from 'vitest';
import { devIndexStatus } from '../../src/lib/search/dev-search';
import { contentPageWords } from './fixtures';

const built = new Date('2026-12-01T18:00:00Z');
const time = (iso: string) => `<${iso}>`;
const { phrase } = contentPageWords('search');

describe('search in npm run dev', () => {
  it('says there is no index before the first build, in the words of search.yaml', () => {
    expect(devIndexStatus(undefined, new Date(), phrase)).toEqual({ state: 'missing', notice: phrase('dev_no_index') });
  });

  it('says nothing while the index is newer than every content file', () => {
    expect(devIndexStatus(built, new Date('2026-12-01T17:59:59Z'), phrase, time)).toEqual({ state: 'fresh', builtAt: '2026-12-01T18:00:00.000Z' });
  });

  it('names the build time once a content file changed after it', () => {
    const status = devIndexStatus(built, new Date('2026-12-01T18:00:01Z'), phrase, time);
    expect(status).toEqual({
      state: 'stale',
      builtAt: '2026-12-01T18:00:00.000Z',
      notice: 'Search shows the site as built at <2026-12-01T18:00:00.000Z>; run npm run build to include later edits, then reload this page.',
    });
  });
});
