import { describe, expect, it } from 'vitest';
import { list, summaryTokens } from '../../src/lib/charts/text';
import { fillTokens } from '../../src/lib/text/word-tokens';
import { dataPhrase } from './fixtures';

describe("a chart summary's placeholders", () => {
  const tokens = (economy: string) => summaryTokens({ economy, year: 2023, total: 12 });

  it('write an economy as it is named or in the possessive, and numbers as they print', () => {
    expect(fillTokens('{economy}, {economy:possessive} GDP in {year}, of {total}', tokens('China'))).toBe("China, China's GDP in 2023, of 12");
    expect(fillTokens('{economy:possessive} GDP', tokens('United States'))).toBe("United States' GDP");
  });

  it('refuse an argument the economy does not take, saying which it does', () => {
    expect(() => fillTokens('{economy:plural}', tokens('China'))).toThrow('{economy} takes no argument but "possessive": write {economy} or {economy:possessive}');
  });

  it("fill data.yaml's map summary", () => {
    const values = { economy: 'China', year: 2023, indicator: 'investment', value: '42.1%', total: 150, higher: 3, lower: 146 };
    expect(dataPhrase('summary_map', summaryTokens(values))).toBe("In 2023 investment was 42.1% of China's GDP: of 150 economies with a value, 3 had a higher share and 146 a lower one.");
  });

  it("join a list with data.yaml's list_and: commas, then its word before the last", () => {
    expect(list(['Japan'], dataPhrase)).toBe('Japan');
    expect(list(['Japan', 'Korea'], dataPhrase)).toBe('Japan and Korea');
    expect(list(['Japan', 'Korea', 'India'], dataPhrase)).toBe('Japan, Korea and India');
  });
});
