/** Shared helpers for the end-to-end tests. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** The line and scatter charts (two drawings each), and the maps (one), by id. */
export const LINE_AND_SCATTER_IDS = [
  'china-demand-mix',
  'household-consumption-peers',
  'investment-peers',
  'consumption-vs-investment-scatter',
  'manufacturing-and-exports',
];
export const MAP_IDS = ['household-consumption-map', 'investment-map'];

/** WCAG 2.2 AA, as axe tags it. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every page path in the built sitemap, relative to the site's base (e.g. "sources/fdd/"). */
export function sitemapPaths(): string[] {
  const index = readFileSync('dist/sitemap-0.xml', 'utf8');
  const paths = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
  const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');
  return paths.map((path) => path.slice(base.length));
}

/** Runs axe on the page and returns a readable list of violations (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}
