/**
 * The one inline script every page runs, first in <body>, before first paint. It keeps text pages free
 * of script files: it applies a stored theme choice (no flash of the wrong theme) and wires the
 * theme toggle, and it makes the header's search button and Ctrl/⌘K work, importing the search
 * bundle only on first use; it also puts in the markup that needs it (NeedsScript.astro).
 * Without JavaScript the system theme applies through CSS, neither button is in the page and the
 * navigation links to /search/. Its hash is allowed by the
 * Content-Security-Policy.
 */
import { transformSync } from 'esbuild';
import { HIGHLIGHT_PARAM, isSearchShortcut, shortcutLabel } from '../search/search-keys';

/** localStorage key holding "light" or "dark" once the reader has chosen. */
export const THEME_STORAGE_KEY = 'theme';

/** What the search bundle (src/scripts/search-entry.ts) puts on window for this script. */
interface SiteSearch {
  open(opener: Element | null): void;
  highlight(): Promise<void>;
}

function boot(
  key: string,
  highlightParam: string,
  isShortcut: typeof isSearchShortcut,
  label: typeof shortcutLabel,
  importModule: (url: string) => Promise<unknown>,
) {
  const root = document.documentElement;
  // Before first paint: CSS lays out the scripted parts of a page from the start (no layout shift).
  root.classList.add('js');
  // Markup that needs JavaScript travels in a data block followed by <needs-script>
  // (src/components/NeedsScript.astro). Defined before the body is parsed, the element is upgraded
  // as the parser meets it and swaps itself for the markup at once, before first paint.
  customElements.define(
    'needs-script',
    class extends HTMLElement {
      connectedCallback() {
        const source = this.previousElementSibling;
        if (!(source instanceof HTMLScriptElement)) return;
        const markup = document.createElement('template');
        markup.innerHTML = source.text;
        this.replaceWith(markup.content);
        source.remove();
      }
    },
  );

  // Theme.
  try {
    const stored = localStorage.getItem(key);
    if (stored === 'light' || stored === 'dark') root.dataset['theme'] = stored;
  } catch {
    // Storage may be disabled: the system theme applies.
  }
  const dark = matchMedia('(prefers-color-scheme: dark)');
  const isDark = () => (root.dataset['theme'] ?? (dark.matches ? 'dark' : 'light')) === 'dark';
  const syncTheme = () => {
    for (const button of document.querySelectorAll('[data-theme-toggle]')) button.setAttribute('aria-pressed', String(isDark()));
  };
  const toggleTheme = () => {
    const next = isDark() ? 'light' : 'dark';
    root.dataset['theme'] = next;
    try {
      localStorage.setItem(key, next);
    } catch {
      // The choice then lasts for this page only.
    }
    syncTheme();
  };
  dark.addEventListener('change', syncTheme);

  // Search: the bundle's address is on <html data-search-module>; it is imported once, on demand.
  const isApple = /Mac|iPhone|iPad|iPod/.test(navigator.platform || navigator.userAgent);
  let search: Promise<SiteSearch> | undefined;
  const loadSearch = () =>
    (search ??= importModule(root.dataset['searchModule'] ?? '').then(() => (window as unknown as { siteSearch: SiteSearch }).siteSearch));
  const openSearch = () => {
    // On the search page its own box is the search.
    const pageInput = document.querySelector<HTMLInputElement>('[data-search-page] [data-search-input]');
    if (pageInput) {
      pageInput.focus();
      pageInput.select();
    } else {
      // The dialog opens at once, so words typed while the search code loads are kept.
      const opener = document.activeElement;
      const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
      if (dialog && !dialog.open) {
        dialog.showModal();
        dialog.querySelector<HTMLInputElement>('[data-search-input]')?.focus();
      }
      void loadSearch().then((siteSearch) => siteSearch.open(opener));
    }
  };

  document.addEventListener('DOMContentLoaded', () => {
    syncTheme();
    for (const button of document.querySelectorAll<HTMLElement>('[data-search-open]')) {
      const shortcut = button.querySelector('[data-search-shortcut]');
      if (shortcut) shortcut.textContent = label(isApple);
      button.setAttribute('aria-keyshortcuts', isApple ? 'Meta+K' : 'Control+K');
    }
    if (new URLSearchParams(location.search).has(highlightParam)) {
      void loadSearch().then((siteSearch) => siteSearch.highlight()).catch(() => undefined);
    }
  });
  document.addEventListener('click', (event) => {
    if (!(event.target instanceof Element)) return;
    if (event.target.closest('[data-theme-toggle]')) toggleTheme();
    else if (event.target.closest('[data-search-open]')) openSearch();
  });
  document.addEventListener('keydown', (event) => {
    if (!isShortcut(event, isApple)) return;
    event.preventDefault();
    openSearch();
  });
}

/**
 * The boot script: the function above, called with its settings and helpers, minified at build
 * time (it is inlined in every page, so every byte counts; the CSP hashes the minified text).
 * The search bundle's `import()` is written here as text: inside boot() itself, `astro dev`
 * (Vite's server-side transform) would rewrite it into a helper the browser does not have.
 */
export const BOOT_SCRIPT = transformSync(
  `(${boot.toString()})(${JSON.stringify(THEME_STORAGE_KEY)},${JSON.stringify(HIGHLIGHT_PARAM)},${isSearchShortcut.toString()},${shortcutLabel.toString()},u=>import(u))`,
  { minify: true, target: 'es2022' },
).code.trim();
