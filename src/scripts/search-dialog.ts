/**
 * The header's search dialog. Loaded through search-entry.ts on first use only, so pages carry no
 * search code until a reader asks for it; the dialog's markup is not in the pages either, but
 * fetched from /search-dialog.json (src/pages/search-dialog.json.ts) as soon as this code loads.
 * `showModal()` makes the page behind inert, keeps focus inside the dialog and closes on Esc;
 * focus then returns to whatever opened it.
 */
import { emptyFilters, searchStateToQuery } from '../lib/search/search-query';
import { typedText } from '../lib/search/search-keys';
import { SearchController } from './search-controller';

const siteBase = import.meta.env.BASE_URL.replace(/\/?$/, '/');

let returnFocusTo: HTMLElement | null = null;
let started = false;

/** Fetches the dialog's markup, puts it in the page (closed) and wires it: once, on demand. */
async function fetchDialog(): Promise<{ dialog: HTMLDialogElement; controller: SearchController }> {
  const response = await fetch(`${siteBase}search-dialog.json`);
  if (!response.ok) throw new Error(`The search dialog could not be fetched (HTTP ${response.status})`);
  const markup = document.createElement('template');
  markup.innerHTML = (await response.json()) as string;
  const dialog = markup.content.querySelector('dialog');
  const panel = dialog?.querySelector<HTMLElement>('[data-search-panel]');
  if (!dialog || !panel) throw new Error('The fetched search dialog has no panel');
  const allResults = dialog.querySelector<HTMLAnchorElement>('[data-search-all]');
  const searchPage = allResults?.getAttribute('href') ?? '';
  const controller = new SearchController(panel, {
    syncUrl: false,
    headingLevel: 3, // under the dialog's h2
    enterOpensFirst: true,
    onChange: (state) => {
      if (allResults) allResults.href = `${searchPage}${searchStateToQuery(state)}`;
    },
  });
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  // A click on the backdrop (outside the dialog's box) closes it, as Esc does.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => {
    if (returnFocusTo?.isConnected) returnFocusTo.focus();
    returnFocusTo = null;
  });
  document.body.append(markup.content);
  return { dialog, controller };
}

let ready: ReturnType<typeof fetchDialog> | undefined;
const loadDialog = () => (ready ??= fetchDialog());
// Fetched as soon as this code is: the boot script imports it when the reader points at or
// focuses the search button, or asks for search.
void loadDialog().catch(() => undefined);

/**
 * Opens the dialog, once its markup has arrived, with focus in its box. `keys` are those the
 * boot script (src/lib/site/boot.ts) kept while the reader waited: what they typed goes into the
 * box and is searched; after Esc the dialog stays closed. `opener` gets focus back when the
 * dialog closes. If the dialog cannot be fetched, the search page opens instead, with the words
 * typed.
 */
export async function openSearchDialog(opener: Element | null, keys: readonly KeyboardEvent[]): Promise<void> {
  let opened: Awaited<ReturnType<typeof fetchDialog>>;
  try {
    opened = await loadDialog();
  } catch {
    const typed = typedText(keys);
    if (typed !== undefined) location.assign(`${siteBase}search/${searchStateToQuery({ q: typed, filters: emptyFilters(), sort: 'relevance' })}`);
    return;
  }
  const { dialog, controller } = opened;
  const typed = typedText(keys);
  if (typed === undefined || dialog.open) return;
  if (typed) controller.input.value = typed;
  dialog.showModal();
  returnFocusTo = opener instanceof HTMLElement && opener !== document.body ? opener : null;
  controller.input.focus();
  // Started on first use, not on arrival: that loads Pagefind, which only a search needs.
  if (!started) {
    started = true;
    void controller.start();
  }
  // Typed while waiting: searched. Otherwise the previous query is selected, so typing replaces it.
  else if (typed) controller.input.dispatchEvent(new Event('input'));
  else controller.input.select();
}
