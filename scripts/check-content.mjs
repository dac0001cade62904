#!/usr/bin/env node
// `npm run check:content`: checks every content file without building the site. The checker is
// TypeScript shared with the build (src/lib/content/check-folder.ts); esbuild bundles it first.
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const bundle = resolve('node_modules/.cache/check-content/check-folder.mjs');
await build({
  entryPoints: ['src/lib/content/check-folder.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  outfile: bundle,
  logLevel: 'error',
});
const { runContentCheck } = await import(pathToFileURL(bundle).href);
process.exitCode = await runContentCheck();
