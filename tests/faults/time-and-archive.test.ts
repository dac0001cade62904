/**
 * What the site says depends on the day it is built: an event the sources expected reads as
 * ahead before its date and as past, with no source on the outcome, after it. SITE_TODAY pins
 * the day. The "before" build also shows the opt-out from the archive check: it builds, and
 * every page says its quotes were not verified.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildSite } from './build-site';

const work = mkdtempSync(join(tmpdir(), 'time-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The first event the sources gave as expected, with the claim and page that show it. */
const events = parse(readFileSync('content/timeline.yaml', 'utf8')) as { id: string; date: string; status: string; claim?: string }[];
const expected = events.find((event) => event.status === 'expected' && event.claim);
if (!expected?.claim) throw new Error('content/timeline.yaml has no expected event with a claim to test');
const [year = 0, month = 12] = expected.date.split('-').map(Number);
const beforeDay = `${year}-${String(month).padStart(2, '0')}-01`;
const afterDay = `${month === 12 ? year + 1 : year}-${String((month % 12) + 1).padStart(2, '0')}-01`;

const page = (dir: string, path: string) => readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

describe(`before its date (SITE_TODAY=${beforeDay}), without the archive but opted out`, () => {
  const dir = join(work, 'before');
  let result: ReturnType<typeof buildSite>;
  beforeAll(() => {
    result = buildSite(dir, { SITE_TODAY: beforeDay, CI: 'true', ALLOW_UNVERIFIED_QUOTES: '1', SOURCES_ARCHIVE_DIR: join(work, 'no-archive') });
  });

  it('builds, warning on every page that its quotes were not verified', () => {
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(/quotes UNVERIFIED/);
    expect(result.output).toMatch(/\/about\/: quotes on this page were not verified/);
    expect(page(dir, '')).toContain('Quotes were not verified in this build');
  });

  it('reads as still ahead on the timeline, the claim page and the story', () => {
    expect(result.output).not.toMatch(/dates? ha(s|ve) passed/);
    for (const path of ['timeline', `claims/${expected.claim}`]) {
      expect(page(dir, path)).toMatch(/(Expected|Planned) (in|for|on) [^.]*, as of the sources \(/);
      expect(page(dir, path)).not.toContain('That date has passed');
    }
    expect(page(dir, '')).not.toContain('no source yet on what happened');
  });
});

describe(`after its date (SITE_TODAY=${afterDay})`, () => {
  const dir = join(work, 'after');
  let result: ReturnType<typeof buildSite>;
  beforeAll(() => {
    result = buildSite(dir, { SITE_TODAY: afterDay });
  });

  it('builds and names the event whose date has passed', () => {
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(new RegExp(`planned or expected as of the sources .* passed[\\s\\S]*\\[id=${expected.id}\\]`));
  });

  it('says on the timeline, the claim page and the story that it was expected and no source says what happened', () => {
    for (const path of ['timeline', `claims/${expected.claim}`]) {
      expect(page(dir, path)).toContain('That date has passed; this site has no source yet on what happened.');
    }
    expect(page(dir, '')).toMatch(/was expected [^;]*, as of the sources \([^)]*\); this site has no source yet on what happened/);
  });
});
