/**
 * Keyboard and URL constants for search, kept apart from search-query.ts so the header launcher
 * that runs on every page stays a few hundred bytes.
 */

/** Query-string parameter Pagefind appends to result links and the highlight script reads. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Key facts of a keydown event, so the shortcut logic stays testable without a DOM. */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** Ctrl+K everywhere, and also ⌘K on Apple platforms. */
export function isSearchShortcut(event: KeyLike, isApple: boolean): boolean {
  if (event.key.toLowerCase() !== 'k' || event.altKey || event.shiftKey) return false;
  return isApple ? event.metaKey || event.ctrlKey : event.ctrlKey && !event.metaKey;
}

/**
 * What keys pressed while the search dialog was on its way type into its box (the boot script
 * keeps them, src/lib/site/boot.ts), or undefined if one was Esc: the reader changed their mind.
 * Keys with Ctrl, ⌘ or Alt are shortcuts, not text; Ctrl and Alt together are AltGr, which types.
 */
export function typedText(keys: readonly Omit<KeyLike, 'shiftKey'>[]): string | undefined {
  let text = '';
  for (const { key, ctrlKey, metaKey, altKey } of keys) {
    if (key === 'Escape') return undefined;
    if (metaKey || ctrlKey !== altKey) continue;
    if (key === 'Backspace') text = text.slice(0, -1);
    else if (key.length === 1) text += key;
  }
  return text;
}

/** The shortcut as shown on the header button. */
export const shortcutLabel = (isApple: boolean): string => (isApple ? '⌘K' : 'Ctrl K');

/**
 * Arrow-key movement through the result links. -1 is the search input; Down from the input enters
 * the list, Up from the first result returns to the input, and the ends do not wrap. Home and End
 * jump within the list but leave the input's own caret movement alone.
 */
export function moveFocusIndex(current: number, key: string, count: number): number | undefined {
  if (key !== 'ArrowDown' && key !== 'ArrowUp' && key !== 'Home' && key !== 'End') return undefined;
  if (count === 0) return key === 'ArrowUp' || key === 'ArrowDown' ? -1 : undefined;
  switch (key) {
    case 'ArrowDown':
      return Math.min(current + 1, count - 1);
    case 'ArrowUp':
      return Math.max(current - 1, -1);
    case 'Home':
      return current === -1 ? undefined : 0;
    default:
      return current === -1 ? undefined : count - 1;
  }
}
