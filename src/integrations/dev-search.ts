/**
 * `npm run dev` has no search index of its own (Pagefind indexes built HTML), so the dev server
 * serves the last built one, <outDir>/pagefind/ from `npm run build`, as astro-pagefind and
 * Starlight do, and answers <base>pagefind/dev-index-status.json with how it compares with the
 * content (src/lib/search/dev-search.ts), so search can say when it may miss later edits.
 */
import type { ServerResponse } from 'node:http';
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { DEV_INDEX_STATUS_FILE, devIndexStatus } from '../lib/search/dev-search';
import { pageWords } from '../lib/content/page-words';

type DevServer = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'];

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** When a file was last changed, or undefined when it is missing. */
const changedAt = (file: string) => stat(file).then((info) => info.mtime, () => undefined);

/** The newest change to any file under `folder`. */
async function newestChange(folder: string): Promise<Date | undefined> {
  const names = await readdir(folder, { recursive: true }).catch(() => []);
  const times = await Promise.all(names.map((name) => stat(join(folder, name)).then((info) => (info.isFile() ? info.mtime.getTime() : 0), () => 0)));
  const newest = Math.max(0, ...times);
  return newest > 0 ? new Date(newest) : undefined;
}

/** The phrase the notice takes from content/pages/search.yaml, read afresh so an edit shows on reload. */
async function searchPhrase(contentDir: string) {
  const file = join(contentDir, 'pages', 'search.yaml');
  // No page-wide placeholders ({sources} and the like): the notice is for maintainers and names none.
  return pageWords({ file, data: parse(await readFile(file, 'utf8')) }, {}).phrase;
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  // Never cached: a new build replaces the files under the same names.
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  response.end(body);
}

/** Adds the middleware to the dev server. */
export function serveBuiltIndex(server: DevServer, { outDir, base, contentDir }: { outDir: string; base: string; contentDir: string }): void {
  const prefix = `${base.replace(/\/?$/, '/')}pagefind/`;
  const bundleDir = join(outDir, 'pagefind');
  server.middlewares.use((request, response, next) => {
    const path = decodeURIComponent((request.url ?? '').split('?')[0] ?? '');
    if (!path.startsWith(prefix)) return next();
    const name = path.slice(prefix.length);
    void (async () => {
      if (name === DEV_INDEX_STATUS_FILE) {
        const status = devIndexStatus(await changedAt(join(bundleDir, 'pagefind-entry.json')), await newestChange(contentDir), await searchPhrase(contentDir));
        return send(response, 200, CONTENT_TYPES['.json']!, JSON.stringify(status));
      }
      const file = normalize(join(bundleDir, name));
      if (!file.startsWith(bundleDir + sep)) return send(response, 404, 'text/plain', 'Not found');
      const body = await readFile(file).catch(() => undefined);
      if (!body) return send(response, 404, 'text/plain; charset=utf-8', `No ${name} in ${bundleDir}: run npm run build to make the search index.`);
      send(response, 200, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', body);
    })().catch(next);
  });
}
