import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/lib/timeline';
import type { SourceData } from '../../src/lib/content-checks';

const event = (id: string, date: string) => ({
  id,
  data: { id, date, title: id, description: 'd', status: 'happened' as const, sources: ['s'] },
});
const source = { id: 's', data: { title: 'Headline', short_name: 'S', published: { date: '2025-05-27', basis: 'inferred', note: 'From "yesterday".' } } as SourceData };

describe('buildTimeline', () => {
  it('orders events at any precision and adds each source\'s publication, marked when inferred', () => {
    const items = buildTimeline([event('b', '2025-05-26'), event('a', '2015'), event('c', '2049')], [source]);
    expect(items.map((item) => item.id)).toEqual(['a', 'b', 'published-s', 'c']);
    expect(items[2]).toMatchObject({ kind: 'publication', dateLabel: '27 May 2025 (inferred)', title: 'Published: Headline' });
  });
});
