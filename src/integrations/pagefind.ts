/**
 * Builds the Pagefind search index after `astro build`, so a plain `astro build` (and therefore
 * `npm run build`) yields a searchable site. Indexes the HTML in the configured outDir and writes
 * the bundle to <outDir>/pagefind/, which the browser loads from `${base}pagefind/`.
 *
 * Only content inside `data-pagefind-body` is indexed (see src/components/SearchScope.astro), so
 * navigation, footers and pages rendered with `search={false}` stay out of the index. Chart
 * drawings need no exclusion: Pagefind does not index text inside `<svg>` (so axis tick labels
 * never find a page; tests/e2e/search.spec.ts checks it), and the chart tooltip is added in the
 * browser, after indexing. Page furniture that repeats other pages' names carries
 * `data-pagefind-ignore` (see src/lib/search/search-meta.ts).
 *
 * In `astro dev` it serves the last built bundle instead (src/integrations/dev-search.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readFile, rm } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
// A static import: the hook runs after Astro has closed the module runner that loaded the
// config, so a dynamic import there fails. Importing starts nothing; createIndex does.
import * as pagefind from 'pagefind';
import { CONTENT_DIR } from '../lib/site/paths';
import { serveBuiltIndex } from './dev-search';

/**
 * Pagefind's prebuilt UIs, written into every bundle. This site uses its own UI on the search API
 * (src/scripts/search-controller.ts), so they are deleted rather than deployed unused.
 */
const UNUSED_UI_FILES = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css'];

export default function pagefindIndex(): AstroIntegration {
  let site = { outDir: '', base: '/' };
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = { outDir: fileURLToPath(config.outDir), base: config.base };
      },
      'astro:server:setup': ({ server }) => serveBuiltIndex(server, { ...site, contentDir: CONTENT_DIR }),
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const siteDir = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex();
          if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: siteDir });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
          const bundleDir = join(siteDir, 'pagefind');
          const written = await index.writeFiles({ outputPath: bundleDir });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its bundle: ${written.errors.join('; ')}`);
          await Promise.all(UNUSED_UI_FILES.map((file) => rm(join(bundleDir, file), { force: true })));
          const entry = JSON.parse(await readFile(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
            languages: Record<string, { page_count: number }>;
          };
          const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
          const ms = Math.round(performance.now() - started);
          logger.info(`Indexed ${indexed} of ${added.page_count} HTML pages for search in ${ms} ms (the rest have no data-pagefind-body)`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
