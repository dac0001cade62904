/**
 * The height the embed snippet suggests for a chart's <iframe>. The embed page never scrolls in it:
 * its drawing is shown at its own size, one viewBox unit a CSS px, or as wide as the frame where
 * that is narrower (a map; src/components/chart/chart.css). In the narrowest frame the snippet
 * promises, 320 px, where the drawing takes the frame's padding, the frame holds the texts and the
 * narrow drawing; small multiples (a chart of many series) are tall, so their snippet is taller
 * than the others'.
 */
import type { Drawing } from './chart';

/**
 * Room for the title, subtitle, legend and source line at 320 px. The longest, the
 * manufacturing-and-exports chart's with eight legend entries, takes about 420 px;
 * tests/e2e/embed.spec.ts fails if a frame of the suggested height scrolls.
 */
const TEXT_ROOM = 440;
/** The narrowest frame the embed page is made for. */
const NARROWEST_FRAME = 320;
/** No snippet is shorter than this (the wide drawing's share of a 1200 px frame). */
const LEAST_HEIGHT = 640;

export function embedFrameHeight(drawings: readonly Pick<Drawing, 'width' | 'height'>[]): number {
  // The chart's narrowest drawing is the one a 320 px frame shows.
  const narrow = drawings.reduce((a, b) => (b.width < a.width ? b : a));
  const drawingHeight = (Math.min(narrow.width, NARROWEST_FRAME) / narrow.width) * narrow.height;
  return Math.max(LEAST_HEIGHT, Math.ceil((TEXT_ROOM + drawingHeight) / 10) * 10);
}
