import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extremeYear, latestCommonYear, latestYear, loadWdi, parseEconomies, parseIndicators, parseShares as parseSharesWith, wdiValue } from '../../src/lib/data/wdi';

const INDICATORS = parseIndicators(readFileSync('content/data/indicators.csv', 'utf8'));
const ECONOMIES = parseEconomies(readFileSync('content/data/economies.csv', 'utf8'));
const parseShares = (text: string) => parseSharesWith(text, INDICATORS, ECONOMIES);

const HEADER = 'country_code,country_name,indicator_code,indicator_name,year,value';
const row = (code: string, indicator: string, year: string, value: string) => `${code},Name,${indicator},Some indicator,${year},${value}`;
const shares = (...rows: string[]) => [HEADER, ...rows].join('\n');
const ok = row('CHN', 'NE.CON.PRVT.ZS', '2022', '37.39');

describe('parseShares rejects a bad row with its file, line and field', () => {
  it('a value that is not a number', () => {
    expect(() => parseShares(shares(ok, row('CHN', 'NE.CON.PRVT.ZS', '2023', 'abc')))).toThrow(
      'content/data/wdi_shares.csv line 3, field "value": "abc" is not a number',
    );
  });
  it('an infinite value', () => {
    expect(() => parseShares(shares(row('CHN', 'NE.CON.PRVT.ZS', '2023', 'Infinity')))).toThrow('line 2, field "value"');
  });
  it('an empty value', () => {
    expect(() => parseShares(shares(ok, ok.replace('37.39', '')))).toThrow('line 3, field "value": is empty');
  });
  it('a duplicate (country, indicator, year)', () => {
    expect(() => parseShares(shares(ok, row('USA', 'NE.CON.PRVT.ZS', '2022', '68'), ok))).toThrow(
      'content/data/wdi_shares.csv line 4, field "year": duplicate row: CHN NE.CON.PRVT.ZS 2022 is already on line 2',
    );
  });
  it('an unknown indicator', () => {
    expect(() => parseShares(shares(ok, row('CHN', 'NY.GDP.MKTP.CD', '2022', '1')))).toThrow(
      'content/data/wdi_shares.csv line 3, field "indicator_code": "NY.GDP.MKTP.CD" is not a known indicator',
    );
  });
  it('an unknown country', () => {
    expect(() => parseShares(shares(ok, row('XXX', 'NE.CON.PRVT.ZS', '2022', '1')))).toThrow(
      'content/data/wdi_shares.csv line 3, field "country_code": "XXX" is not a known economy code',
    );
  });
  it('a year that is not a whole year', () => {
    expect(() => parseShares(shares(row('CHN', 'NE.CON.PRVT.ZS', '2022.5', '1')))).toThrow(
      'content/data/wdi_shares.csv line 2, field "year": "2022.5" is not a whole year such as 2023',
    );
  });
  it('a missing column', () => {
    expect(() => parseShares('country_code,year,value\nCHN,2022,1')).toThrow('line 1, field "country_name"');
  });
});

describe('the metadata files', () => {
  it('reject a duplicate code and a bad flag or decimals with their lines', () => {
    expect(() => parseEconomies('code,name,aggregate\nCHN,China,0\nCHN,China,0')).toThrow('content/data/economies.csv line 3, field "code": duplicate row: CHN is already on line 2');
    expect(() => parseEconomies('code,name,aggregate\nWLD,World,yes')).toThrow('line 2, field "aggregate": "yes" must be 0 or 1');
    expect(() => parseIndicators('code,name,short_name,unit,decimals,plural\nX.Y,n,s,%,1.5,0')).toThrow('content/data/indicators.csv line 2, field "decimals"');
    expect(() => parseIndicators('code,name,short_name,unit,decimals,plural\nX.Y,n,s,%,1,yes')).toThrow('content/data/indicators.csv line 2, field "plural": "yes" must be 0 or 1');
  });
  it('carry every indicator and economy of the extract, aggregates marked', () => {
    expect([...INDICATORS.keys()].sort()).toEqual(['NE.CON.GOVT.ZS', 'NE.CON.PRVT.ZS', 'NE.EXP.GNFS.ZS', 'NE.GDI.TOTL.ZS', 'NV.IND.MANF.ZS']);
    expect(INDICATORS.get('NE.GDI.TOTL.ZS')).toMatchObject({ shortName: 'investment', unit: '% of GDP', decimals: 1, plural: false });
    expect(INDICATORS.get('NE.EXP.GNFS.ZS')).toMatchObject({ shortName: 'exports', plural: true });
    expect([...ECONOMIES.values()].filter((e) => e.aggregate).map((e) => e.code).sort()).toEqual(['EMU', 'EUU', 'WLD']);
  });
});

describe('the latest-year view', () => {
  it('takes, per economy, the latest year in which every indicator asked for is published', async () => {
    const data = await loadWdi();
    const both = latestCommonYear(data, ['NE.CON.PRVT.ZS', 'NE.GDI.TOTL.ZS']);
    expect(both).toHaveLength(169);
    // Japan: household consumption ends in 2022, investment in 2023: the pair is for 2022.
    expect(both.find((r) => r.economy === 'JPN')).toMatchObject({ year: 2022, values: [wdiValue(data, 'JPN', 'NE.CON.PRVT.ZS', 2022), wdiValue(data, 'JPN', 'NE.GDI.TOTL.ZS', 2022)] });
    // Alone, each indicator has its own latest year, and economies with only one of them count.
    const investment = latestCommonYear(data, ['NE.GDI.TOTL.ZS']);
    expect(investment.find((r) => r.economy === 'JPN')?.year).toBe(2023);
    expect(investment.some((r) => r.economy === 'URY')).toBe(true);
    expect(both.some((r) => r.economy === 'URY')).toBe(false);
    expect(both.map((r) => r.name)).toEqual([...both.map((r) => r.name)].sort((a, b) => a.localeCompare(b, 'en')));
  });
});

describe('the real extract', () => {
  it('loads, and the data-access functions return published values', async () => {
    const data = await loadWdi();
    expect(wdiValue(data, 'CHN', 'NE.CON.PRVT.ZS', 2023)).toBeCloseTo(39.13, 2);
    expect(wdiValue(data, 'CHN', 'NE.GDI.TOTL.ZS', 2011)).toBeCloseTo(46.66, 2);
    expect(wdiValue(data, 'USA', 'NE.CON.PRVT.ZS', 1960)).toBeUndefined();
    expect(latestYear(data, 'JPN', 'NE.CON.PRVT.ZS')).toBe(2022);
    expect(latestYear(data, 'CHN', 'NE.CON.PRVT.ZS')).toBe(2023);
    expect(latestYear(data, 'XXX', 'NE.CON.PRVT.ZS')).toBeUndefined();
    // China's household share bottomed out in 2010 (34.3%); its investment share peaked in 2011.
    expect(extremeYear(data, 'CHN', 'NE.CON.PRVT.ZS', 'min')).toBe(2010);
    expect(extremeYear(data, 'CHN', 'NE.GDI.TOTL.ZS', 'max')).toBe(2011);
    expect(extremeYear(data, 'XXX', 'NE.CON.PRVT.ZS', 'min')).toBeUndefined();
    expect(await loadWdi()).toBe(data);
  });
  it('keeps every value exactly as published (no rounding, no filled years)', async () => {
    const data = await loadWdi();
    const lines = readFileSync('content/data/wdi_shares.csv', 'utf8').trim().split('\n');
    const count = [...data.series.values()].flatMap((m) => [...m.values()]).reduce((n, years) => n + years.size, 0);
    expect(count).toBe(lines.length - 1);
    expect(wdiValue(data, 'CHN', 'NE.CON.GOVT.ZS', 1960)).toBe(12.440842072);
  });
});
