/**
 * Theme choice. The boot script runs in <head> before first paint so a stored choice never
 * flashes the wrong theme; without JavaScript the system preference applies through CSS.
 */

/** localStorage key holding "light" or "dark" once the reader has chosen. */
export const THEME_STORAGE_KEY = 'theme';

/** Inline in <head>; its hash is allowed by the Content-Security-Policy. */
export const THEME_BOOT_SCRIPT = `try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;
