// Lets a plain Node script use the site's TypeScript modules in src/: esbuild bundles the module
// (a fraction of a second) into node_modules/.cache and the script imports the bundle.
import { build } from 'esbuild';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Imports `entry` (a .ts path relative to the project root). */
export async function importTypeScript(entry) {
  const bundle = resolve('node_modules/.cache/scripts', basename(entry).replace(/\.ts$/, '.mjs'));
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: bundle, logLevel: 'error' });
  return import(pathToFileURL(bundle).href);
}
