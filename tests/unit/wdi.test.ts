import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extremeYear, latestYear, loadWdi, parseScatter, parseShares, wdiValue } from '../../src/lib/wdi';

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

describe('parseScatter', () => {
  const head = 'country_code,country_name,year,NE.CON.PRVT.ZS,NE.GDI.TOTL.ZS,is_aggregate';
  it('rejects a duplicate economy and a wrong aggregate flag with their lines', () => {
    expect(() => parseScatter([head, 'CHN,China,2023,39.1,42.1,0', 'CHN,China,2023,39.1,42.1,0'].join('\n'))).toThrow(
      'content/data/wdi_scatter_latest.csv line 3, field "country_code": duplicate row',
    );
    expect(() => parseScatter([head, 'WLD,World,2023,56,26,0'].join('\n'))).toThrow('line 2, field "is_aggregate"');
    expect(() => parseScatter([head, 'KOR,"Korea, Rep.",2023,x,32,0'].join('\n'))).toThrow('line 2, field "NE.CON.PRVT.ZS": "x" is not a number');
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
    expect(data.scatter).toHaveLength(169);
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
