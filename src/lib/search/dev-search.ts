/**
 * Search in `npm run dev`: the dev server serves the last built index (dist/pagefind/, from
 * `npm run build`) and says how it compares with the content, so the search page and the dialog
 * can tell the reader when results may miss later edits. Pure; src/integrations/pagefind.ts
 * serves the files and the status.
 */

/** The status file the dev server answers beside the index, at `<base>pagefind/<this>`; never built. */
export const DEV_INDEX_STATUS_FILE = 'dev-index-status.json';

/** No built index; or one built at `builtAt` (ISO time), fresh or older than the newest content file. */
export type DevIndexStatus = { state: 'missing' } | { state: 'fresh' | 'stale'; builtAt: string };

/** Compares the index's build time with the newest change in content/. */
export function devIndexStatus(indexBuiltAt: Date | undefined, contentChangedAt: Date | undefined): DevIndexStatus {
  if (!indexBuiltAt) return { state: 'missing' };
  const stale = contentChangedAt !== undefined && contentChangedAt.getTime() > indexBuiltAt.getTime();
  return { state: stale ? 'stale' : 'fresh', builtAt: indexBuiltAt.toISOString() };
}

/** A time as the maintainer's browser writes it, e.g. "1 December 2026 at 18:40". */
const localTime = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' });

/** What the search panel says about the index in `npm run dev`, or undefined when it is up to date. */
export function devSearchNotice(status: DevIndexStatus, formatTime: (iso: string) => string = localTime): string | undefined {
  switch (status.state) {
    case 'missing':
      return 'Search has no index yet in npm run dev: run npm run build (in another terminal), then reload this page.';
    case 'stale':
      return `Search shows the site as built at ${formatTime(status.builtAt)}; run npm run build to include later edits, then reload this page.`;
    case 'fresh':
      return undefined;
  }
}
