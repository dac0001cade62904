/**
 * The /search/ page: runs the search form. Which of the form and the "search needs JavaScript"
 * message shows is settled by CSS before first paint (html.js, set by the boot script), so
 * nothing moves when this script arrives.
 */
import { SearchController } from './search-controller';

const panel = document.querySelector<HTMLElement>('[data-search-page] [data-search-panel]');
if (panel) {
  const controller = new SearchController(panel, { syncUrl: true, headingLevel: 2 });
  void controller.start();
  if (!controller.input.value) controller.input.focus();
}
