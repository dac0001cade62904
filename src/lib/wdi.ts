/**
 * The World Bank WDI extract in content/data/: parsed with d3-dsv and validated at build time.
 * A bad row fails the build with the file, the line and the field. Values are kept exactly as
 * published: nothing is interpolated, smoothed or filled in; a missing year is simply absent.
 */
import { csvParse } from 'd3-dsv';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AGGREGATES, ECONOMIES } from './economies';
import { CONTENT_DIR } from './paths';

/** The indicators the site uses, with a short lower-case label for sentences and tooltips. */
export const INDICATORS = {
  'NE.CON.PRVT.ZS': { name: 'Households and NPISHs Final consumption expenditure (% of GDP)', short: 'household consumption' },
  'NE.CON.GOVT.ZS': { name: 'General government final consumption expenditure (% of GDP)', short: 'government consumption' },
  'NE.GDI.TOTL.ZS': { name: 'Gross capital formation (% of GDP)', short: 'investment' },
  'NE.EXP.GNFS.ZS': { name: 'Exports of goods and services (% of GDP)', short: 'exports' },
  'NV.IND.MANF.ZS': { name: 'Manufacturing, value added (% of GDP)', short: 'manufacturing value added' },
} as const;

export type IndicatorCode = keyof typeof INDICATORS;

export function isIndicator(code: string): code is IndicatorCode {
  return Object.hasOwn(INDICATORS, code);
}

/** The two files, as paths relative to the repository (used in error messages and citations). */
export const SHARES_FILE = 'content/data/wdi_shares.csv';
export const SCATTER_FILE = 'content/data/wdi_scatter_latest.csv';

/** One row of wdi_scatter_latest.csv. */
export interface ScatterRow {
  economy: string;
  name: string;
  year: number;
  /** NE.CON.PRVT.ZS, as published. */
  household: number;
  /** NE.GDI.TOTL.ZS, as published. */
  investment: number;
  aggregate: boolean;
}

/** The validated extract. */
export interface WdiData {
  /** economy -> indicator -> year -> value (percent of GDP, as published). */
  readonly series: ReadonlyMap<string, ReadonlyMap<string, ReadonlyMap<number, number>>>;
  /** Economy names as the files give them. */
  readonly names: ReadonlyMap<string, string>;
  /** The latest-year cross-section, in file order. */
  readonly scatter: readonly ScatterRow[];
}

/** A data error that names the file, the line and the field. */
export class WdiDataError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${file} line ${line}, field "${field}": ${problem}`);
    this.name = 'WdiDataError';
  }
}

type Row = Record<string, string | undefined>;

/** Parses CSV text and checks the header has exactly the expected columns. */
function parseTable(text: string, file: string, columns: readonly string[]): Row[] {
  const rows = csvParse(text);
  const missing = columns.filter((column) => !rows.columns.includes(column));
  if (missing.length > 0) throw new WdiDataError(file, 1, missing[0] ?? '', `the header lacks this column (expected ${columns.join(',')})`);
  return rows;
}

/** Line number in the file of the i-th data row (line 1 is the header; no field spans lines). */
const lineOf = (index: number) => index + 2;

function field(row: Row, name: string, file: string, line: number): string {
  const value = row[name];
  if (value === undefined || value.trim() === '') throw new WdiDataError(file, line, name, 'is empty');
  return value;
}

function economyField(row: Row, file: string, line: number): string {
  const code = field(row, 'country_code', file, line);
  if (!Object.hasOwn(ECONOMIES, code)) throw new WdiDataError(file, line, 'country_code', `${JSON.stringify(code)} is not a known economy code (see src/lib/economies.ts)`);
  return code;
}

function yearField(row: Row, file: string, line: number): number {
  const raw = field(row, 'year', file, line);
  if (!/^\d{4}$/.test(raw.trim())) throw new WdiDataError(file, line, 'year', `${JSON.stringify(raw)} is not a whole year such as 2023`);
  return Number(raw);
}

function numberField(row: Row, name: string, file: string, line: number): number {
  const raw = field(row, name, file, line);
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new WdiDataError(file, line, name, `${JSON.stringify(raw)} is not a number`);
  return value;
}

/** Parses and validates wdi_shares.csv (tidy: one value per economy, indicator and year). */
export function parseShares(text: string, file = SHARES_FILE): Pick<WdiData, 'series' | 'names'> {
  const rows = parseTable(text, file, ['country_code', 'country_name', 'indicator_code', 'indicator_name', 'year', 'value']);
  const series = new Map<string, Map<string, Map<number, number>>>();
  const names = new Map<string, string>();
  const firstLine = new Map<string, number>();
  rows.forEach((row, index) => {
    const line = lineOf(index);
    const economy = economyField(row, file, line);
    const indicator = field(row, 'indicator_code', file, line);
    if (!isIndicator(indicator)) {
      throw new WdiDataError(file, line, 'indicator_code', `${JSON.stringify(indicator)} is not a known indicator (${Object.keys(INDICATORS).join(', ')})`);
    }
    const year = yearField(row, file, line);
    const value = numberField(row, 'value', file, line);
    const key = `${economy}|${indicator}|${year}`;
    const earlier = firstLine.get(key);
    if (earlier !== undefined) throw new WdiDataError(file, line, 'year', `duplicate row: ${economy} ${indicator} ${year} is already on line ${earlier}`);
    firstLine.set(key, line);
    names.set(economy, field(row, 'country_name', file, line));
    let byIndicator = series.get(economy);
    if (!byIndicator) series.set(economy, (byIndicator = new Map()));
    let byYear = byIndicator.get(indicator);
    if (!byYear) byIndicator.set(indicator, (byYear = new Map()));
    byYear.set(year, value);
  });
  return { series, names };
}

/** Parses and validates wdi_scatter_latest.csv (one row per economy). */
export function parseScatter(text: string, file = SCATTER_FILE): ScatterRow[] {
  const rows = parseTable(text, file, ['country_code', 'country_name', 'year', 'NE.CON.PRVT.ZS', 'NE.GDI.TOTL.ZS', 'is_aggregate']);
  const firstLine = new Map<string, number>();
  return rows.map((row, index) => {
    const line = lineOf(index);
    const economy = economyField(row, file, line);
    const earlier = firstLine.get(economy);
    if (earlier !== undefined) throw new WdiDataError(file, line, 'country_code', `duplicate row: ${economy} is already on line ${earlier}`);
    firstLine.set(economy, line);
    const flag = field(row, 'is_aggregate', file, line);
    if (flag !== '0' && flag !== '1') throw new WdiDataError(file, line, 'is_aggregate', `${JSON.stringify(flag)} must be 0 or 1`);
    if ((flag === '1') !== AGGREGATES.has(economy)) {
      throw new WdiDataError(file, line, 'is_aggregate', `${economy} is ${AGGREGATES.has(economy) ? '' : 'not '}an aggregate in src/lib/economies.ts`);
    }
    return {
      economy,
      name: field(row, 'country_name', file, line),
      year: yearField(row, file, line),
      household: numberField(row, 'NE.CON.PRVT.ZS', file, line),
      investment: numberField(row, 'NE.GDI.TOTL.ZS', file, line),
      aggregate: flag === '1',
    };
  });
}

/** Builds WdiData from the two files' text. */
export function parseWdi(sharesText: string, scatterText: string): WdiData {
  return { ...parseShares(sharesText), scatter: parseScatter(scatterText) };
}

let cached: Promise<WdiData> | undefined;

/** Reads and validates both files from CONTENT_DIR once per build. */
export async function loadWdi(): Promise<WdiData> {
  cached ??= Promise.all([
    readFile(join(CONTENT_DIR, 'data', 'wdi_shares.csv'), 'utf8'),
    readFile(join(CONTENT_DIR, 'data', 'wdi_scatter_latest.csv'), 'utf8'),
  ]).then(([shares, scatter]) => parseWdi(shares, scatter));
  return cached;
}

/** The published value, or undefined when the release has none for that year. */
export function wdiValue(data: WdiData, economy: string, indicator: string, year: number): number | undefined {
  return data.series.get(economy)?.get(indicator)?.get(year);
}

/** The most recent year with a value, or undefined when the series is absent. */
export function latestYear(data: WdiData, economy: string, indicator: string): number | undefined {
  const years = data.series.get(economy)?.get(indicator);
  if (!years || years.size === 0) return undefined;
  return Math.max(...years.keys());
}

/** The year of the series' lowest (`min`) or highest (`max`) value, or undefined when the series is absent. */
export function extremeYear(data: WdiData, economy: string, indicator: string, which: 'min' | 'max'): number | undefined {
  const years = [...(data.series.get(economy)?.get(indicator) ?? [])];
  if (years.length === 0) return undefined;
  return years.reduce((a, b) => ((which === 'min' ? b[1] < a[1] : b[1] > a[1]) ? b : a))[0];
}

/** Whether the economy is a WDI aggregate (Euro area, European Union, World). */
export function isAggregate(economy: string): boolean {
  return AGGREGATES.has(economy);
}

/** The economy's name as the files give it (falls back to the code). */
export function economyName(data: WdiData, economy: string): string {
  return data.names.get(economy) ?? ECONOMIES[economy] ?? economy;
}

/** The year a story's `year` attribute names: that year, or the year of the latest, lowest or highest value. */
export function resolveYear(data: WdiData, economy: string, indicator: string, asked: string | number): number | undefined {
  if (asked === 'latest') return latestYear(data, economy, indicator);
  if (asked === 'lowest') return extremeYear(data, economy, indicator, 'min');
  if (asked === 'highest') return extremeYear(data, economy, indicator, 'max');
  return Number(asked);
}
