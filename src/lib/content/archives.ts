/** The archived source texts that quotes are checked against, as the build and check:content read them. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CheckReport } from '../content-checks';

/** The archived source texts by file name, or undefined when the folder is absent. */
export function readArchives(folder: string): Map<string, string> | undefined {
  if (!existsSync(folder)) return undefined;
  const names = readdirSync(folder).filter((name) => name.endsWith('.txt'));
  return new Map(names.map((name) => [name, readFileSync(join(folder, name), 'utf8')]));
}

/** Logs how many quotes were verified, or warns how many could not be (no archive folder). */
export function logQuoteChecks(report: CheckReport, archives: ReadonlyMap<string, string> | undefined, folder: string): void {
  if (archives) {
    console.log(`[content] ✓ ${report.quotesVerified} quotes and wordings verified against ${archives.size} archived texts in ${relative(process.cwd(), folder)}`);
  } else {
    console.warn(`[content] ⚠ ${report.quotesUnverified} quotes UNVERIFIED: no archived texts at ${folder} (set SOURCES_ARCHIVE_DIR to check them)`);
  }
}
