/**
 * `npm run check:content`: every content rule the build enforces (schemas, references, quotes
 * against the archive, copying, dates, data checks, chart specs, story components), run on the
 * files in content/ without rendering the site, printed as the build prints them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ChartSpecError } from '../charts/chart';
import { buildChart } from '../charts/registry';
import { checkContent, contentFailure, type CheckReport, type LocatedProblem } from '../content-checks';
import { CONTENT_DIR, SOURCES_ARCHIVE_DIR } from '../paths';
import { latestYear, loadWdi, WdiDataError, type WdiData } from '../wdi';
import { logQuoteChecks, requiredArchives } from './archives';
import { loadContentFiles, siteFileProblems, type LoadedContent } from './load-files';

/** The YAML and MDX files under `folder`, by their path inside it ("claims/x.yaml"). */
export function readContentFiles(folder: string): Map<string, string> {
  const paths = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((path) => /\.(?:ya?ml|mdx)$/.test(path));
  return new Map(paths.map((path) => [path.split(sep).join('/'), readFileSync(join(folder, path), 'utf8')]));
}

/**
 * Every content file checked on its own (the collections' files and content/site.yaml): what the
 * build checks before it starts (src/integrations/content-precheck.ts) and check:content first.
 */
export function loadSingleFiles(files: ReadonlyMap<string, string>, contentDir: string): ReturnType<typeof loadContentFiles> {
  const contentPath = relative(process.cwd(), contentDir) || '.';
  const loaded = loadContentFiles(files, contentPath);
  const site = files.get('site.yaml');
  return { ...loaded, problems: [...loaded.problems, ...(site === undefined ? [] : siteFileProblems(site, `${contentPath}/site.yaml`))] };
}

/** The World Bank data files' problems, then each chart spec's against the data (the data, when they load). */
export async function chartAndDataProblems(charts: LoadedContent['charts']): Promise<{ wdi: WdiData | undefined; problems: LocatedProblem[] }> {
  const problems: LocatedProblem[] = [];
  let wdi: WdiData | undefined;
  try {
    wdi = await loadWdi();
    for (const chart of charts) {
      try {
        buildChart(chart.id, chart.data, wdi);
      } catch (error) {
        if (!(error instanceof ChartSpecError)) throw error;
        problems.push({ file: chart.file, field: error.field, message: error.problem });
      }
    }
  } catch (error) {
    if (!(error instanceof WdiDataError)) throw error;
    problems.push({ file: error.file, field: error.field, message: error.problem, position: { line: error.line, column: 1 } });
  }
  return { wdi, problems };
}

/**
 * Every problem in the content folder, and the quote counts. The checks between files run once
 * every file matches its schema: a file left out would make each reference to it a problem too.
 */
export async function checkContentFolder(
  contentDir: string,
  archives: ReadonlyMap<string, string> | undefined,
): Promise<{ problems: LocatedProblem[]; report?: CheckReport; files: number }> {
  const files = readContentFiles(contentDir);
  const { content, problems } = loadSingleFiles(files, contentDir);
  if (problems.length > 0) return { problems, files: files.size };
  const { wdi, problems: dataProblems } = await chartAndDataProblems(content.charts);
  problems.push(...dataProblems);
  const report = checkContent(content, archives, {
    hasSeries: (economy, indicator) => wdi === undefined || latestYear(wdi, economy, indicator) !== undefined,
    chartIds: new Set(content.charts.map((chart) => chart.id)),
  });
  return { problems: [...problems, ...report.problems], report, files: files.size };
}

/** Runs the check and prints the result; returns the exit code. */
export async function runContentCheck(): Promise<number> {
  const archives = requiredArchives(SOURCES_ARCHIVE_DIR);
  const { problems, report, files } = await checkContentFolder(CONTENT_DIR, archives);
  if (!report) {
    console.error(`${contentFailure(problems)}\nFix these first; the checks between files (references, quotes) run once every file is valid.`);
    return 1;
  }
  if (problems.length > 0) {
    console.error(contentFailure(problems));
    return 1;
  }
  logQuoteChecks(report, archives, SOURCES_ARCHIVE_DIR);
  console.log(`[content] ✓ ${files} content files checked: no problems`);
  return 0;
}
