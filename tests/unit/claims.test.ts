import { describe, expect, it } from 'vitest';
import { reportingSources, SIDE_BY_SIDE_SOURCES, sourcesFitSideBySide, withSourceNames } from '../../src/lib/claims';
import type { ClaimData } from '../../src/lib/content-checks';

describe('withSourceNames', () => {
  it('shows readers short names where editors wrote source slugs', () => {
    const sources = [{ id: 'mdt-agencies', data: { short_name: 'MDT/Agencies news report' } }];
    expect(withSourceNames('mdt-agencies says "just 40%".', sources)).toBe('MDT/Agencies news report says "just 40%".');
  });
});

describe('reportingSources', () => {
  it('lists the sources that report a claim, once each, in the order of the sources', () => {
    const claim = {
      id: 'c',
      data: { reports: [{ source: 'c-source', wording: 'x' }, { source: 'a-source', wording: 'y' }, { source: 'a-source', wording: 'z' }] } as ClaimData,
    };
    const sources = [{ id: 'a-source' }, { id: 'b-source' }, { id: 'c-source' }];
    expect(reportingSources(claim, sources).map((source) => source.id)).toEqual(['a-source', 'c-source']);
  });
});

describe('sourcesFitSideBySide', () => {
  it('lays the five sources side by side, and stops at the limit', () => {
    expect(sourcesFitSideBySide(5)).toBe(true);
    expect(sourcesFitSideBySide(SIDE_BY_SIDE_SOURCES)).toBe(true);
    expect(sourcesFitSideBySide(SIDE_BY_SIDE_SOURCES + 1)).toBe(false);
  });
});
