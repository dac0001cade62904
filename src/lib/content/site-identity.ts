/**
 * Who publishes the site and how to reach them, from content/site.yaml (set by the maintainers;
 * see siteIdentitySchema). Parsing and the structured data are pure; siteIdentity() reads the
 * file once per build and warns while a field is unset.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { CONTENT_DIR } from '../site/paths';
import { siteIdentitySchema } from './schemas';

export type SiteIdentity = z.infer<typeof siteIdentitySchema>;

const FILE = 'content/site.yaml';

/** The identity in a site.yaml text; a problem throws naming the file and the field. */
export function parseSiteIdentity(text: string): SiteIdentity {
  const result = siteIdentitySchema.safeParse(parse(text) ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${FILE} → ${issue.path.join('.') || '(file)'}: ${issue.message}`);
  throw new Error(problems.join('\n'));
}

/** The fields the maintainers have not set yet. */
export function unsetIdentityFields(identity: SiteIdentity): (keyof SiteIdentity)[] {
  return (Object.keys(identity) as (keyof SiteIdentity)[]).filter((field) => identity[field] === null);
}

/** schema.org data for the site (on its home page): its name, tagline, address and, once set, its publisher. */
export function websiteJsonLd(identity: SiteIdentity, site: { name: string; description: string }, url: string): Record<string, unknown> {
  const publisher = identity.publisher === null
    ? undefined
    : { '@type': 'Organization', name: identity.publisher, ...(identity.publisher_url ? { url: identity.publisher_url } : {}) };
  return { '@context': 'https://schema.org', '@type': 'WebSite', name: site.name, description: site.description, url, ...(publisher ? { publisher } : {}) };
}

let cached: SiteIdentity | undefined;

/** The site's identity, read once; warns during the build while any field is unset. */
export function siteIdentity(): SiteIdentity {
  if (cached) return cached;
  cached = parseSiteIdentity(readFileSync(join(CONTENT_DIR, 'site.yaml'), 'utf8'));
  const unset = unsetIdentityFields(cached);
  if (unset.length > 0) {
    console.warn(`[content] ⚠ ${FILE}: ${unset.join(', ')} not set; About and the footer say "not yet stated". The maintainers set them (see "Site identity" in the README).`);
  }
  return cached;
}
