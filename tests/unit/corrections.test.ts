import { describe, expect, it } from 'vitest';
import { correctedPagePath, correctionsForPage } from '../../src/lib/content/corrections';
import { correctionSchema } from '../../src/lib/content/schemas';

const correction = (id: string, entries: string[]) => ({
  id,
  data: { date: '2026-12-01', corrected: entries.map((entry) => ({ entry, field: 'body' })), wrong: 'w', now: 'n' },
});

describe('corrections', () => {
  it('maps each corrected entry to the page that shows it', () => {
    expect(correctedPagePath('pages/home')).toBe('/');
    expect(correctedPagePath('pages/about')).toBe('/about/');
    expect(correctedPagePath('pages/data')).toBe('/data/');
    expect(correctedPagePath('pages/feed')).toBe('/rss.xml');
    expect(correctedPagePath('claims/tariffs')).toBe('/claims/tariffs/');
    expect(correctedPagePath('sources/mdt-agencies')).toBe('/sources/mdt-agencies/');
    expect(correctedPagePath('glossary/tariff')).toBe('/glossary/');
    expect(correctedPagePath('timeline/npc')).toBe('/timeline/');
  });

  it('gives each page the corrections that changed it', () => {
    const a = correction('a', ['pages/home', 'claims/x']);
    const b = correction('b', ['claims/y']);
    expect(correctionsForPage([a, b], '/claims/x/')).toEqual([a]);
    expect(correctionsForPage([a, b], '/')).toEqual([a]);
    expect(correctionsForPage([a, b], '/sources/z/')).toEqual([]);
  });

  it('names an entry as collection/id, with a message an editor can act on', () => {
    const result = correctionSchema.safeParse({ date: '2026-12-01', corrected: [{ entry: 'claim/x', field: 'body' }], wrong: 'w', now: 'n' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/collection one of sources, claims, pages, glossary, timeline/);
  });
});
