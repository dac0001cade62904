/**
 * Before a build, every content file (the collections and content/site.yaml) is checked on its
 * own (schema, YAML and MDX syntax, file names, placeholders), then the World Bank data files and
 * the chart specs against them, as `npm run check:content` checks them, so a problem in one file fails the
 * build at its line, in plain words, with no stack trace: otherwise Astro's content layer would
 * report a schema problem as `file:0:0` with a stack trace into node_modules, and MDX's compiler
 * an unclosed tag where its parsing failed. The checks between files run when the pages are
 * rendered (src/lib/content.ts). A CI build without the archive of source texts stops here too.
 * Not in `astro dev`, where a broken file must not stop the server:
 * there Astro's error overlay shows the problem.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { chartAndDataProblems, loadSingleFiles, readContentFiles } from '../lib/content/check-folder';
import { contentError, messageOnlyError } from '../lib/content/content-error';
import { archiveRequirement, CONTENT_DIR, SOURCES_ARCHIVE_DIR } from '../lib/paths';

export default function contentPrecheck(): AstroIntegration {
  return {
    name: 'content-precheck',
    hooks: {
      'astro:config:setup': async ({ command }) => {
        if (command !== 'build') return;
        const archive = archiveRequirement(process.env, existsSync(SOURCES_ARCHIVE_DIR), SOURCES_ARCHIVE_DIR);
        if (archive.fail) throw messageOnlyError(archive.fail, 'See "The archive of source texts, in CI and on deploy" in the README.');
        const { content, problems } = loadSingleFiles(readContentFiles(CONTENT_DIR), CONTENT_DIR);
        if (problems.length === 0) problems.push(...(await chartAndDataProblems(content.charts)).problems);
        if (problems.length > 0) throw contentError(problems);
      },
    },
  };
}
