/**
 * A site with many sources (the real ones plus synthetic ones): more than fit side by side.
 * The claims page must then list each claim's sources instead of giving every source a column,
 * claim pages count the sources that are silent instead of naming each, and source pages link to
 * the index instead of listing every other source, so pages grow with the content rather than
 * with sources × claims.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, expect, it } from 'vitest';
import { SIDE_BY_SIDE_SOURCES } from '../../src/lib/content/claims';
import { gzipSize, readBudgets } from '../../scripts/measure.mjs';
import { writeSyntheticSite } from '../../scripts/synthetic-content.mjs';
import { buildSite } from './build-site';

const work = mkdtempSync(join(tmpdir(), 'many-sources-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A page entry's field or phrase as the built site prints it, its {placeholders} filled from `values`. */
function pageText(content: string, page: string, field: (entry: { title: string; phrases: Record<string, string> }) => string | undefined, values: Record<string, number>) {
  const text = field(parse(readFileSync(join(content, 'pages', `${page}.yaml`), 'utf8')) as { title: string; phrases: Record<string, string> });
  if (text === undefined) throw new Error(`content/pages/${page}.yaml lacks the words this test reads`);
  return text.replace(/\{([a-z_]+)\}/g, (token, key: string) => String(values[key] ?? token));
}

it('with more sources than fit side by side, claims list their sources and pages stay small', () => {
  const synthetic = 3 * SIDE_BY_SIDE_SOURCES;
  const { content, archives } = writeSyntheticSite(work, synthetic);
  const result = buildSite(work, { CONTENT_DIR: content, SOURCES_ARCHIVE_DIR: archives });
  expect(result.status, result.output).toBe(0);
  const sourceCount = readdirSync(join(content, 'sources')).filter((name) => name.endsWith('.mdx')).length;
  expect(sourceCount).toBeGreaterThan(synthetic);

  const claims = readFileSync(join(work, 'dist', 'claims', 'index.html'), 'utf8');
  // One "Reported by" column, not one column per source.
  expect(claims).not.toContain('class="matrix__source"');
  const reportedBy = pageText(content, 'claims', (entry) => entry.phrases['column_reported_by'], {});
  expect(claims.match(new RegExp(`<th scope="col">${reportedBy}</th>`, 'g'))?.length).toBeGreaterThan(0);
  // A synthetic claim names its one source, linked to that source's wording.
  expect(claims).toMatch(/<a href="\/claims\/synthetic-claim-00001\/#source-synthetic-source-00001">Synthetic source 00001<\/a>/);
  expect(claims).toContain(`1 of ${sourceCount}`);

  const claim = readFileSync(join(work, 'dist', 'claims', 'synthetic-claim-00001', 'index.html'), 'utf8');
  expect(claim).toContain(pageText(content, 'claims', (entry) => entry.phrases['not_reported_count'], { count: sourceCount - 1 }));
  expect(claim).not.toContain('href="/sources/synthetic-source-00002/"');

  const source = readFileSync(join(work, 'dist', 'sources', 'synthetic-source-00001', 'index.html'), 'utf8');
  expect(source).toContain(`${pageText(content, 'sources', (entry) => entry.title, { sources: sourceCount })}</a>`);
  expect(source).not.toContain('href="/sources/synthetic-source-00002/"');

  const { htmlGzipPerPage } = readBudgets();
  expect(gzipSize(claims)).toBeLessThan(htmlGzipPerPage);
});
