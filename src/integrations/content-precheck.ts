/**
 * Before a build, every content file is checked on its own (schema, YAML and MDX syntax, file
 * names, placeholders) as `npm run check:content` checks it, so a problem in one file fails the
 * build at its line, in plain words, with no stack trace: otherwise Astro's content layer would
 * report a schema problem as `file:0:0` with a stack trace into node_modules, and MDX's compiler
 * an unclosed tag where its parsing failed. The checks between files run when the pages are
 * rendered (src/lib/content.ts). Not in `astro dev`, where a broken file must not stop the server:
 * there Astro's error overlay shows the problem.
 */
import type { AstroIntegration } from 'astro';
import { relative } from 'node:path';
import { readContentFiles } from '../lib/content/check-folder';
import { contentError } from '../lib/content/content-error';
import { loadContentFiles } from '../lib/content/load-files';
import { CONTENT_DIR } from '../lib/paths';

export default function contentPrecheck(): AstroIntegration {
  return {
    name: 'content-precheck',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        const { problems } = loadContentFiles(readContentFiles(CONTENT_DIR), relative(process.cwd(), CONTENT_DIR) || '.');
        if (problems.length > 0) throw contentError(problems);
      },
    },
  };
}
