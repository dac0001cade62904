#!/usr/bin/env node
// `npm run new -- <kind> <slug> [--archive <file>]`: writes a new source, claim, term, event or
// chart with every field, a comment per field and placeholders that `npm run check:content`
// and the build reject by name until they are filled in.
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { importTypeScript } from './import-ts.mjs';

const { createEntry, ScaffoldError, USAGE } = await importTypeScript('src/lib/content/scaffold.ts');
const { values, positionals } = parseArgs({ options: { archive: { type: 'string' } }, allowPositionals: true });
const [kind, slug] = positionals;
if (!kind || !slug || positionals.length > 2) {
  console.error(USAGE);
  process.exit(1);
}

let archive = values.archive;
if (kind === 'source' && !archive && process.stdin.isTTY) {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  archive = (await prompt.question('File name of the archived text (in the archive folder): ')).trim();
  prompt.close();
}

try {
  const file = createEntry(kind, slug, archive);
  console.log(`Wrote ${file}. Fill in every TODO (each comment says what goes there), then run npm run check:content.`);
} catch (error) {
  if (!(error instanceof ScaffoldError)) throw error;
  console.error(error.message);
  process.exit(1);
}
