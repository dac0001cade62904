/**
 * Search puts the right page first. The names a reader would type to find a source (each author,
 * each author's surname, the publisher, the short name) open the results with that source's page,
 * and a glossary term's name lists the glossary among the first three results. The queries come
 * from the content (content/sources/*.mdx frontmatter, content/glossary/*.yaml), so a new source
 * or term is tested as soon as it is added.
 */
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { pagePhrase } from './helpers';

const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');

interface SourceNames {
  slug: string;
  names: string[];
}

const sources: SourceNames[] = readdirSync('content/sources')
  .filter((name) => name.endsWith('.mdx'))
  .map((file) => {
    const frontmatter = readFileSync(`content/sources/${file}`, 'utf8').split(/^---$/m)[1] ?? '';
    const data = parse(frontmatter) as { short_name: string; publisher: string | null; authors: string[] };
    const surnames = data.authors.map((author) => author.split(' ').at(-1) ?? author);
    const names = [...data.authors, ...surnames, data.short_name, ...(data.publisher ? [data.publisher] : [])];
    return { slug: file.replace(/\.mdx$/, ''), names: [...new Set(names)] };
  });

const glossaryTerms: string[] = readdirSync('content/glossary')
  .filter((name) => name.endsWith('.yaml'))
  .map((file) => (parse(readFileSync(`content/glossary/${file}`, 'utf8')) as { term: string }).term);

/** Runs `query` in the search page's box and returns the first `count` result paths. */
async function topResults(page: Page, query: string, count: number): Promise<string[]> {
  const box = page.getByLabel(pagePhrase('site', 'search_label'));
  await box.fill(query);
  const results = page.locator('main [data-search-results]');
  await expect(results).toHaveAttribute('data-query', query);
  const hrefs = await results.locator('.search-result__link').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  return hrefs.slice(0, count).map((href) => new URL(href).pathname.slice(base.length - 1));
}

test('the sources and glossary terms to rank are read from the content', () => {
  expect(sources.length).toBeGreaterThan(0);
  expect(sources.every((source) => source.names.length > 0)).toBe(true);
  expect(glossaryTerms.length).toBeGreaterThan(0);
});

for (const { slug, names } of sources) {
  test(`/sources/${slug}/ is the first result for its authors, publisher and short name`, async ({ page }) => {
    await page.goto('search/');
    const misses: string[] = [];
    for (const name of names) {
      const [first] = await topResults(page, name, 1);
      if (first !== `/sources/${slug}/`) misses.push(`“${name}” → ${first ?? 'no result'}`);
    }
    expect(misses).toEqual([]);
  });
}

test('a glossary term’s name lists the glossary among the first three results', async ({ page }) => {
  await page.goto('search/');
  const misses: string[] = [];
  for (const term of glossaryTerms) {
    const top = await topResults(page, term, 3);
    if (!top.includes('/glossary/')) misses.push(`“${term}” → ${top.join(', ') || 'no result'}`);
  }
  expect(misses).toEqual([]);
});
