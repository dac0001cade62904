#!/usr/bin/env node
// `npm run field-guide`: writes docs/field-guide.md (every collection, every field) from the
// schemas; tests/unit/field-guide.test.ts fails while the committed guide is out of date.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { importTypeScript } from './import-ts.mjs';

const { CONTENT_DIR } = await importTypeScript('src/lib/site/paths.ts');
const { FIELD_GUIDE_PATH, fieldGuideFor } = await importTypeScript('src/lib/content/field-guide-content.ts');
mkdirSync(dirname(FIELD_GUIDE_PATH), { recursive: true });
writeFileSync(FIELD_GUIDE_PATH, fieldGuideFor(CONTENT_DIR));
console.log(`Wrote ${FIELD_GUIDE_PATH}`);
