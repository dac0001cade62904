/**
 * Runs on every page and stays tiny: shows the header's search button with its shortcut, opens
 * search on click or Ctrl/⌘K, and highlights terms when a page is opened from a search result.
 * Everything else (the dialog, Pagefind) is imported on first use.
 */
import { HIGHLIGHT_PARAM, isSearchShortcut, shortcutLabel } from '../lib/search-keys';

const isApple = /Mac|iPhone|iPad|iPod/.test(navigator.platform || navigator.userAgent);

function openSearch(): void {
  // On the /search/ page the page's own box is the search.
  const pageInput = document.querySelector<HTMLInputElement>('[data-search-page] [data-search-input]');
  if (pageInput) {
    pageInput.focus();
    pageInput.select();
    return;
  }
  void import('./search-dialog').then(({ openSearchDialog }) => openSearchDialog());
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-search-open]')) {
  const label = button.querySelector('[data-search-shortcut]');
  if (label) label.textContent = shortcutLabel(isApple);
  button.setAttribute('aria-keyshortcuts', isApple ? 'Meta+K' : 'Control+K');
  button.hidden = false;
  button.addEventListener('click', openSearch);
}

document.addEventListener('keydown', (event) => {
  if (!isSearchShortcut(event, isApple)) return;
  event.preventDefault();
  openSearch();
});

if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
  void import('./search-highlight').then(({ highlightSearchTerms }) => highlightSearchTerms()).catch(() => undefined);
}
