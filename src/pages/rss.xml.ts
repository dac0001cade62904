/**
 * RSS feed of the sources, claims and corrections, newest first. It names its own address (atom:link
 * rel="self"), as feed validators ask, so a reader that was given a copy can find the original.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feedEntries } from '../lib/site/feed-entries';
import { startOfPeriod } from '../lib/site/feed';
import { getPageWords } from '../lib/content/page-entries';
import { SITE_NAME, withBase } from '../lib/site/site';

export const GET: APIRoute = async ({ site }) =>
  rss({
    title: SITE_NAME,
    // The site's tagline, from content/pages/feed.yaml.
    description: (await getPageWords('feed')).description,
    site: new URL(withBase('/'), site).href,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<atom:link href="${new URL(withBase('/rss.xml'), site).href}" rel="self" type="application/rss+xml"/>`,
    items: (await feedEntries()).map((entry) => ({
      title: entry.title,
      // Absolute, so @astrojs/rss keeps it as written: it would add a slash after a #fragment.
      link: new URL(withBase(entry.path), site).href,
      description: entry.description,
      pubDate: startOfPeriod(entry.date),
    })),
  });
