import { describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../../src/lib/site/link-check';

const pages = [
  { path: '/', html: '<a href="/sources/">ok</a> <a href="/claims/x/#data-check">frag</a> <a href="https://example.org/">ext</a> <a href="/data/a.csv">csv</a>' },
  { path: '/sources/', html: '<h1 id="top">S</h1><a href="../">up</a> <a href="#top">top</a>' },
  { path: '/claims/x/', html: '<section id="data-check"></section><a href="/claims/y/">gone</a> <a href="/sources/#missing">bad <b>fragment</b></a>' },
];

describe('findBrokenLinks', () => {
  it('reports missing pages and missing fragments, naming the page, link and text', () => {
    expect(findBrokenLinks(pages, new Set(['/data/a.csv']))).toEqual([
      { page: '/claims/x/', href: '/claims/y/', text: 'gone', problem: 'no page or file at /claims/y/' },
      { page: '/claims/x/', href: '/sources/#missing', text: 'bad fragment', problem: '/sources/ has no element with id "missing"' },
    ]);
  });
  it('treats a listed file as reachable and ignores external links', () => {
    expect(findBrokenLinks(pages.slice(0, 2).concat({ path: '/claims/x/', html: '<i id="data-check"></i>' }), new Set(['/data/a.csv']))).toEqual([]);
  });
});
