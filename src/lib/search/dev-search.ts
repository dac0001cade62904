/**
 * Search in `npm run dev`: the dev server serves the last built index (dist/pagefind/, from
 * `npm run build`) and says how it compares with the content, so the search page and the dialog
 * can tell the reader when results may miss later edits, in the words of content/pages/search.yaml
 * (`dev_no_index`, `dev_stale_index`). Pure; src/integrations/dev-search.ts serves the files and
 * the status.
 */
import { plain, type TokenValues } from '../text/word-tokens';

/** The status file the dev server answers beside the index, at `<base>pagefind/<this>`; never built. */
export const DEV_INDEX_STATUS_FILE = 'dev-index-status.json';

/**
 * No built index; or one built at `builtAt` (ISO time), fresh or older than the newest content
 * file. `notice` is what the search panel says about it (nothing while it is fresh).
 */
export type DevIndexStatus = { state: 'missing'; notice: string } | { state: 'stale'; builtAt: string; notice: string } | { state: 'fresh'; builtAt: string };

/** A phrase of content/pages/search.yaml with the placeholders the notice fills in. */
export type DevSearchPhrase = (name: 'dev_no_index' | 'dev_stale_index', extra?: TokenValues) => string;

/**
 * A time as the maintainer's clock writes it, e.g. "1 December 2026 at 18:40": the dev server
 * runs on the maintainer's machine, so its time zone is theirs.
 */
const localTime = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' });

/** Compares the index's build time with the newest change in content/, and words the notice. */
export function devIndexStatus(indexBuiltAt: Date | undefined, contentChangedAt: Date | undefined, phrase: DevSearchPhrase, formatTime: (iso: string) => string = localTime): DevIndexStatus {
  if (!indexBuiltAt) return { state: 'missing', notice: phrase('dev_no_index') };
  const builtAt = indexBuiltAt.toISOString();
  const stale = contentChangedAt !== undefined && contentChangedAt.getTime() > indexBuiltAt.getTime();
  return stale ? { state: 'stale', builtAt, notice: phrase('dev_stale_index', { date: plain('date', () => formatTime(builtAt)) }) } : { state: 'fresh', builtAt };
}
