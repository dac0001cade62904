import { describe, expect, it } from 'vitest';
import {
  emptyFilters,
  fillSearchWords,
  parseSearchState,
  resultCountText,
  searchStateToQuery,
  shapeResult,
  toPagefindOptions,
} from '../../src/lib/search/search-query';
import { isSearchShortcut, moveFocusIndex, shortcutLabel, typedText } from '../../src/lib/search/search-keys';

describe('parseSearchState and searchStateToQuery', () => {
  it('reads the query, repeated filters and the order from the address', () => {
    expect(parseSearchState('?q=+tariffs+&kind=Source&kind=Claim&topic=Trade&sort=date-desc')).toEqual({
      q: 'tariffs',
      filters: { kind: ['Source', 'Claim'], topic: ['Trade'], publisher: [] },
      sort: 'date-desc',
    });
  });

  it('ignores unknown orders, empty and duplicate filter values', () => {
    expect(parseSearchState('?sort=random&kind=&kind=Source&kind=Source')).toEqual({
      q: '',
      filters: { ...emptyFilters(), kind: ['Source'] },
      sort: 'relevance',
    });
  });

  it('round-trips, encodes special characters and omits defaults', () => {
    const state = { q: '145% 中国制造2025', filters: { ...emptyFilters(), publisher: ['A, B & C'] }, sort: 'date-asc' as const };
    const query = searchStateToQuery(state);
    expect(query).toBe('?q=145%25+%E4%B8%AD%E5%9B%BD%E5%88%B6%E9%80%A02025&publisher=A%2C+B+%26+C&sort=date-asc');
    expect(parseSearchState(query)).toEqual(state);
    expect(searchStateToQuery({ q: '  ', filters: emptyFilters(), sort: 'relevance' })).toBe('');
  });
});

describe('toPagefindOptions', () => {
  it('widens within a filter, narrows across filters and sorts by date', () => {
    expect(toPagefindOptions({ filters: { ...emptyFilters(), kind: ['Source', 'Claim'], topic: ['Trade'] }, sort: 'date-desc' })).toEqual({
      filters: { kind: { any: ['Source', 'Claim'] }, topic: { any: ['Trade'] } },
      sort: { date: 'desc' },
    });
  });

  it('passes nothing for an unfiltered search by relevance', () => {
    expect(toPagefindOptions({ filters: emptyFilters(), sort: 'relevance' })).toEqual({});
  });
});

describe('shapeResult', () => {
  const data = {
    url: '/glossary/?highlight=MIC2025',
    excerpt: 'A <mark>ten-year</mark> plan',
    meta: { title: 'Glossary', kind: 'Glossary', date: '2025-05-28', publisher: 'FDD' },
    sub_results: [
      { title: 'Glossary', url: '/glossary/?highlight=MIC2025', excerpt: 'page' },
      { title: 'Made in China 2025', url: '/glossary/?highlight=MIC2025#made-in-china-2025', excerpt: 'term' },
      { title: 'Choke points', url: '/glossary/?highlight=MIC2025#choke-points', excerpt: 'term' },
      { title: 'Deflation', url: '/glossary/?highlight=MIC2025#deflation', excerpt: 'term' },
    ],
  };

  it('keeps the title, excerpt and readable details', () => {
    expect(shapeResult(data)).toMatchObject({
      url: '/glossary/?highlight=MIC2025',
      title: 'Glossary',
      excerpt: 'A <mark>ten-year</mark> plan',
      details: 'Glossary · FDD · 28 May 2025',
    });
  });

  it('lists up to two matching sections, never the page itself', () => {
    expect(shapeResult(data).sections.map((section) => section.title)).toEqual(['Made in China 2025', 'Choke points']);
  });

  it('falls back to the address when a page has no title, and skips bad dates', () => {
    expect(shapeResult({ url: '/about/?highlight=x', excerpt: '', meta: { date: '2025-02-30' } })).toMatchObject({
      title: '/about/',
      details: '',
      sections: [],
    });
  });
});

describe('resultCountText', () => {
  const words = {
    one: '{count} result for “{query}”',
    many: '{count} results for “{query}”',
    none: 'Nothing for “{query}”.',
    one_filtered: '{count} filtered result for “{query}”',
    many_filtered: '{count} filtered results for “{query}”',
    none_filtered: 'Nothing filtered for “{query}”.',
  };
  it('picks the content\'s form for one, several or no results, with or without filters, and fills in the count and the words', () => {
    expect(resultCountText(words, 1, 'Bessent')).toBe('1 result for “Bessent”');
    expect(resultCountText(words, 12, ' tariffs ', true)).toBe('12 filtered results for “tariffs”');
    expect(resultCountText(words, 0, 'xyz')).toBe('Nothing for “xyz”.');
    expect(resultCountText(words, 1, 'a', true)).toBe('1 filtered result for “a”');
    expect(resultCountText(words, 0, 'a', true)).toBe('Nothing filtered for “a”.');
  });
  it('takes the reader\'s words as typed, even where they look like a replacement pattern', () => {
    expect(fillSearchWords('{count} for {query}', { count: 2, query: "$& $' {count}" })).toBe("2 for $& $' {count}");
  });
});

describe('keyboard', () => {
  const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...mods,
  });

  it('opens search with Ctrl+K, and also ⌘K on Apple platforms', () => {
    expect(isSearchShortcut(key('k', { ctrlKey: true }), false)).toBe(true);
    expect(isSearchShortcut(key('K', { ctrlKey: true }), false)).toBe(true);
    expect(isSearchShortcut(key('k', { metaKey: true }), false)).toBe(false);
    expect(isSearchShortcut(key('k', { metaKey: true }), true)).toBe(true);
    expect(isSearchShortcut(key('k'), true)).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true, shiftKey: true }), false)).toBe(false);
    expect(shortcutLabel(true)).toBe('⌘K');
    expect(shortcutLabel(false)).toBe('Ctrl K');
  });

  it('replays the keys pressed while the dialog was on its way as the words they typed', () => {
    const keys = (...names: string[]) => names.map((name) => key(name));
    expect(typedText([])).toBe('');
    expect(typedText(keys('B', 'e', 's', 's', 'x', 'Backspace', 'e', 'n', 't', ' ', 'Shift', 'ArrowLeft', 'Tab'))).toBe('Bessent ');
    expect(typedText([...keys('t', 'a'), key('a', { ctrlKey: true }), key('v', { metaKey: true }), key('f', { altKey: true }), key('@', { ctrlKey: true, altKey: true })])).toBe('ta@');
    // Esc anywhere: the reader changed their mind, and the dialog stays closed.
    expect(typedText(keys('t', 'a', 'Escape', 'x'))).toBeUndefined();
  });

  it('moves between the input (-1) and the results without wrapping', () => {
    expect(moveFocusIndex(-1, 'ArrowDown', 3)).toBe(0);
    expect(moveFocusIndex(0, 'ArrowDown', 3)).toBe(1);
    expect(moveFocusIndex(2, 'ArrowDown', 3)).toBe(2);
    expect(moveFocusIndex(0, 'ArrowUp', 3)).toBe(-1);
    expect(moveFocusIndex(-1, 'ArrowUp', 3)).toBe(-1);
    expect(moveFocusIndex(1, 'Home', 3)).toBe(0);
    expect(moveFocusIndex(1, 'End', 3)).toBe(2);
    expect(moveFocusIndex(-1, 'Home', 3)).toBeUndefined(); // the input keeps its caret keys
    expect(moveFocusIndex(0, 'Enter', 3)).toBeUndefined();
    expect(moveFocusIndex(-1, 'ArrowDown', 0)).toBe(-1);
  });
});
