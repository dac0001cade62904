import { describe, expect, it } from 'vitest';
import { archiveRequirement, ALLOW_UNVERIFIED_QUOTES } from '../../src/lib/site/paths';
import { isoDay, today } from '../../src/lib/text/today';

describe('today', () => {
  it('is the clock’s day unless SITE_TODAY pins it', () => {
    expect(isoDay(today({}, new Date('2026-12-01T23:30:00Z')))).toBe('2026-12-01');
    expect(isoDay(today({ SITE_TODAY: '2025-06-01' }))).toBe('2025-06-01');
  });

  it('refuses a pinned day that is not one day', () => {
    expect(() => today({ SITE_TODAY: '2025-06' })).toThrow(/SITE_TODAY=2025-06: write one day as YYYY-MM-DD/);
    expect(() => today({ SITE_TODAY: '2025-02-30' })).toThrow(/SITE_TODAY/);
  });
});

describe('archiveRequirement', () => {
  it('fails a CI build without the archive, naming the folder and the way out', () => {
    const rule = archiveRequirement({ CI: 'true' }, false, '/x/sources');
    expect(rule.fail).toMatch(/no archived source texts at \/x\/sources/);
    expect(rule.fail).toMatch(/SOURCES_ARCHIVE_DIR/);
    expect(rule.fail).toMatch(new RegExp(`${ALLOW_UNVERIFIED_QUOTES}=1`));
  });

  it('lets a CI build opt out, and a local build warn', () => {
    expect(archiveRequirement({ CI: 'true', [ALLOW_UNVERIFIED_QUOTES]: '1' }, false, '/x').fail).toBeUndefined();
    expect(archiveRequirement({}, false, '/x')).toMatchObject({ warning: expect.stringMatching(/no archived source texts at \/x/) });
    expect(archiveRequirement({ CI: 'true' }, true, '/x')).toEqual({ warning: '' });
  });
});
