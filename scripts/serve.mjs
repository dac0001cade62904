#!/usr/bin/env node
// Serves the built site (dist/) on 127.0.0.1 the way a static host would: the configured base
// path, directory indexes, the 404 page, and the headers listed in dist/_headers (Netlify /
// Cloudflare Pages format), so tests see the same Content-Security-Policy a reader gets. Text is
// compressed (Brotli or gzip, as the browser accepts) because every static host does so, and the
// benchmark's Lighthouse figures would otherwise measure a download no reader makes.
//
// Usage: node scripts/serve.mjs [--port N] [--dir dist]   (PORT=0 or --port 0 picks a free port)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : fallback;
};
const root = resolve(option('dir', 'dist'));
const port = Number(option('port', process.env.PORT ?? '4321'));
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

if (!existsSync(join(root, 'index.html'))) {
  console.error(`No built site in ${root}: run "npm run build" first.`);
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};
// Pagefind's index chunks have their own extensions; they are binary.
const typeOf = (file) => TYPES[extname(file)] ?? 'application/octet-stream';

/**
 * Parses a _headers file: a path pattern line, then indented "Name: value" lines. As on Cloudflare
 * Pages, a later matching rule replaces a header of the same name, and "! Name" detaches one.
 */
function parseHeaders(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
    } else if (rules.length > 0 && line.trim().startsWith('!')) {
      rules.at(-1).headers.push([line.trim().slice(1).trim(), undefined]);
    } else if (rules.length > 0) {
      const colon = line.indexOf(':');
      rules.at(-1).headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}
const headersFile = join(root, '_headers');
const headerRules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;
const ENCODERS = { br: brotliCompressSync, gzip: gzipSync };
const compressedCache = new Map();

/** The body and its Content-Encoding for this request: Brotli, then gzip, else as stored. */
async function encode(request, file, type, body) {
  if (!COMPRESSIBLE.test(type)) return { body };
  const accepted = String(request.headers['accept-encoding'] ?? '');
  const encoding = Object.keys(ENCODERS).find((name) => new RegExp(`\\b${name}\\b`).test(accepted));
  if (!encoding) return { body };
  // Keyed by modification time too, so a rebuild while the server runs is served fresh.
  const key = `${encoding}:${file}:${(await stat(file)).mtimeMs}`;
  if (!compressedCache.has(key)) compressedCache.set(key, ENCODERS[encoding](body));
  return { body: compressedCache.get(key), encoding };
}

const matches = (pattern, path) =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path);

/** Thrown for a request path that is not valid percent-encoding: the server answers 400. */
class BadRequestPath extends Error {}

/** Decodes a request path's percent-escapes; a malformed escape is the client's error. */
function decodePath(pathname) {
  try {
    return decodeURIComponent(pathname);
  } catch {
    throw new BadRequestPath(`malformed percent-escape in ${pathname}`);
  }
}

/** True when `file` is `root` itself or inside it (not a sibling whose name starts with root's). */
const isInsideRoot = (file) => {
  const fromRoot = relative(root, file);
  return fromRoot !== '..' && !fromRoot.startsWith(`..${sep}`) && !isAbsolute(fromRoot);
};

async function resolveFile(pathname) {
  if (!pathname.startsWith(base)) return undefined;
  const candidate = join(root, decodePath(pathname.slice(base.length)));
  if (!isInsideRoot(candidate)) return undefined;
  for (const file of [candidate, join(candidate, 'index.html')]) {
    try {
      if ((await stat(file)).isFile()) return file;
    } catch {
      // Not there: try the next candidate.
    }
  }
  return undefined;
}

async function respond(request, response) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  // A directory without its trailing slash redirects, as static hosts do.
  if (!url.pathname.endsWith('/') && !extname(url.pathname) && (await resolveFile(`${url.pathname}/`))) {
    response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  const file = await resolveFile(url.pathname);
  const status = file ? 200 : 404;
  const servedFile = file ?? join(root, '404.html');
  const type = typeOf(servedFile);
  const { body, encoding } = await encode(request, servedFile, type, await readFile(servedFile));
  const headers = { 'Content-Type': type, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' };
  if (encoding) headers['Content-Encoding'] = encoding;
  for (const rule of headerRules) {
    if (!matches(rule.pattern, url.pathname)) continue;
    for (const [name, value] of rule.headers) {
      if (value === undefined) delete headers[name];
      else headers[name] = value;
    }
  }
  response.writeHead(status, headers).end(request.method === 'HEAD' ? undefined : body);
}

const server = createServer((request, response) => {
  respond(request, response).catch((error) => {
    const badPath = error instanceof BadRequestPath;
    if (!badPath) console.error(error);
    if (!response.headersSent) response.writeHead(badPath ? 400 : 500, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end(badPath ? 'Bad request: malformed address\n' : 'Internal server error\n');
  });
});

server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  console.log(`Serving ${root} at http://127.0.0.1:${actualPort}${base}`);
});
