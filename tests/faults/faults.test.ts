/**
 * What only a real build shows: each case breaks one thing in a copy of content/, runs `astro
 * build` on it, and expects the build to fail with a message naming the file and the problem, with
 * no stack trace into node_modules. Every other fault kind is checked without a build, on an
 * in-memory copy (content-faults.test.ts); one case here proves the build prints exactly what that
 * check prints.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { contentFailure } from '../../src/lib/content/content-checks';
import { readArchives } from '../../src/lib/content/archives';
import { checkContentFolder } from '../../src/lib/content/check-folder';
import { SOURCES_ARCHIVE_DIR } from '../../src/lib/site/paths';
import { buildSite } from './build-site';

const work = mkdtempSync(join(tmpdir(), 'faults-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Copies content/ for one case and applies the fault; returns the copy's folder. */
function brokenCopy(name: string, breakIt: (content: string) => void): string {
  const content = join(work, name, 'content');
  cpSync('content', content, { recursive: true });
  breakIt(content);
  return content;
}

/** Builds the copy; the build must fail, saying where, without a stack trace into Astro's code. */
function failedBuild(name: string, content: string): string {
  const { status, output } = buildSite(join(work, name), { CONTENT_DIR: content });
  expect(status, `the build should fail for ${name}`).not.toBe(0);
  expect(output).not.toMatch(/Stack trace|node_modules\//);
  return output;
}

it('a content problem: the build prints exactly what the content check prints, with the hint to check:content', () => {
  const content = brokenCopy('parity', (c) => {
    const file = join(c, 'claims/tariffs-145-then-about-40.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/source: mdt-agencies/, 'source: mdt-agenices'));
  });
  const { model, problems } = checkContentFolder(content, readArchives(SOURCES_ARCHIVE_DIR));
  expect(model).toBeUndefined();
  const expected = contentFailure(problems);
  expect(expected).toMatch(new RegExp(`^Content check failed \\(1 problem\\):\\n  ${relative(process.cwd(), content)}/claims/tariffs-145-then-about-40\\.yaml:\\d+:\\d+ reports\\[\\d\\]\\.source: unknown source "mdt-agenices"\\. Known sources: `));
  const output = failedBuild('parity', content);
  expect(output).toContain(`${expected}\n`);
  expect(output).toContain('npm run check:content');
});

it('a broken link in a rendered page, named with the page and the content file', () => {
  const content = brokenCopy('broken-link', (c) => appendFileSync(join(c, 'pages/about.mdx'), '\nSee [the archive](/no-such-page/).\n'));
  const output = failedBuild('broken-link', content);
  expect(output).toMatch(/Broken internal links/);
  expect(output).toMatch(/\/no-such-page\//);
  expect(output).toMatch(/content\/pages\/about\.mdx/);
});

it('two files with the same id stop the build before Astro keeps one of them', () => {
  const content = brokenCopy('duplicate-id', (c) => cpSync(join(c, 'pages/search.yaml'), join(c, 'pages/about.yaml')));
  const output = failedBuild('duplicate-id', content);
  const relativeContent = relative(process.cwd(), content);
  expect(output).toContain(`  ${relativeContent}/pages/about.yaml:1:1 (file name): the id "about" is already used by ${relativeContent}/pages/about.mdx; rename one of them\n`);
});
