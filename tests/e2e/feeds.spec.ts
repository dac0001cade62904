/**
 * The RSS feed and the sitemaps, parsed as XML by the browser's XML parser (not matched as
 * strings), as a feed reader and a search engine read them: well-formed, every address absolute
 * under SITE_URL + BASE_PATH and pointing at a built page, the feed naming its own address, unique
 * GUIDs and RFC 822 dates. Expected counts come from the content.
 */
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE_PATH, SITE_URL } from '../../src/lib/site/deployment';

const siteRoot = new URL(BASE_PATH.replace(/\/?$/, '/'), SITE_URL).href;

interface XmlElement {
  text: string;
  namespace: string | null;
  attributes: Record<string, string>;
}

/**
 * Parses dist/<file> as XML in the browser and returns, for each tag name asked for (qualified,
 * e.g. "atom:link"), its elements in document order. Fails the test if the file is not well-formed.
 */
async function readXml(page: Page, file: string, names: string[]): Promise<Record<string, XmlElement[]>> {
  const text = readFileSync(join('dist', file), 'utf8');
  const parsed = await page.evaluate(
    ({ text, names }) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const error = doc.querySelector('parsererror');
      if (error) return { error: error.textContent ?? 'parse error' };
      const elements = Object.fromEntries(
        names.map((name) => [
          name,
          [...doc.getElementsByTagName(name)].map((element) => ({
            text: element.textContent ?? '',
            namespace: element.namespaceURI,
            attributes: Object.fromEntries([...element.attributes].map((attribute) => [attribute.name, attribute.value])),
          })),
        ]),
      );
      return { elements };
    },
    { text, names },
  );
  if ('error' in parsed) throw new Error(`${file} is not well-formed XML: ${parsed.error}`);
  return parsed.elements;
}

/** The built file an absolute URL under the site serves (directory URLs serve index.html). */
function builtFile(url: string): string {
  const path = decodeURIComponent(url.slice(siteRoot.length).replace(/#.*$/, ''));
  return join('dist', path === '' || path.endsWith('/') ? join(path, 'index.html') : path);
}

/** Whether an address's #fragment, if it has one, names an element of its built page. */
const fragmentExists = (url: string): boolean => {
  const fragment = /#(.+)$/.exec(url)?.[1];
  return fragment === undefined || readFileSync(builtFile(url), 'utf8').includes(`id="${decodeURIComponent(fragment)}"`);
};

const contentCount = (folder: string, extension: string) => readdirSync(join('content', folder)).filter((name) => name.endsWith(extension)).length;
const RFC_822_DATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;
const texts = (elements: XmlElement[] = []) => elements.map((element) => element.text);

test('the RSS feed names its own address, and has one item per source, claim and correction with a unique GUID, an absolute link and an RFC 822 date', async ({ page }) => {
  const feed = await readXml(page, 'rss.xml', ['rss', 'atom:link', 'item', 'link', 'guid', 'pubDate']);
  expect(feed['rss']?.[0]?.attributes['version']).toBe('2.0');
  const self = (feed['atom:link'] ?? []).filter((link) => link.attributes['rel'] === 'self');
  expect(self.map((link) => [link.namespace, link.attributes['href'], link.attributes['type']])).toEqual([
    ['http://www.w3.org/2005/Atom', `${siteRoot}rss.xml`, 'application/rss+xml'],
  ]);

  const items = feed['item'] ?? [];
  expect(items).toHaveLength(contentCount('sources', '.mdx') + contentCount('claims', '.yaml') + contentCount('corrections', '.yaml'));
  // The channel's own <link> comes before the items'; each item has one.
  const [channelLink, ...links] = texts(feed['link']);
  expect(channelLink).toBe(siteRoot);
  expect(links).toHaveLength(items.length);
  const guids = texts(feed['guid']);
  expect(guids).toHaveLength(items.length);
  expect(new Set(guids).size).toBe(items.length);
  for (const link of links) {
    expect(link.startsWith(siteRoot), link).toBe(true);
    expect(existsSync(builtFile(link)), `${link} is a built page`).toBe(true);
    expect(fragmentExists(link), `${link} lands on an element of its page`).toBe(true);
  }
  const dates = texts(feed['pubDate']);
  expect(dates).toHaveLength(items.length);
  for (const date of dates) {
    expect(date).toMatch(RFC_822_DATE);
    expect(new Date(date).toUTCString(), 'the weekday matches the date').toBe(date);
  }
});

test('every sitemap address is absolute under SITE_URL + BASE_PATH and is a built page', async ({ page }) => {
  const index = await readXml(page, 'sitemap-index.xml', ['loc']);
  const sitemaps = texts(index['loc']);
  expect(sitemaps.length).toBeGreaterThan(0);
  const pages: string[] = [];
  for (const sitemap of sitemaps) {
    expect(sitemap.startsWith(siteRoot), sitemap).toBe(true);
    pages.push(...texts((await readXml(page, sitemap.slice(siteRoot.length), ['loc']))['loc']));
  }
  expect(pages).toContain(siteRoot);
  for (const address of pages) {
    expect(address.startsWith(siteRoot), address).toBe(true);
    expect(existsSync(builtFile(address)), `${address} is a built page`).toBe(true);
  }
  // One entry per source: the sitemap follows the content, it is not kept by hand.
  expect(pages.filter((address) => /\/sources\/[^/]+\/$/.test(address.slice(siteRoot.length - 1)))).toHaveLength(contentCount('sources', '.mdx'));
});
