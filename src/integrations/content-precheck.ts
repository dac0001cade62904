/**
 * Before a build, the whole content check (src/lib/content/check-site.ts, as `npm run
 * check:content` runs it): every file on its own, the World Bank data, the chart specs, the
 * references between files, the story components and the quotes against the archive. A problem
 * fails the build here, before anything renders, at its line, in plain words, with no stack trace:
 * otherwise Astro's content layer would report a schema problem as `file:0:0` with a stack trace
 * into node_modules, and MDX's compiler an unclosed tag where its parsing failed. The pages then
 * render the model this check made (src/lib/content/content.ts). A CI build without the archive of source
 * texts stops here too. Not in `astro dev`, where a broken file must not stop the server: there
 * src/lib/content/content.ts runs the check and Astro's error overlay shows the problem.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { logQuoteChecks, readArchives } from '../lib/content/archives';
import { checkContentFolder } from '../lib/content/check-folder';
import { shareCheckedModel } from '../lib/content/checked-model';
import { contentError, messageOnlyError } from '../lib/content/content-error';
import { archiveRequirement, CONTENT_DIR, SOURCES_ARCHIVE_DIR } from '../lib/site/paths';

export default function contentPrecheck(): AstroIntegration {
  return {
    name: 'content-precheck',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        const archive = archiveRequirement(process.env, existsSync(SOURCES_ARCHIVE_DIR), SOURCES_ARCHIVE_DIR);
        if (archive.fail) throw messageOnlyError(archive.fail, 'See "The archive of source texts, in CI and on deploy" in the README.');
        const archives = readArchives(SOURCES_ARCHIVE_DIR);
        const { model, problems } = checkContentFolder(CONTENT_DIR, archives);
        if (!model) throw contentError(problems);
        logQuoteChecks(model.report, archives, SOURCES_ARCHIVE_DIR);
        shareCheckedModel(model);
      },
    },
  };
}
