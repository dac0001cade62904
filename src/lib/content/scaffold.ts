/** `npm run new -- <kind> <slug>`: writes a new content entry from its template. */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse } from 'yaml';
import { badFileName } from './entry-ids';
import { CONTENT_DIR, SOURCES_ARCHIVE_DIR } from '../site/paths';
import { NEW_FILES, NEW_KINDS, template, type NewKind } from './templates';

/** A request that cannot be carried out, with what to do instead. */
export class ScaffoldError extends Error {}

export const USAGE = `Usage: npm run new -- <kind> <slug> [--archive <file>]
  kind: ${NEW_KINDS.join(', ')}
  slug: the new entry's id and address: lowercase letters, digits and hyphens, e.g. tariffs-rise
  --archive: for a source, the reference copy's file name in ${relative(process.cwd(), SOURCES_ARCHIVE_DIR)}`;

const isKind = (kind: string): kind is NewKind => (NEW_KINDS as readonly string[]).includes(kind);

/** Writes the entry and returns the file it is in (relative to the working directory). */
export function createEntry(kind: string, slug: string, archive: string | undefined, contentDir = CONTENT_DIR, archiveDir = SOURCES_ARCHIVE_DIR): string {
  if (!isKind(kind)) throw new ScaffoldError(`Unknown kind "${kind}".\n${USAGE}`);
  const badName = badFileName(slug);
  if (badName) throw new ScaffoldError(`"${slug}" cannot be an id: ${badName.replace('rename the file to', 'use')}.`);
  const { path, append } = NEW_FILES[kind](slug);
  const file = join(contentDir, path);
  const shown = relative(process.cwd(), file);
  if (append) {
    const events = (parse(existsSync(file) ? readFileSync(file, 'utf8') : '') ?? []) as { id?: unknown }[];
    if (events.some((event) => event.id === slug)) throw new ScaffoldError(`${shown} already has an event with the id "${slug}"; choose another id.`);
  } else if (existsSync(file)) {
    throw new ScaffoldError(`${shown} already exists; choose another slug, or edit that file.`);
  }
  if (kind === 'source') {
    if (!archive) throw new ScaffoldError(`A source needs its archived text: give its file name with --archive <file> (a file in ${relative(process.cwd(), archiveDir)}).`);
    if (!existsSync(join(archiveDir, archive))) {
      throw new ScaffoldError(`There is no "${archive}" in ${relative(process.cwd(), archiveDir)}. Put the reference copy there first, then run this again.`);
    }
  }
  mkdirSync(dirname(file), { recursive: true });
  if (append) appendFileSync(file, template(kind, slug));
  else writeFileSync(file, template(kind, slug, archive));
  return shown;
}
