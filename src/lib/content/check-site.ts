/**
 * The one content check: from the content folder's file texts and the archived source texts, the
 * validated site model or every problem found. The build (src/integrations/content-precheck.ts,
 * before anything renders), `astro dev` (src/lib/content/content.ts) and `npm run check:content` all run
 * it, so they find the same problems and print the same messages. Pure: it reads no files.
 */
import { ChartSpecError, type ChartPhrase } from '../charts/chart';
import { findDataVersion, NO_DATA_VERSION } from '../charts/citation';
import { buildChart } from '../charts/registry';
import { checkContent, NO_DATED_SOURCE, type CheckReport, type LocatedProblem } from './content-checks';
import type { PartialDate } from '../text/dates';
import { storyAsOf } from '../text/reading';
import { evaluateCheck, type CheckResult, type DataLookup } from '../data/data-checks';
import { buildTimeline, timelineSpan } from './timeline';
import { economyName, indicatorInfo, latestYear, parseWdi, resolveYear, WDI_FILES, WdiDataError, wdiValue, type WdiData } from '../data/wdi';
import { CONTENT_COLLECTIONS, loadContentFiles, siteFileProblems, type LoadedContent } from './load-files';
import { SITE_WORDS_ENTRY, siteWordsProblems } from './site-words';
import { PhraseError, pagePhrases, pageTokenValues, type PageFacts } from './page-words';

/** What the checks read: every file by its path inside the content folder, and the archive. */
export interface SiteFiles {
  /** File texts by path inside the content folder: "claims/x.yaml", "site.yaml", "data/wdi_shares.csv". */
  files: ReadonlyMap<string, string>;
  /** How problems name the content folder, relative to the working directory ("content"). */
  contentPath: string;
  /** Archived source texts by file name; undefined when there is no archive (quotes go unverified). */
  archives: ReadonlyMap<string, string> | undefined;
}

/** The checked content and what is computed from it once. */
export interface SiteModel {
  content: LoadedContent;
  wdi: WdiData;
  /** How many quotes were compared with the archive, or could not be. */
  report: CheckReport;
  /** Whether every quote was compared with the archive (there was one). */
  quotesVerified: boolean;
  /** Data-check results by claim id. */
  checks: Map<string, CheckResult>;
  /** What the story is "as of": the latest full publication date among the sources. */
  storyAsOf: PartialDate;
}

export type SiteCheck = { model: SiteModel; problems: [] } | { model?: undefined; problems: LocatedProblem[] };

/** The dataset seen through the interface the data checks need. */
function dataLookup(data: WdiData): DataLookup {
  return {
    value: (economy, indicator, year) => wdiValue(data, economy, indicator, year),
    latestYear: (economy, indicator) => latestYear(data, economy, indicator),
    economyName: (economy) => economyName(data, economy),
  };
}

/**
 * The page entries the routes read their title, description and words from (content/pages/<id>.yaml
 * or .mdx); `getPageWords` takes only these ids, so a route cannot ask for one the check skips.
 */
export const ROUTE_PAGES = ['home', 'about', '404', 'claims', 'corrections', 'data', 'feed', 'glossary', 'search', 'sources', 'timeline', 'topics', SITE_WORDS_ENTRY] as const;
export type RoutePage = (typeof ROUTE_PAGES)[number];

/** A route's page entry that is missing, as a problem. */
function missingPages(files: ReadonlyMap<string, string>, contentPath: string): LocatedProblem[] {
  return ROUTE_PAGES.filter((id) => !files.has(`pages/${id}.yaml`) && !files.has(`pages/${id}.mdx`)).map((id) => ({
    file: `${contentPath}/pages/${id}.yaml`,
    field: '(file)',
    message: `is missing (nor is there a ${id}.mdx): a page of the site takes its title, description and words from it.`,
  }));
}

/** The topics' list (a list collection of load-files.ts). */
const TOPICS_FILE = CONTENT_COLLECTIONS.topics.list;

/** Where the data's provenance is recorded: its data version goes into every chart's citation. */
export const PROVENANCE_FILE = 'data/PROVENANCE.md';

/** The World Bank data from the files, or the first problem in them (a missing file, a bad row). */
function readData(files: ReadonlyMap<string, string>, contentPath: string): { wdi: WdiData } | { problem: LocatedProblem } {
  const missing = Object.values(WDI_FILES).find((path) => !files.has(path));
  if (missing) return { problem: { file: `${contentPath}/${missing}`, field: '(file)', message: 'is missing: the charts and data checks read the World Bank data from it.' } };
  try {
    return { wdi: parseWdi({ shares: files.get(WDI_FILES.shares)!, indicators: files.get(WDI_FILES.indicators)!, economies: files.get(WDI_FILES.economies)! }, contentPath) };
  } catch (error) {
    if (!(error instanceof WdiDataError)) throw error;
    return { problem: { file: error.file, field: error.field, message: error.problem, position: { line: error.line, column: 1 } } };
  }
}

/** Each chart spec resolved against the data, as its page will draw it, in the words of data.yaml (`phrase`). */
function chartProblems(charts: LoadedContent['charts'], wdi: WdiData, phrase: ChartPhrase): LocatedProblem[] {
  const problems = charts.flatMap((chart): LocatedProblem[] => {
    try {
      buildChart(chart.id, chart.data, wdi, phrase);
      return [];
    } catch (error) {
      // A chart's sentences are data.yaml phrases: one missing or mistyped is named there.
      if (error instanceof PhraseError) return [{ file: error.file, field: error.field, message: error.problem }];
      if (!(error instanceof ChartSpecError)) throw error;
      return [{ file: chart.file, field: error.field, message: error.problem }];
    }
  });
  // A phrase every chart of a type uses is named once, not once per chart.
  return problems.filter((problem, index) => problems.findIndex((other) => other.file === problem.file && other.field === problem.field) === index);
}

/**
 * Checks the site in two passes. First every file on its own (YAML and MDX syntax, schema, file
 * name, placeholders) and the data files; the checks between files run only once those pass,
 * since a file left out would make each reference to it a problem too. Then the chart specs
 * against the data, references, story components, quotes against the archive, copying and the
 * data checks' series. Either pass returns all of its problems at once.
 */
export function checkSite({ files, contentPath, archives }: SiteFiles): SiteCheck {
  const { content, problems } = loadContentFiles(files, contentPath);
  const site = files.get('site.yaml');
  if (site !== undefined) problems.push(...siteFileProblems(site, `${contentPath}/site.yaml`));
  problems.push(...missingPages(files, contentPath));
  if (!files.has(TOPICS_FILE)) problems.push({ file: `${contentPath}/${TOPICS_FILE}`, field: '(file)', message: 'is missing: it lists the topics sources and claims are filed under.' });
  const siteWords = content.pages.find((page) => page.id === SITE_WORDS_ENTRY);
  if (siteWords) problems.push(...siteWordsProblems(siteWords.file, files.get(`pages/${SITE_WORDS_ENTRY}.yaml`) ?? '', siteWords.data));
  const data = readData(files, contentPath);
  if ('problem' in data) problems.push(data.problem);
  const provenance = files.get(PROVENANCE_FILE);
  if (provenance === undefined || findDataVersion(provenance) === undefined) {
    problems.push({ file: `${contentPath}/${PROVENANCE_FILE}`, field: '(file)', message: provenance === undefined ? 'is missing: it records the data version every chart citation gives.' : NO_DATA_VERSION, position: { line: 1, column: 1 } });
  }
  if (problems.length > 0 || !('wdi' in data)) return { problems };

  const { wdi } = data;
  // An event dates its status by its sources' publication, so the timeline is built only when every
  // event names a known source; otherwise checkContent reports the unknown ones and the span is moot.
  const sourceIds = new Set(content.sources.map((source) => source.id));
  const datable = content.timeline.every((event) => event.data.sources.some((id) => sourceIds.has(id)));
  const pageFacts: PageFacts = {
    sources: content.sources.length,
    claims: content.claims.length,
    terms: content.glossary.length,
    charts: content.charts.length,
    timelineSpan: datable ? timelineSpan(buildTimeline(content.timeline, content.sources)) : '',
    latestYear: (economy, indicator) => latestYear(wdi, economy, indicator),
    value: (economy, indicator, year) => wdiValue(wdi, economy, indicator, year),
  };
  const report = checkContent(content, archives, {
    hasSeries: (economy, indicator) => latestYear(wdi, economy, indicator) !== undefined,
    chartIds: new Set(content.charts.map((chart) => chart.id)),
    dataPoint: (economy, indicator, asked) => {
      const year = resolveYear(wdi, economy, indicator, asked);
      const value = year === undefined ? undefined : wdiValue(wdi, economy, indicator, year);
      return year === undefined || value === undefined ? undefined : { year, value, economyName: economyName(wdi, economy), indicatorName: indicatorInfo(wdi, indicator).name };
    },
    pageFacts,
  });
  // missingPages has made sure the route pages' entries are there.
  const phrasesOf = (id: RoutePage) => pagePhrases(content.pages.find((page) => page.id === id)!, pageTokenValues(pageFacts));
  // A phrase checkContent has found wrong is not named again for the charts that use it.
  const named = new Set(report.problems.map((problem) => `${problem.file} ${problem.field}`));
  const charts = chartProblems(content.charts, wdi, phrasesOf('data')).filter((problem) => !named.has(`${problem.file} ${problem.field}`));
  const crossFile = [...charts, ...report.problems];
  if (crossFile.length > 0) return { problems: crossFile };

  const asOf = storyAsOf(content.sources.map((source) => source.data.published.date));
  // With any source, checkContent has reported sources without a full date; this is a folder with none.
  if (!asOf) return { problems: [{ file: `${contentPath}/sources`, field: '(folder)', message: NO_DATED_SOURCE }] };

  const lookup = dataLookup(wdi);

  let checks: Map<string, CheckResult>;
  try {
    checks = new Map(content.claims.flatMap((claim) => (claim.data.data_check ? [[claim.id, evaluateCheck(claim.data.data_check, lookup, phrasesOf('claims'))] as const] : [])));
  } catch (error) {
    // The explanations are claims.yaml phrases: one missing or mistyped is named there.
    if (!(error instanceof PhraseError)) throw error;
    return { problems: [{ file: error.file, field: error.field, message: error.problem }] };
  }
  return { model: { content, wdi, report, quotesVerified: archives !== undefined, checks, storyAsOf: asOf }, problems: [] };
}
