/**
 * The height the embed snippet suggests for a chart's <iframe>. The embed page never scrolls: its
 * drawing takes the height the texts leave (src/components/chart/chart.css). In the narrowest
 * frame the snippet promises, 320 px, the narrow drawing then has its full width when the frame is
 * as tall as the texts and that drawing; small multiples (a chart of many series) are tall, so
 * their snippet is taller than the others'.
 */
import type { Drawing } from './chart';

/** The narrowest frame the embed page is made for, and its padding on each side (--space-2). */
const NARROWEST_FRAME = 320;
const FRAME_PADDING = 8;
/**
 * Room for the title, subtitle, legend and source line at 320 px. The longest, the
 * manufacturing-and-exports chart's with eight legend entries, takes about 420 px;
 * tests/e2e/embed.spec.ts fails if a frame of the suggested height scrolls.
 */
const TEXT_ROOM = 440;
/** No snippet is shorter than this (the wide drawing's share of a 1200 px frame). */
const LEAST_HEIGHT = 640;

export function embedFrameHeight(drawings: readonly Pick<Drawing, 'width' | 'height'>[]): number {
  // The chart's narrowest drawing is the one a 320 px frame shows.
  const narrow = drawings.reduce((a, b) => (b.width < a.width ? b : a));
  const drawingHeight = ((NARROWEST_FRAME - 2 * FRAME_PADDING) / narrow.width) * narrow.height;
  return Math.max(LEAST_HEIGHT, Math.ceil((TEXT_ROOM + drawingHeight) / 10) * 10);
}
