/**
 * The header's search dialog. Loaded through search-entry.ts on first use only, so pages carry no
 * search code until a reader asks for it. `showModal()` makes the page behind inert, keeps focus
 * inside the dialog and closes on Esc; focus then returns to whatever opened it.
 */
import { searchStateToQuery } from '../lib/search-query';
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

export function openSearchDialog(): void {
  const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
  if (!dialog || dialog.open) return;
  controller ??= setUp(dialog);
  returnFocusTo = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
  dialog.showModal();
  controller.input.focus();
  controller.input.select();
}
