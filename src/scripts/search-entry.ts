/**
 * The search bundle the page's boot script (src/lib/site/boot.ts) imports on first use: the dialog
 * and the result-page highlighting, with their styles. Built as one self-contained file by Vite
 * (imported in the layout with ?worker&url), so no search code or style is loaded before a reader
 * asks for it.
 */
import panelStyles from '../styles/search-panel.css?inline';
import { openSearchDialog } from './search-dialog';
import { highlightSearchTerms } from './search-highlight';

// A constructed style sheet, not an injected <style>, which the Content-Security-Policy would block.
const sheet = new CSSStyleSheet();
sheet.replaceSync(panelStyles);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

(window as unknown as { siteSearch: unknown }).siteSearch = { open: openSearchDialog, highlight: highlightSearchTerms };
