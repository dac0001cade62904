/** Site-wide settings: one place for the name, navigation and deployment-dependent URLs. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteNameIn, type SitePhrase } from '../content/site-words';
import { CONTENT_DIR } from './paths';

/**
 * The site's name, the title of content/pages/site.yaml (read once; the content check, run before
 * any page renders, names a problem in that file at its line).
 */
export const SITE_NAME: string = siteNameIn(readFileSync(join(CONTENT_DIR, 'pages/site.yaml'), 'utf8'), 'content/pages/site.yaml');

/** A primary-navigation entry; `path` is relative to the site's base. */
export interface NavItem {
  /** The phrase of content/pages/site.yaml that is its label. */
  label: SitePhrase;
  path: string;
  /** Shown only without JavaScript, where a header control that needs it does the same job. */
  withoutScript?: boolean;
}

/** Primary navigation, in reading order. Only routes that exist belong here. */
export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'nav_story', path: '/' },
  { label: 'nav_sources', path: '/sources/' },
  { label: 'nav_claims', path: '/claims/' },
  { label: 'nav_data', path: '/data/' },
  { label: 'nav_timeline', path: '/timeline/' },
  { label: 'nav_glossary', path: '/glossary/' },
  { label: 'nav_about', path: '/about/' },
  // The header's search button opens the same search, so the link would only say it twice.
  { label: 'nav_search', path: '/search/', withoutScript: true },
];

/**
 * Joins the configured base path and a site path, so links keep working when the site is
 * deployed under a sub-path (e.g. GitHub Pages' /repo-name/).
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  const trimmedPath = path.startsWith('/') ? path : `/${path}`;
  return `${trimmedBase}${trimmedPath}`;
}

/**
 * The repository's web address, for "Edit this page" links (e.g. https://github.com/org/repo).
 * Set REPOSITORY_URL when deploying; without it the links are hidden.
 */
export const REPOSITORY_URL: string | undefined = process.env['REPOSITORY_URL'] || undefined;

/** Address of a content file in the repository's web editor, or undefined when no repository is set. */
export function editUrl(filePath: string, repository: string | undefined = REPOSITORY_URL): string | undefined {
  if (!repository) return undefined;
  const branch = process.env['REPOSITORY_BRANCH'] || 'main';
  return `${repository.replace(/\/$/, '')}/edit/${branch}/${filePath.replace(/^\.?\//, '')}`;
}

/** Where a reader reports an error: the repository's new-issue form, or undefined when no repository is set. */
export function newIssueUrl(repository: string | undefined = REPOSITORY_URL): string | undefined {
  return repository ? `${repository.replace(/\/$/, '')}/issues/new` : undefined;
}
