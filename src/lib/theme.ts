/**
 * Theme choice. One tiny inline script in <head> applies a stored choice before first paint
 * (no flash of the wrong theme) and wires the toggle button, so text pages load no script
 * files at all. Without JavaScript the system preference applies through CSS and the button
 * stays hidden. The script's hash is allowed by the Content-Security-Policy.
 */

/** localStorage key holding "light" or "dark" once the reader has chosen. */
export const THEME_STORAGE_KEY = 'theme';

function boot(key: string) {
  const root = document.documentElement;
  try {
    const stored = localStorage.getItem(key);
    if (stored === 'light' || stored === 'dark') root.dataset['theme'] = stored;
  } catch {
    // Storage may be disabled: the system theme applies.
  }
  const dark = matchMedia('(prefers-color-scheme: dark)');
  const isDark = () => (root.dataset['theme'] ?? (dark.matches ? 'dark' : 'light')) === 'dark';
  const sync = () => {
    for (const button of document.querySelectorAll('[data-theme-toggle]')) button.setAttribute('aria-pressed', String(isDark()));
  };
  document.addEventListener('DOMContentLoaded', () => {
    for (const button of document.querySelectorAll<HTMLElement>('[data-theme-toggle]')) button.hidden = false;
    sync();
  });
  dark.addEventListener('change', sync);
  document.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest('[data-theme-toggle]')) return;
    const next = isDark() ? 'light' : 'dark';
    root.dataset['theme'] = next;
    try {
      localStorage.setItem(key, next);
    } catch {
      // The choice then lasts for this page only.
    }
    sync();
  });
}

/** The boot script's source, inlined in <head>: the function above, called with the key. */
export const THEME_BOOT_SCRIPT = `(${boot.toString()})(${JSON.stringify(THEME_STORAGE_KEY)})`;
