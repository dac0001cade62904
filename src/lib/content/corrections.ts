/** Public corrections: where each one shows, and which corrections a page carries. Pure. */
import type { CorrectionData } from './content-checks';

interface CorrectionLike {
  id: string;
  data: CorrectionData;
}

/** Page entries whose route is not "/<id>/". */
const PAGE_PATHS: Readonly<Record<string, string>> = { home: '/', feed: '/rss.xml', 404: '/404.html' };

/** The site path of a corrected entry ("claims/x" → "/claims/x/", "pages/home" → "/"). */
export function correctedPagePath(entry: string): string {
  const [collection, id = ''] = entry.split('/');
  switch (collection) {
    case 'pages':
      return PAGE_PATHS[id] ?? `/${id}/`;
    case 'glossary':
      return '/glossary/';
    case 'timeline':
      return '/timeline/';
    default:
      return `/${collection}/${id}/`;
  }
}

/** The corrections that changed the page at `path` (relative to the site's base), newest first. */
export function correctionsForPage<C extends CorrectionLike>(corrections: readonly C[], path: string): C[] {
  return corrections.filter((correction) => correction.data.corrected.some((place) => correctedPagePath(place.entry) === path));
}

/** The anchor of a correction's entry on /corrections/. */
export const correctionAnchor = (id: string): string => `correction-${id}`;
