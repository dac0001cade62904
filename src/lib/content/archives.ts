/** The archived source texts that quotes are checked against, as the build and check:content read them. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CheckReport } from './content-checks';
import { archiveRequirement } from '../site/paths';

/** The archived source texts by file name, or undefined when the folder is absent. */
export function readArchives(folder: string): Map<string, string> | undefined {
  if (!existsSync(folder)) return undefined;
  const names = readdirSync(folder).filter((name) => name.endsWith('.txt'));
  return new Map(names.map((name) => [name, readFileSync(join(folder, name), 'utf8')]));
}

/**
 * The archive for a check: its texts, or undefined when the folder is absent and that is allowed
 * (a local build, or ALLOW_UNVERIFIED_QUOTES); a build with CI set fails here without it.
 */
export function requiredArchives(folder: string, env: Readonly<Record<string, string | undefined>> = process.env): Map<string, string> | undefined {
  const archives = readArchives(folder);
  const rule = archiveRequirement(env, archives !== undefined, folder);
  if (rule.fail) throw new Error(rule.fail);
  return archives;
}

/** Logs how many quotes were verified, or warns how many could not be (no archive folder). */
export function logQuoteChecks(report: CheckReport, archives: ReadonlyMap<string, string> | undefined, folder: string): void {
  if (archives) {
    console.log(`[content] ✓ ${report.quotesVerified} quotes and wordings verified against ${archives.size} archived texts in ${relative(process.cwd(), folder)}`);
  } else {
    console.warn(`[content] ⚠ ${report.quotesUnverified} quotes UNVERIFIED: ${archiveRequirement(process.env, false, folder).warning}`);
  }
}
