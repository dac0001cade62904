#!/usr/bin/env node
// The tests take every count and date from the content. This proves it: it adds one more source
// (with its archived text and a claim, dated after every real one) to a copy of content/, builds
// that site, and runs the end-to-end tests that count sources and claims or show the latest date
// against it. Run by `npm test`; alone: node scripts/test-extra-source.mjs
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSyntheticSite } from './synthetic-content.mjs';

/** The end-to-end specs whose expectations depend on how many sources and claims there are. */
export const COUNT_SPECS = ['tests/e2e/sources.spec.ts', 'tests/e2e/claims.spec.ts', 'tests/e2e/story.spec.ts', 'tests/e2e/page-words.spec.ts'];
/** Later than every real source, so the story's "as of" line must move to it. */
const LATEST_DATE = '2025-06-03';

const work = mkdtempSync(join(tmpdir(), 'extra-source-'));
try {
  const { content, archives } = writeSyntheticSite(work, 1);
  const source = join(content, 'sources', 'synthetic-source-00001.mdx');
  writeFileSync(source, readFileSync(source, 'utf8').replace(/^ {2}date: "[^"]+"$/m, `  date: "${LATEST_DATE}"`));
  const env = { ...process.env, CONTENT_DIR: content, SOURCES_ARCHIVE_DIR: archives, ASTRO_CACHE_DIR: join(work, 'cache') };
  const dist = join(work, 'dist');
  const build = spawnSync('npx', ['astro', 'build', '--outDir', dist], { stdio: 'inherit', env });
  if (build.status !== 0) process.exit(1);
  const e2e = spawnSync('npx', ['playwright', 'test', ...COUNT_SPECS], {
    stdio: 'inherit',
    env: { ...env, DIST_DIR: dist, E2E_REPORT: 'test-results/e2e-extra-source.json' },
  });
  process.exitCode = e2e.status ?? 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
