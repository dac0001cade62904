/**
 * Internal link checking over the built pages: every link to this site must reach a page
 * or file that exists, and every #fragment an element with that id. Pure: it works on the
 * HTML text of the pages, so it is unit-tested without a build.
 */

export interface BuiltPage {
  /** URL path of the page, e.g. "/sources/fdd/" (with the base path). */
  path: string;
  html: string;
}

export interface BrokenLink {
  page: string;
  href: string;
  text: string;
  problem: string;
}

const decode = (text: string) => text.replace(/&amp;/g, '&').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"');

/** Every id in a page. */
function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => decode(match[1] ?? '')));
}

/** Every <a href> with its text (tags stripped), skipping external and special schemes. */
function linksOf(html: string): { href: string; text: string }[] {
  return [...html.matchAll(/<a\s[^>]*?href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)]
    .map((match) => ({ href: decode(match[1] ?? ''), text: (match[2] ?? '').replace(/<[^>]+>/g, '').trim() }))
    .filter((link) => !/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(link.href));
}

/**
 * Checks every internal link. `files` lists the site's other files (e.g. "/data/x.csv",
 * "/sitemap-index.xml") so links to them count as reachable.
 */
export function findBrokenLinks(pages: readonly BuiltPage[], files: ReadonlySet<string>): BrokenLink[] {
  const byPath = new Map(pages.map((page) => [page.path, idsOf(page.html)]));
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const { href, text } of linksOf(page.html)) {
      const url = new URL(href, `http://site${page.path}`);
      const path = decodeURIComponent(url.pathname);
      const fragment = decodeURIComponent(url.hash.slice(1));
      const ids = byPath.get(path) ?? byPath.get(`${path}/`);
      if (!ids && !files.has(path)) {
        broken.push({ page: page.path, href, text, problem: `no page or file at ${path}` });
      } else if (fragment && ids && !ids.has(fragment)) {
        broken.push({ page: page.path, href, text, problem: `${path} has no element with id "${fragment}"` });
      }
    }
  }
  return broken;
}
