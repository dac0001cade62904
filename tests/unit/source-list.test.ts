import { describe, expect, it } from 'vitest';
import { sourceListView } from '../../src/lib/content/views/source-list';
import { contentPageWords, validSourceData } from './fixtures';

const words = contentPageWords('sources');

describe('sourceListView', () => {
  const view = sourceListView(
    [
      { id: 'agencies', data: { ...validSourceData, title: 'Tariffs rise', short_name: 'Agencies', publisher: 'Agencies Ltd', published: { date: '2025-05-28', basis: 'stated', note: 'Dated.' } } },
      { id: 'untitled', data: { ...validSourceData, title: null, short_name: 'Untitled', kind: 'analysis', topics: ['technology', 'trade-and-tariffs'] } },
    ],
    words,
  );

  it('titles each source by its headline, or by its short name marked as ours', () => {
    expect(view.items.map((item) => [item.href, item.title, item.called])).toEqual([
      ['/sources/agencies/', 'Tariffs rise', words.phrase('called', { name: () => 'Agencies' })],
      ['/sources/untitled/', 'Untitled', words.phrase('list_no_headline')],
    ]);
  });

  it('gives the publisher (null when not stated), the date with an inferred one marked, the kind and the topics', () => {
    const [stated, inferred] = view.items;
    expect(stated).toMatchObject({ publisher: 'Agencies Ltd', date: '2025-05-28', published: '28 May 2025', kind: words.phrase('kind_news_report') });
    expect(inferred).toMatchObject({ publisher: null, date: '2025-05-27', published: words.phrase('date_inferred', { date: () => '27 May 2025' }), kind: words.phrase('kind_analysis') });
    expect(inferred?.topics).toEqual(['technology', 'trade-and-tariffs']);
    expect(inferred?.topicsLabel).toBe(words.phrase('topics_label', { name: () => 'Untitled' }));
    expect(view.labels.kind).toBe(words.phrase('fact_kind'));
  });
});
