/**
 * `npm run check:content`: every content rule the build enforces (schemas, references, quotes
 * against the archive, copying, dates, data checks, chart specs, story components), run on the
 * files in content/ without rendering the site, printed as the build prints them (check-site.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { contentFailure } from './content-checks';
import { CONTENT_DIR, SOURCES_ARCHIVE_DIR } from '../site/paths';
import { logQuoteChecks, requiredArchives } from './archives';
import { checkSite, type SiteCheck } from './check-site';

/** The YAML, MDX, CSV and Markdown files under `folder`, by their path inside it ("claims/x.yaml"). */
export function readContentFiles(folder: string): Map<string, string> {
  const paths = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((path) => /\.(?:ya?ml|mdx?|csv)$/.test(path));
  return new Map(paths.map((path) => [path.split(sep).join('/'), readFileSync(join(folder, path), 'utf8')]));
}

/** The content folder `contentDir` checked, with problems naming it relative to the working directory. */
export function checkContentFolder(contentDir: string, archives: ReadonlyMap<string, string> | undefined): SiteCheck & { files: number } {
  const files = readContentFiles(contentDir);
  return { ...checkSite({ files, contentPath: relative(process.cwd(), contentDir) || '.', archives }), files: files.size };
}

/** Runs the check and prints the result; returns the exit code. */
export function runContentCheck(): number {
  const archives = requiredArchives(SOURCES_ARCHIVE_DIR);
  const { model, problems, files } = checkContentFolder(CONTENT_DIR, archives);
  if (!model) {
    console.error(contentFailure(problems));
    return 1;
  }
  logQuoteChecks(model.report, archives, SOURCES_ARCHIVE_DIR);
  console.log(`[content] ✓ ${files} content files checked: no problems`);
  return 0;
}
