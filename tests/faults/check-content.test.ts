/**
 * `npm run check:content` on a copy of content/: a glossary term whose `sources` disagree with
 * the archived texts is named at its file and field, with the source.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { afterAll, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'check-content-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it("names a source that uses a glossary term but is missing from the term's sources, at the list", () => {
  const content = join(work, 'content');
  cpSync('content', content, { recursive: true });
  const file = join(content, 'glossary/tariff.yaml');
  const text = readFileSync(file, 'utf8');
  const [dropped, ...kept] = (parse(text) as { sources: string[] }).sources;
  const sourcesLine = text.split('\n').findIndex((line) => line.startsWith('sources:'));
  writeFileSync(file, text.replace(/^sources: .*$/m, `sources: [${kept.join(', ')}]`));
  const archive = /^archive: "(.+)"$/m.exec(readFileSync(join(content, `sources/${dropped}.mdx`), 'utf8'))?.[1];

  const result = spawnSync('node', ['scripts/check-content.mjs'], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: content } });
  expect(result.status).toBe(1);
  expect(`${result.stdout}${result.stderr}`).toContain(
    `Content check failed (1 problem):\n  ${relative(process.cwd(), file)}:${sourcesLine + 1}:${'sources: '.length + 1} sources: source "${dropped}" uses this term`,
  );
  expect(`${result.stdout}${result.stderr}`).toMatch(new RegExp(`uses this term \\("[^"]+"\\) in its archived text \\(${archive?.replaceAll('.', '\\.')}\\) but is not listed: add it\\.`));
});
