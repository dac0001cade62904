import { describe, expect, it } from 'vitest';
import { claimSchema, sourceSchema } from '../../src/lib/content/schemas';
import { validSourceData as validSource } from './fixtures';

/** The first issue's dotted path and message. */
function firstIssue(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  const issue = result.error?.issues[0];
  return issue && { path: issue.path.join('.'), message: issue.message };
}

describe('sourceSchema', () => {
  it('accepts a complete source', () => {
    expect(sourceSchema.safeParse(validSource).success).toBe(true);
  });
  it('rejects an impossible date with a calendar message', () => {
    const result = sourceSchema.safeParse({ ...validSource, published: { ...validSource.published, date: '2025-02-30' } });
    expect(firstIssue(result)).toEqual({ path: 'published.date', message: expect.stringContaining('February 2025 has 28 days') });
  });
  it('rejects a made-up month name and an unquoted YAML date', () => {
    expect(firstIssue(sourceSchema.safeParse({ ...validSource, published: { ...validSource.published, date: '31 Febtember 2025' } }))?.path).toBe('published.date');
    const unquoted = sourceSchema.safeParse({ ...validSource, published: { ...validSource.published, date: new Date('2025-03-02') } });
    expect(firstIssue(unquoted)?.message).toContain('double quotes');
  });
  it('rejects a topic that is not written as an id (whether content/topics.yaml lists it is a check between files)', () => {
    const result = sourceSchema.safeParse({ ...validSource, topics: ['Space travel'] });
    expect(firstIssue(result)).toEqual({ path: 'topics.0', message: expect.stringMatching(/^use lowercase letters, digits and single hyphens/) });
  });
  it('rejects a missing required field and an unexpected one', () => {
    const { perspective: _dropped, ...withoutPerspective } = validSource;
    expect(firstIssue(sourceSchema.safeParse(withoutPerspective))?.path).toBe('perspective');
    expect(sourceSchema.safeParse({ ...validSource, perspectve: 'typo' }).success).toBe(false);
  });
  it('says a missing archive is required and what goes there, not just "Required"', () => {
    const { archive: _dropped, ...withoutArchive } = validSource;
    expect(firstIssue(sourceSchema.safeParse(withoutArchive))).toEqual({ path: 'archive', message: expect.stringMatching(/^archive is required: the file name of the reference copy/) });
  });
  it('rejects fewer than three key points', () => {
    expect(firstIssue(sourceSchema.safeParse({ ...validSource, key_points: ['a'] }))?.message).toBe('give at least 3 key points');
  });
});

describe('claimSchema', () => {
  it('rejects an unknown data-check test', () => {
    const claim = { statement: 's', topic: 'technology', reports: [{ source: 'a', wording: 'w' }], data_check: { test: 'guess', as_reported: 'x' } };
    expect(firstIssue(claimSchema.safeParse(claim))?.message).toContain('approx, within, ratio, untestable');
  });
});

describe('missing fields', () => {
  it('say which field is required', () => {
    const { perspective: _dropped, ...withoutPerspective } = validSource;
    expect(firstIssue(sourceSchema.safeParse(withoutPerspective))).toEqual({ path: 'perspective', message: 'perspective is required' });
  });
});

describe('claim report support', () => {
  const claim = (report: Record<string, unknown>) => ({ statement: 's', topic: 'technology', reports: [{ source: 'a', wording: 'w', ...report }] });

  it('is full unless marked partial', () => {
    const parsed = claimSchema.parse(claim({}));
    expect(parsed.reports[0]?.support).toBe('full');
  });

  it('needs `lacks` for a partial report, and refuses it on a full one', () => {
    expect(firstIssue(claimSchema.safeParse(claim({ support: 'partial' })))?.message).toMatch(/a partial report needs `lacks`/);
    expect(firstIssue(claimSchema.safeParse(claim({ lacks: 'x' })))?.message).toMatch(/`lacks` belongs only to a report with `support: partial`/);
    expect(claimSchema.safeParse(claim({ support: 'partial', lacks: 'the reduced rate' })).success).toBe(true);
  });

  it('refuses an unknown support value', () => {
    expect(firstIssue(claimSchema.safeParse(claim({ support: 'mostly' })))?.message).toBe('support must be "full" or "partial"');
  });
});
