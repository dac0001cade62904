/**
 * The site deployed under a sub-path (as on GitHub Pages): every internal link must carry
 * the base path. The build's link guard resolves every link against the built files under
 * that base, so a link that forgets the base fails this build.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildSite } from './build-site';

const work = mkdtempSync(join(tmpdir(), 'base-path-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('builds under /explainer/ with every internal link resolving there', () => {
  const result = buildSite(work, { BASE_PATH: '/explainer/', SITE_URL: 'https://example.org' });
  expect(result.status, result.output).toBe(0);
  expect(result.output).toMatch(/All internal links and fragments resolve/);
  const home = readFileSync(join(work, 'dist', 'index.html'), 'utf8');
  expect(home).toContain('href="/explainer/sources/"');
  expect(home).toContain('<link rel="canonical" href="https://example.org/explainer/"');
  expect(home).not.toMatch(/href="\/(sources|claims|data|glossary|timeline)\//);
});
