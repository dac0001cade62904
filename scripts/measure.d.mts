/** Types for scripts/measure.mjs, so the TypeScript tests can import it under strict checking. */
export interface Size {
  raw: number;
  gzip: number;
}
export interface PageMeasure {
  path: string;
  file: string;
  kind: 'chart' | 'search' | 'text';
  /** Whether this is the home page (index.html at the site's root). */
  home: boolean;
  /** HTML + CSS + JavaScript at load, each gzipped. */
  totalGzip: number;
  html: Size;
  css: Size & { files: string[]; inlineRaw: number };
  js: Size & { external: Size & { files: string[] }; inline: Size & { count: number } };
}
export interface Budgets {
  textPageScriptFilesGzip: number;
  inlineBootScriptGzip: number;
  searchPageJsGzip: number;
  chartPageJsGzip: number;
  htmlGzipPerPage: number;
  chartPageTotalGzip: number;
  homeTotalGzip: number;
  lighthouse: Record<string, number>;
  /** Minimum Lighthouse performance score by page name of the benchmark (scripts/bench.mjs LIGHTHOUSE_PAGES). */
  lighthousePerformance: Record<string, number>;
}
export function gzipSize(data: string | Buffer): number;
export function htmlFiles(dir: string): string[];
export function urlPathOf(file: string, base?: string): string;
export function folderSize(dir: string): { bytes: number; files: number };
export function isChartPage(html: string): boolean;
export function pageKind(html: string): 'chart' | 'search' | 'text';
export function measurePage(distDir: string, file: string, base?: string): PageMeasure;
export function measureSite(distDir?: string, base?: string): PageMeasure[];
export function pageBreaches(page: PageMeasure, budgets: Omit<Budgets, 'lighthouse' | 'lighthousePerformance'>): string[];
export function totalBudgetOf(page: PageMeasure, budgets: Omit<Budgets, 'lighthouse' | 'lighthousePerformance'>): { name: 'homeTotalGzip' | 'chartPageTotalGzip'; bytes: number } | undefined;
export function totalBreaches(page: PageMeasure, budgets: Omit<Budgets, 'lighthouse' | 'lighthousePerformance'>): string[];
export function budgetBreaches(pages: PageMeasure[], budgets: Omit<Budgets, 'lighthouse' | 'lighthousePerformance'>): string[];
export function readBudgets(file?: string): Budgets;
