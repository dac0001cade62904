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
  open(opener: Element | null, keys: KeyboardEvent[]): Promise<void>;
  highlight(): Promise<void>;
}

function boot(
  key: string,
  highlightParam: string,
  isShortcut: typeof isSearchShortcut,
  label: typeof shortcutLabel,
  importModule: (url: string) => Promise<unknown>,
) {
  // One name for document, which the minifier can shorten (it never renames a global).
  const doc = document;
  const root = doc.documentElement;
  // Before first paint: CSS lays out the scripted parts of a page from the start (no layout shift).
  root.classList.add('js');
  // Markup that needs JavaScript travels in a data block followed by <needs-script>
  // (src/components/NeedsScript.astro). Defined before the body is parsed, the element is upgraded
  // as the parser meets it and swaps itself for the markup at once, before first paint.
  customElements.define(
    'needs-script',
    class extends HTMLElement {
      connectedCallback() {
        // NeedsScript.astro always writes the pair: the data block becomes its markup.
        const source = this.previousElementSibling as HTMLScriptElement;
        source.outerHTML = source.text;
        this.remove();
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
  const isDark = () => (root.dataset['theme'] ? root.dataset['theme'] === 'dark' : dark.matches);
  const syncTheme = () => {
    for (const button of doc.querySelectorAll('[data-theme-toggle]')) button.setAttribute('aria-pressed', `${isDark()}`);
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
    (search ??= importModule(root.dataset['searchModule'] as string).then(() => (window as unknown as { siteSearch: SiteSearch }).siteSearch));
  // On the search page its own box is the search: no dialog, no search bundle.
  const pageInput = () => doc.querySelector<HTMLInputElement>('[data-search-page] [data-search-input]');
  // The keys pressed while the dialog is on its way, for the search code to replay into its box.
  let keys: KeyboardEvent[] | undefined;
  const openSearch = () => {
    const input = pageInput();
    if (input) {
      input.focus();
      input.select();
    } else {
      const opener = doc.activeElement;
      const waiting = (keys ??= []);
      // Once open() has shown the dialog, keys go to its box: no longer kept.
      void loadSearch()
        .then((siteSearch) => siteSearch.open(opener, waiting))
        .finally(() => (keys = undefined));
    }
  };
  // The element matching `selector` an event happened in, if any (its target may be the document).
  const within = (event: Event, selector: string) => (event.target as Partial<Element>).closest?.(selector);
  // Pointing at or focusing the button fetches the search code and the dialog ahead of the click.
  const prefetch = (event: Event) => {
    if (within(event, '[data-search-open]') && !pageInput()) void loadSearch();
  };
  doc.addEventListener('pointerover', prefetch);
  doc.addEventListener('focusin', prefetch);

  doc.addEventListener('DOMContentLoaded', () => {
    syncTheme();
    for (const button of doc.querySelectorAll<HTMLElement>('[data-search-open]')) {
      const shortcut = button.querySelector('[data-search-shortcut]');
      if (shortcut) shortcut.textContent = label(isApple);
      button.setAttribute('aria-keyshortcuts', isApple ? 'Meta+K' : 'Control+K');
    }
    if (new URLSearchParams(location.search).has(highlightParam)) {
      void loadSearch().then((siteSearch) => siteSearch.highlight()).catch(() => undefined);
    }
  });
  doc.addEventListener('click', (event) => {
    if (within(event, '[data-theme-toggle]')) toggleTheme();
    else if (within(event, '[data-search-open]')) openSearch();
  });
  doc.addEventListener('keydown', (event) => {
    if (isShortcut(event, isApple)) {
      event.preventDefault();
      openSearch();
    } else keys?.push(event);
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
  { minify: true, target: 'es2022', charset: 'utf8' },
).code.trim();
