// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefindIndex from './src/integrations/pagefind.ts';

// Deployments set SITE_URL (canonical origin) and, for a sub-path host such as GitHub Pages,
// BASE_PATH. Both have local defaults so `npm start` works out of the box.
const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // pagefindIndex runs last: it indexes the finished HTML in outDir (astro:build:done).
  integrations: [mdx(), sitemap(), pagefindIndex()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1' },
  vite: {
    build: {
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
