/** RSS feed of the sources and claims, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feedEntries } from '../lib/feed-entries';
import { startOfPeriod } from '../lib/feed';
import { SITE_NAME, SITE_TAGLINE, withBase } from '../lib/site';

export const GET: APIRoute = async ({ site }) =>
  rss({
    title: SITE_NAME,
    description: SITE_TAGLINE,
    site: new URL(withBase('/'), site).href,
    items: (await feedEntries()).map((entry) => ({
      title: entry.title,
      link: withBase(entry.path),
      description: entry.description,
      pubDate: startOfPeriod(entry.date),
    })),
  });
