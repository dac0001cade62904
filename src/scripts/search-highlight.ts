/**
 * Highlights the search terms on a page opened from a search result (?highlight=term), using
 * Pagefind's highlight script. Loaded only when the address carries the parameter.
 */
import { HIGHLIGHT_PARAM } from '../lib/search/search-keys';
import { bundleUrl } from './pagefind-loader';

type HighlightConstructor = new (options: Record<string, unknown>) => unknown;

export async function highlightSearchTerms(): Promise<void> {
  if (import.meta.env.DEV) return; // The bundle exists only in a build.
  const module = (await import(/* @vite-ignore */ bundleUrl('pagefind-highlight.js'))) as { default?: HighlightConstructor };
  const PagefindHighlight = module.default;
  if (!PagefindHighlight) return;
  new PagefindHighlight({
    highlightParam: HIGHLIGHT_PARAM,
    // Styled in search.css: no <style> element injected, which a strict CSP would block.
    addStyles: false,
    markOptions: { className: 'pagefind-highlight', exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] },
  });
  document.querySelector('mark.pagefind-highlight')?.scrollIntoView({ block: 'center' });
}
