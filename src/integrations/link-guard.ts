/**
 * After the build: fails it on any broken internal link or missing #fragment, naming the
 * page, the link and, for links written in content, the content file that holds them.
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrokenLinks, type BuiltPage } from '../lib/site/link-check';
import { CONTENT_DIR } from '../lib/site/paths';
import { builtFiles } from './dist-files';
import { messageOnlyError } from '../lib/content/content-error';

/** Content files whose text contains the link, so the error points an editor at the source. */
async function contentFilesWith(href: string, base: string): Promise<string[]> {
  const withoutBase = base !== '/' && href.startsWith(base) ? href.slice(base.length - 1) : href;
  const entries = await readdir(CONTENT_DIR, { withFileTypes: true, recursive: true });
  const found: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || !/\.(mdx?|ya?ml)$/.test(entry.name)) continue;
    const file = join(entry.parentPath, entry.name);
    if ((await readFile(file, 'utf8')).includes(`(${withoutBase})`)) found.push(file);
  }
  return found;
}

export default function linkGuard(): AstroIntegration {
  let base = '/';
  return {
    name: 'link-guard',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = await builtFiles(out);
        const prefix = base.slice(0, -1);
        const pages: BuiltPage[] = [];
        const others = new Set<string>();
        for (const { file, sitePath } of files) {
          if (sitePath.endsWith('.html')) {
            pages.push({ path: `${prefix}${sitePath.replace(/index\.html$/, '')}`, html: await readFile(file, 'utf8') });
          } else {
            others.add(`${prefix}${sitePath}`);
          }
        }
        const broken = findBrokenLinks(pages, others);
        if (broken.length > 0) {
          const lines = await Promise.all(
            broken.map(async (link) => {
              const sources = await contentFilesWith(link.href, base);
              const where = sources.length > 0 ? ` (written in ${sources.join(', ')})` : '';
              return `  page ${link.page} → link "${link.text}" to ${link.href}: ${link.problem}${where}`;
            }),
          );
          throw messageOnlyError(`Broken internal links (${broken.length}):\n${lines.join('\n')}`, 'Fix each link in the file named, or add the page or #fragment it points to.');
        }
        logger.info(`All internal links and fragments resolve (${pages.length} pages checked)`);
      },
    },
  };
}
