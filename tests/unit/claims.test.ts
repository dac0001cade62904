import { describe, expect, it } from 'vitest';
import { fullReportCount, reportingSources, reportTally, SIDE_BY_SIDE_SOURCES, sourceContribution, sourcesFitSideBySide, withSourceNames } from '../../src/lib/content/claims';
import { contentPageWords } from './fixtures';
import type { ClaimData } from '../../src/lib/content/content-checks';

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

describe('partial support', () => {
  // The tally's words are content/pages/claims.yaml's.
  const claimsWords = contentPageWords('claims');
  const claim = (reports: { source: string; support: 'full' | 'partial'; lacks?: string }[], differences?: string) => ({
    id: 'c',
    data: { reports: reports.map((report) => ({ wording: 'w', ...report })), ...(differences ? { differences } : {}) } as ClaimData,
  });

  it('counts partial reports apart, and story counts leave them out', () => {
    const tariffs = claim([
      { source: 'a', support: 'full' },
      { source: 'b', support: 'full' },
      { source: 'c', support: 'partial', lacks: 'the reduced rate' },
    ]);
    expect(reportTally(tariffs, 5, claimsWords.phrase)).toBe('3 of 5, 1 in part');
    expect(reportTally(tariffs, 5, claimsWords.phrase, true)).toBe('3 of 5 sources, 1 in part');
    expect(fullReportCount(tariffs)).toBe(2);
    expect(reportTally(claim([{ source: 'a', support: 'full' }]), 5, claimsWords.phrase)).toBe('1 of 5');
  });

  it('lists what a source adds from the claims: what only it reports, and where its wording differs', () => {
    const alone = claim([{ source: 'a', support: 'full' }]);
    const named = claim([{ source: 'a', support: 'full' }, { source: 'b', support: 'full' }], 'a says "April"; b says nothing of the month.');
    const onlyPartial = claim([{ source: 'a', support: 'partial', lacks: 'x' }, { source: 'b', support: 'full' }]);
    const same = claim([{ source: 'a', support: 'full' }, { source: 'b', support: 'full' }]);
    const other = claim([{ source: 'b', support: 'full' }]);
    const result = sourceContribution('a', [alone, named, onlyPartial, same, other]);
    expect(result.alone).toEqual([alone]);
    expect(result.differs).toEqual([named, onlyPartial]);
  });
});
