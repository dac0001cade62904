#!/usr/bin/env node
/**
 * Runs the W3C's Nu HTML Checker (the `vnu-jar` package, on the system's Java) over every built
 * page, served over HTTP by scripts/serve.mjs as a reader gets it (so the pages' own
 * Content-Security-Policy is judged against their real origin, not file:). Errors fail the run;
 * warnings are printed and counted, never hidden. Needs `npm run build` first and Java 11+.
 *
 * Usage: node scripts/vnu.mjs      (exit code 1 on any error; the last line counts both)
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import vnuJar from 'vnu-jar';
import { serve } from './serve-dist.mjs';

if (spawnSync('java', ['-version'], { stdio: 'ignore' }).status !== 0) {
  console.error('The Nu HTML Checker needs Java (11 or newer): on Debian/Ubuntu, apt-get install default-jre-headless');
  process.exit(1);
}

/** Every built HTML file as a site path: dist/sources/x/index.html → sources/x/, dist/404.html → 404.html. */
const pagePaths = readdirSync('dist', { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
  .map((entry) => relative('dist', join(entry.parentPath, entry.name)).split(sep).join('/').replace(/(^|\/)index\.html$/, '$1'))
  .sort();

// The checker refuses loopback addresses unless told otherwise; the test server binds 127.0.0.1.
const ALLOW_LOOPBACK = '-Dnu.validator.servlet.allow-forbidden-hosts=true';

const server = await serve('dist');
let messages;
try {
  // --stdout: the JSON report on stdout (by default it goes to stderr).
  const result = spawnSync('java', [ALLOW_LOOPBACK, '-jar', String(vnuJar), '--format', 'json', '--stdout', ...pagePaths.map((path) => `${server.url}${path}`)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error || !result.stdout) throw new Error(`the Nu HTML Checker did not run: ${result.error?.message ?? result.stderr}`);
  ({ messages } = JSON.parse(result.stdout));
} finally {
  server.stop();
}

const isWarning = (message) => message.type === 'info' && message.subType === 'warning';
const errors = messages.filter((message) => message.type === 'error' || message.type === 'non-document-error');
const warnings = messages.filter(isWarning);
const where = (message) => `${new URL(message.url).pathname}${message.lastLine ? `:${message.lastLine}` : ''}`;
for (const message of errors) console.error(`✗ ${where(message)}: ${message.message}\n    ${(message.extract ?? '').replace(/\n/g, ' ')}`);
for (const message of warnings) console.warn(`⚠ ${where(message)}: ${message.message}`);
console.log(`Nu HTML Checker: ${pagePaths.length} pages, ${errors.length} error(s), ${warnings.length} warning(s)`);
process.exit(errors.length === 0 ? 0 : 1);
