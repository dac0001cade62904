/**
 * The search bundle the page's boot script (src/lib/site/boot.ts) imports on first use: the dialog
 * and the result-page highlighting. Built as one self-contained file by Vite (imported in the
 * layout with ?worker&url), so no search code is loaded before a reader asks for it.
 */
import { openSearchDialog } from './search-dialog';
import { highlightSearchTerms } from './search-highlight';

(window as unknown as { siteSearch: unknown }).siteSearch = { open: openSearchDialog, highlight: highlightSearchTerms };
