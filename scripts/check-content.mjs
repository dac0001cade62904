#!/usr/bin/env node
// `npm run check:content`: checks every content file without building the site, with the
// TypeScript checker the build shares (src/lib/content/check-folder.ts).
import { importTypeScript } from './import-ts.mjs';

const { runContentCheck } = await importTypeScript('src/lib/content/check-folder.ts');
process.exitCode = await runContentCheck();
