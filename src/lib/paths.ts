/**
 * Where content and reference material live. Both are overridable so the fault-injection tests
 * and the scaling benchmark can build the site from a temporary copy of content/.
 */
import { resolve } from 'node:path';

/** The content folder (default ./content). */
export const CONTENT_DIR = resolve(process.env['CONTENT_DIR'] ?? 'content');

/** The folder of archived source texts that quotes are checked against (default ../shared/sources). */
export const SOURCES_ARCHIVE_DIR = resolve(process.env['SOURCES_ARCHIVE_DIR'] ?? '../shared/sources');
