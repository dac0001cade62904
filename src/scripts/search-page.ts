/**
 * The /search/ page: swaps the "search needs JavaScript" message for the search form (hidden
 * until now) and runs it.
 */
import { SearchController } from './search-controller';

for (const message of document.querySelectorAll<HTMLElement>('[data-search-nojs]')) message.hidden = true;
const panel = document.querySelector<HTMLElement>('[data-search-page] [data-search-panel]');
if (panel) {
  panel.hidden = false;
  const controller = new SearchController(panel, { syncUrl: true, headingLevel: 2 });
  void controller.start();
  if (!controller.input.value) controller.input.focus();
}
