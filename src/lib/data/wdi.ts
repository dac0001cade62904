/**
 * The World Bank WDI extract in content/data/: parsed with d3-dsv and validated at build time.
 * A bad row fails the build with the file, the line and the field. Values are kept exactly as
 * published: nothing is interpolated, smoothed or filled in; a missing year is simply absent.
 *
 * Three files: wdi_shares.csv (the values, tidy), indicators.csv (code, name, short name, unit,
 * decimals of every indicator the site uses, and whether its short name is plural) and
 * economies.csv (code, name, whether an aggregate).
 */
import { csvParse } from 'd3-dsv';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CONTENT_DIR } from '../site/paths';

/** The files, as paths relative to the repository (used in error messages and citations). */
export const SHARES_FILE = 'content/data/wdi_shares.csv';
export const INDICATORS_FILE = 'content/data/indicators.csv';
export const ECONOMIES_FILE = 'content/data/economies.csv';

/** An indicator's metadata, from indicators.csv. */
export interface Indicator {
  code: string;
  /** The World Bank's name, e.g. "Gross capital formation (% of GDP)". */
  name: string;
  /** A short lower-case name for sentences and tooltips, e.g. "investment". */
  shortName: string;
  /** The unit of its values, e.g. "% of GDP". */
  unit: string;
  /** Decimals shown in the charts and tables (the CSV downloads keep every published digit). */
  decimals: number;
  /** Whether the short name is plural ("exports were"), so a sentence takes its verb in the plural. */
  plural: boolean;
}

/** An economy, from economies.csv. */
export interface Economy {
  code: string;
  name: string;
  /** A WDI aggregate (euro area, European Union, world): a group of economies, not one. */
  aggregate: boolean;
}

/** The validated extract. */
export interface WdiData {
  /** economy -> indicator -> year -> value (as published). */
  readonly series: ReadonlyMap<string, ReadonlyMap<string, ReadonlyMap<number, number>>>;
  readonly indicators: ReadonlyMap<string, Indicator>;
  readonly economies: ReadonlyMap<string, Economy>;
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

/** Parses CSV text and checks the header has the expected columns. */
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

function numberField(row: Row, name: string, file: string, line: number): number {
  const raw = field(row, name, file, line);
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new WdiDataError(file, line, name, `${JSON.stringify(raw)} is not a number`);
  return value;
}

/** A yes-or-no column, written 0 or 1. */
function flag(row: Row, name: string, file: string, line: number): boolean {
  const raw = field(row, name, file, line);
  if (raw !== '0' && raw !== '1') throw new WdiDataError(file, line, name, `${JSON.stringify(raw)} must be 0 or 1`);
  return raw === '1';
}

/** Rows keyed by their `code` column; a repeated code fails with both lines. */
function byCode<T>(rows: Row[], file: string, make: (row: Row, line: number, code: string) => T): Map<string, T> {
  const result = new Map<string, T>();
  const firstLine = new Map<string, number>();
  rows.forEach((row, index) => {
    const line = lineOf(index);
    const code = field(row, 'code', file, line);
    const earlier = firstLine.get(code);
    if (earlier !== undefined) throw new WdiDataError(file, line, 'code', `duplicate row: ${code} is already on line ${earlier}`);
    firstLine.set(code, line);
    result.set(code, make(row, line, code));
  });
  return result;
}

/** Parses indicators.csv. */
export function parseIndicators(text: string, file = INDICATORS_FILE): Map<string, Indicator> {
  return byCode(parseTable(text, file, ['code', 'name', 'short_name', 'unit', 'decimals', 'plural']), file, (row, line, code) => {
    const decimals = numberField(row, 'decimals', file, line);
    if (!Number.isInteger(decimals) || decimals < 0 || decimals > 4) throw new WdiDataError(file, line, 'decimals', 'must be a whole number from 0 to 4');
    return { code, name: field(row, 'name', file, line), shortName: field(row, 'short_name', file, line), unit: field(row, 'unit', file, line), decimals, plural: flag(row, 'plural', file, line) };
  });
}

/** Parses economies.csv. */
export function parseEconomies(text: string, file = ECONOMIES_FILE): Map<string, Economy> {
  return byCode(parseTable(text, file, ['code', 'name', 'aggregate']), file, (row, line, code) => ({ code, name: field(row, 'name', file, line), aggregate: flag(row, 'aggregate', file, line) }));
}

/** Parses and validates wdi_shares.csv (tidy: one value per economy, indicator and year). */
export function parseShares(
  text: string,
  indicators: ReadonlyMap<string, Indicator>,
  economies: ReadonlyMap<string, Economy>,
  file = SHARES_FILE,
): WdiData['series'] {
  const rows = parseTable(text, file, ['country_code', 'country_name', 'indicator_code', 'indicator_name', 'year', 'value']);
  const series = new Map<string, Map<string, Map<number, number>>>();
  const firstLine = new Map<string, number>();
  rows.forEach((row, index) => {
    const line = lineOf(index);
    const economy = field(row, 'country_code', file, line);
    if (!economies.has(economy)) throw new WdiDataError(file, line, 'country_code', `${JSON.stringify(economy)} is not a known economy code (see ${ECONOMIES_FILE})`);
    const indicator = field(row, 'indicator_code', file, line);
    if (!indicators.has(indicator)) {
      throw new WdiDataError(file, line, 'indicator_code', `${JSON.stringify(indicator)} is not a known indicator (${[...indicators.keys()].join(', ')})`);
    }
    const rawYear = field(row, 'year', file, line);
    if (!/^\d{4}$/.test(rawYear.trim())) throw new WdiDataError(file, line, 'year', `${JSON.stringify(rawYear)} is not a whole year such as 2023`);
    const year = Number(rawYear);
    const value = numberField(row, 'value', file, line);
    const key = `${economy}|${indicator}|${year}`;
    const earlier = firstLine.get(key);
    if (earlier !== undefined) throw new WdiDataError(file, line, 'year', `duplicate row: ${economy} ${indicator} ${year} is already on line ${earlier}`);
    firstLine.set(key, line);
    let byIndicator = series.get(economy);
    if (!byIndicator) series.set(economy, (byIndicator = new Map()));
    let byYear = byIndicator.get(indicator);
    if (!byYear) byIndicator.set(indicator, (byYear = new Map()));
    byYear.set(year, value);
  });
  return series;
}

/** The three data files' names inside the content folder. */
export const WDI_FILES = { shares: 'data/wdi_shares.csv', indicators: 'data/indicators.csv', economies: 'data/economies.csv' } as const;

/** Builds WdiData from the three files' text; `contentPath` is how errors name the content folder. */
export function parseWdi(texts: { shares: string; indicators: string; economies: string }, contentPath = 'content'): WdiData {
  const indicators = parseIndicators(texts.indicators, `${contentPath}/${WDI_FILES.indicators}`);
  const economies = parseEconomies(texts.economies, `${contentPath}/${WDI_FILES.economies}`);
  return { series: parseShares(texts.shares, indicators, economies, `${contentPath}/${WDI_FILES.shares}`), indicators, economies };
}

let cached: Promise<WdiData> | undefined;

/** Reads and validates the files from CONTENT_DIR once per build. */
export async function loadWdi(): Promise<WdiData> {
  const read = (name: string) => readFile(join(CONTENT_DIR, name), 'utf8');
  cached ??= Promise.all([read(WDI_FILES.shares), read(WDI_FILES.indicators), read(WDI_FILES.economies)]).then(([shares, indicators, economies]) =>
    parseWdi({ shares, indicators, economies }),
  );
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

/** One economy's values for the latest year that has every indicator asked for. */
export interface LatestRow {
  economy: string;
  name: string;
  aggregate: boolean;
  year: number;
  /** One value per indicator, in the order asked for, as published. */
  values: number[];
}

/**
 * The latest-year view: for every economy, the most recent year in which all the given indicators
 * have a published value (economies with no such year are left out), sorted by name.
 */
export function latestCommonYear(data: WdiData, indicators: readonly string[]): LatestRow[] {
  const rows: LatestRow[] = [];
  for (const [economy, byIndicator] of data.series) {
    const years = indicators.map((code) => byIndicator.get(code));
    const first = years[0];
    if (!first || years.some((y) => !y)) continue;
    const common = [...first.keys()].filter((year) => years.every((y) => y!.has(year)));
    if (common.length === 0) continue;
    const year = Math.max(...common);
    const info = data.economies.get(economy)!;
    rows.push({ economy, name: info.name, aggregate: info.aggregate, year, values: years.map((y) => y!.get(year)!) });
  }
  return rows.sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/** Whether the economy is a WDI aggregate (Euro area, European Union, World). */
export function isAggregate(data: WdiData, economy: string): boolean {
  return data.economies.get(economy)?.aggregate ?? false;
}

/** The economy's name (falls back to the code). */
export function economyName(data: WdiData, economy: string): string {
  return data.economies.get(economy)?.name ?? economy;
}

/** An indicator's metadata; throws naming the file when the code is unknown. */
export function indicatorInfo(data: WdiData, code: string): Indicator {
  const info = data.indicators.get(code);
  if (!info) throw new Error(`${INDICATORS_FILE} has no indicator ${JSON.stringify(code)}`);
  return info;
}

/** The year a story's `year` attribute names: that year, or the year of the latest, lowest or highest value. */
export function resolveYear(data: WdiData, economy: string, indicator: string, asked: string | number): number | undefined {
  if (asked === 'latest') return latestYear(data, economy, indicator);
  if (asked === 'lowest') return extremeYear(data, economy, indicator, 'min');
  if (asked === 'highest') return extremeYear(data, economy, indicator, 'max');
  return Number(asked);
}
