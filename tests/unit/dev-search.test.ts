import { describe, expect, it } from 'vitest';
import { devIndexStatus, devSearchNotice } from '../../src/lib/search/dev-search';

const built = new Date('2026-12-01T18:00:00Z');
const time = (iso: string) => `<${iso}>`;

describe('search in npm run dev', () => {
  it('says there is no index before the first build', () => {
    expect(devIndexStatus(undefined, new Date())).toEqual({ state: 'missing' });
    expect(devSearchNotice({ state: 'missing' })).toBe('Search has no index yet in npm run dev: run npm run build (in another terminal), then reload this page.');
  });

  it('says nothing while the index is newer than every content file', () => {
    const status = devIndexStatus(built, new Date('2026-12-01T17:59:59Z'));
    expect(status).toEqual({ state: 'fresh', builtAt: '2026-12-01T18:00:00.000Z' });
    expect(devSearchNotice(status, time)).toBeUndefined();
  });

  it('names the build time once a content file changed after it', () => {
    const status = devIndexStatus(built, new Date('2026-12-01T18:00:01Z'));
    expect(status.state).toBe('stale');
    expect(devSearchNotice(status, time)).toBe('Search shows the site as built at <2026-12-01T18:00:00.000Z>; run npm run build to include later edits, then reload this page.');
  });
});
