/**
 * Builds the Pagefind search index after `astro build`, so a plain `astro build` (and therefore
 * `npm run build`) yields a searchable site. Indexes the HTML in the configured outDir and writes
 * the bundle to <outDir>/pagefind/, which the browser loads from `${base}pagefind/`.
 *
 * Only content inside `data-pagefind-body` is indexed (see src/components/SearchScope.astro), so
 * navigation, footers and pages rendered with `search={false}` stay out of the index.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

/** Elements that sit inside article content but are never worth finding (chart axes, tooltips). */
export const PAGEFIND_EXCLUDE_SELECTORS = ['.chart-axis', '.chart-tooltip', '[role="tooltip"]', 'svg .tick'];

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const siteDir = fileURLToPath(dir);
        // Imported here so `astro dev` never starts the indexing binary.
        const pagefind = await import('pagefind');
        try {
          const { index, errors } = await pagefind.createIndex({ excludeSelectors: PAGEFIND_EXCLUDE_SELECTORS });
          if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: siteDir });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its bundle: ${written.errors.join('; ')}`);
          const ms = Math.round(performance.now() - started);
          logger.info(`Indexed ${added.page_count} pages for search in ${ms} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
