/** robots.txt: everything may be crawled; points to the sitemap at the configured origin and base. */
import type { APIRoute } from 'astro';
import { withBase } from '../lib/site/site';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(withBase('/sitemap-index.xml'), site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
