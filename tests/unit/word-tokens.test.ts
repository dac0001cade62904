import { describe, expect, it } from 'vitest';
import { PAGE_TOKENS, pageTextFields, pageTokenValues, pageWords, type PageFacts } from '../../src/lib/content/page-words';
import { fillTokens, plain, tokensIn, TokenError, unknownTokens, withoutTokens } from '../../src/lib/text/word-tokens';

describe('content placeholders', () => {
  it('fills each {name} and {name:argument} from its value', () => {
    const values = { economies: plain('economies', () => '166'), start: (economy: string | undefined) => (economy === 'CHN' ? '1960' : '1970') };
    expect(fillTokens('{economies} economies; China from {start:CHN}, Japan from {start:JPN}.', values)).toBe('166 economies; China from 1960, Japan from 1970.');
    expect(tokensIn('{a} and {b_c:X/Y}')).toEqual([
      { name: 'a', argument: undefined },
      { name: 'b_c', argument: 'X/Y' },
    ]);
  });

  it('names an unknown placeholder and what may be written instead', () => {
    expect(unknownTokens('The {sourcs} sources', ['sources', 'claims'])).toEqual(['unknown placeholder {sourcs}: use one of {sources}, {claims}']);
    expect(() => fillTokens('The {sourcs} sources', { sources: plain('sources', () => 'five') })).toThrow(new TokenError('unknown placeholder {sourcs}: use one of {sources}'));
  });

  it('refuses an argument on a placeholder that takes none', () => {
    expect(() => fillTokens('{economies:CHN}', { economies: plain('economies', () => '166') })).toThrow(/\{economies\} takes no argument/);
  });

  it('leaves the words around placeholders for the checks on typed words', () => {
    expect(withoutTokens('The {sources} sources, {latest:CHN/NE.CON.PRVT.ZS} of GDP')).toBe('The   sources,   of GDP');
  });
});

const facts = (sources: number): PageFacts => ({
  sources,
  claims: 41,
  terms: 12,
  charts: 7,
  timelineSpan: '2015 to 2049',
  latestYear: (economy, indicator) => (economy === 'CHN' && indicator === 'NE.CON.PRVT.ZS' ? 2023 : undefined),
  value: () => 39.13,
});

describe('page words', () => {
  const entry = {
    file: 'content/pages/sources.yaml',
    data: { title: 'The {sources} sources', description: '{sources:capital} sources, {latest:CHN/NE.CON.PRVT.ZS} in {latest_year:CHN/NE.CON.PRVT.ZS}.', phrases: { topic: 'About {topic}.' } },
  };

  it('counts from the content, so a new source changes the words', () => {
    expect(pageWords(entry, pageTokenValues(facts(5))).title).toBe('The five sources');
    expect(pageWords(entry, pageTokenValues(facts(6))).title).toBe('The six sources');
    expect(pageWords(entry, pageTokenValues(facts(5))).description).toBe('Five sources, 39.1% in 2023.');
  });

  it('fills a phrase with the values its component gives', () => {
    expect(pageWords(entry, pageTokenValues(facts(5))).phrase('topic', { topic: () => 'trade' })).toBe('About trade.');
  });

  it('fails naming the file and the field: an unknown series, a missing phrase, an unknown placeholder', () => {
    const bad = { ...entry, data: { ...entry.data, description: '{latest:USA/NE.CON.PRVT.ZS}' } };
    expect(() => pageWords(bad, pageTokenValues(facts(5)))).toThrow('content/pages/sources.yaml description: {latest:USA/NE.CON.PRVT.ZS}: the data have no series NE.CON.PRVT.ZS for USA');
    expect(() => pageWords(entry, pageTokenValues(facts(5))).phrase('none')).toThrow(/^content\/pages\/sources\.yaml phrases\.none: missing/);
    expect(() => pageWords({ ...entry, data: { ...entry.data, title: '{source}' } }, pageTokenValues(facts(5)))).toThrow(/sources\.yaml title: unknown placeholder \{source\}/);
  });

  it('splits a phrase where the component puts a link, and fails unless the placeholder is there once', () => {
    const words = pageWords({ ...entry, data: { ...entry.data, phrases: { note: 'The {link} of {sources} sources.', none: 'No link.', twice: '{link} and {link}' } } }, pageTokenValues(facts(5)));
    expect(words.around('note')).toEqual(['The ', ' of five sources.']);
    expect(() => words.around('none')).toThrow('content/pages/sources.yaml phrases.none: write {link} once, where the component puts it (found 0)');
    expect(() => words.around('twice')).toThrow(/phrases\.twice: write \{link\} once.*\(found 2\)/);
  });

  it('lists every field a maintainer writes words in, and every placeholder it knows', () => {
    expect(pageTextFields(entry.data).map(([field]) => field)).toEqual(['title', 'description', 'phrases.topic']);
    expect(Object.keys(pageTokenValues(facts(5))).sort()).toEqual([...PAGE_TOKENS].sort());
  });
});
