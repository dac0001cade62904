// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { CONTENT_DIR } from './src/lib/site/paths.ts';
import { BASE_PATH, SITE_URL } from './src/lib/site/deployment.ts';
import rehypeGlossary, { glossaryTerms } from './src/integrations/rehype-glossary.ts';
import rehypeLinks from './src/integrations/rehype-links.ts';
import rehypeChartLevels from './src/integrations/rehype-chart-levels.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import linkGuard from './src/integrations/link-guard.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import contentPrecheck from './src/integrations/content-precheck.ts';
import { OTHER_DIRECTIVES, SCRIPT_RESOURCES } from './src/lib/site/csp.ts';

// Deployments set SITE_URL (canonical origin) and, for a sub-path host such as GitHub Pages,
// BASE_PATH. Both have local defaults so `npm start` works out of the box.
const site = SITE_URL;
const base = BASE_PATH;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // The fault-injection tests build broken copies of the content with their own cache.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  markdown: {
    // The content has no code blocks; Shiki's inline styles would need 'unsafe-inline' in style-src.
    syntaxHighlight: false,
    // Astro 7's default processor (Sätteri) runs no rehype plugins; unified does. Ours link each
    // glossary term's first use, make Markdown links follow the base path, and give each
    // <Chart> in MDX the heading level of its place in the outline.
    processor: unified({
      rehypePlugins: [
        [rehypeGlossary, { terms: glossaryTerms(CONTENT_DIR), base }],
        [rehypeLinks, { base }],
        rehypeChartLevels,
      ],
    }),
  },
  // Before the build, check each content file on its own; after it, check links, index the pages
  // for search, then write the security headers.
  integrations: [
    contentPrecheck(),
    mdx(),
    // Embed pages are the chart alone for other sites' frames; each chart's own page is the one to find.
    sitemap({ filter: (page) => !new URL(page).pathname.includes('/embed/') }),
    linkGuard(),
    pagefindIndex(),
    securityHeaders(),
  ],
  // Never inline CSS as <style>: a linked sheet is cached across pages, an inlined one comes with
  // every page (README, "Performance and budgets"), and style-src allows sheets from the site only.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Astro writes each page's Content-Security-Policy <meta>, with the hashes of the scripts and
  // style sheets it bundles; the page adds those of its inline scripts (src/layouts/Document.astro),
  // and the build keeps only the hashes of what each page carries inline (security-headers.ts).
  security: {
    csp: {
      scriptDirective: { resources: [...SCRIPT_RESOURCES] },
      directives: [...OTHER_DIRECTIVES],
    },
  },
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1' },
  vite: {
    build: {
      // Component scripts are files, never inlined into the page: the chart script is then one
      // file every page with a chart shares from the cache, not bytes repeated in each page.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rollupOptions: {
        // @astrojs/mdx emits a harmless "use astro:head-inject" directive warning per MDX file
        // (known upstream); hiding it keeps real warnings visible.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
