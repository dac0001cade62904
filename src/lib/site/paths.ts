/**
 * Where content and reference material live. Both are overridable so the fault-injection tests
 * and the scaling benchmark can build the site from a temporary copy of content/.
 */
import { resolve } from 'node:path';

/** The content folder (default ./content). */
export const CONTENT_DIR = resolve(process.env['CONTENT_DIR'] ?? 'content');

/** The folder of archived source texts that quotes are checked against (default ../shared/sources). */
export const SOURCES_ARCHIVE_DIR = resolve(process.env['SOURCES_ARCHIVE_DIR'] ?? '../shared/sources');

/** The variable that allows a CI or deploy build without the archive (quotes then go unchecked). */
export const ALLOW_UNVERIFIED_QUOTES = 'ALLOW_UNVERIFIED_QUOTES';

/**
 * What a build does when the archive of source texts is missing. A build where `CI` is set
 * (every CI service and static host sets it) fails, since it may be published, unless the
 * opt-out variable is set; a local build warns.
 */
export function archiveRequirement(
  env: Readonly<Record<string, string | undefined>>,
  archiveFound: boolean,
  folder: string,
): { fail?: string; warning: string } {
  if (archiveFound) return { warning: '' };
  const optedOut = Boolean(env[ALLOW_UNVERIFIED_QUOTES]);
  const where = `no archived source texts at ${folder}`;
  if (env['CI'] && !optedOut) {
    return {
      fail: `${where}. A build with CI set checks every quote against them. Provide the archive: check out the private archive repository into that folder or point SOURCES_ARCHIVE_DIR at it (README, "The archive of source texts"). To build anyway, with every page saying its quotes were not verified, set ${ALLOW_UNVERIFIED_QUOTES}=1.`,
      warning: where,
    };
  }
  return { warning: `${where}${optedOut ? ` (${ALLOW_UNVERIFIED_QUOTES} is set)` : ''}; set SOURCES_ARCHIVE_DIR to check them. Every page says so in its footer.` };
}
