/**
 * The header's search dialog. Loaded through search-entry.ts on first use only, so pages carry no
 * search code until a reader asks for it. `showModal()` makes the page behind inert, keeps focus
 * inside the dialog and closes on Esc; focus then returns to whatever opened it.
 */
import { searchStateToQuery } from '../lib/search/search-query';
import { SearchController } from './search-controller';

let controller: SearchController | undefined;
let returnFocusTo: HTMLElement | null = null;

function setUp(dialog: HTMLDialogElement): SearchController {
  const panel = dialog.querySelector<HTMLElement>('[data-search-panel]');
  if (!panel) throw new Error('The search dialog has no panel');
  const allResults = dialog.querySelector<HTMLAnchorElement>('[data-search-all]');
  const searchPage = allResults?.getAttribute('href') ?? '';
  const created = new SearchController(panel, {
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
  void created.start();
  return created;
}

/**
 * Wires the dialog the boot script (src/lib/site/boot.ts) has just opened: on the first use it may
 * already hold words typed while this code loaded, which are kept and searched. `opener` gets
 * focus back when the dialog closes.
 */
export function openSearchDialog(opener: Element | null): void {
  const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
  if (!dialog) return;
  const firstUse = controller === undefined;
  controller ??= setUp(dialog);
  // Closed again (Esc) before this code arrived: leave it closed.
  if (!dialog.open) return;
  returnFocusTo = opener instanceof HTMLElement && opener !== document.body ? opener : null;
  controller.input.focus();
  // On later uses the previous query is selected, so typing replaces it.
  if (!firstUse) controller.input.select();
}
