import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SITE_PHRASES, siteNameIn, siteWordsProblems } from '../../src/lib/content/site-words';
import { SITE_NAME } from '../../src/lib/site/site';
import { contentPageWords } from './fixtures';

describe('the words every page shares (content/pages/site.yaml)', () => {
  it('has every phrase the components ask for and no other; the site name is its title', () => {
    const text = readFileSync('content/pages/site.yaml', 'utf8');
    expect(siteWordsProblems('content/pages/site.yaml', text, parse(text) as { title: string; phrases: Record<string, string> })).toEqual([]);
    expect(SITE_NAME).toBe(contentPageWords('site').title);
  });

  it('names each missing phrase at the file\'s first line when there is no "phrases:" at all', () => {
    const problems = siteWordsProblems('content/pages/site.yaml', 'title: "A site"\ndescription: "About it."\n', { title: 'A site' });
    expect(problems).toHaveLength(SITE_PHRASES.length);
    expect(problems[0]).toMatchObject({ field: 'phrases', position: { line: 1, column: 1 } });
  });

  it('refuses a site name that is missing, naming the file', () => {
    expect(() => siteNameIn('description: "x"\n', 'content/pages/site.yaml')).toThrow('content/pages/site.yaml title: the site\'s name is required');
    expect(siteNameIn('title: "A site"\n', 'f')).toBe('A site');
  });
});
