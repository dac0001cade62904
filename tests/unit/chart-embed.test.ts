/** The embed snippet's frame height follows the chart's narrow drawing (src/lib/charts/embed.ts). */
import { describe, expect, it } from 'vitest';
import { embedFrameHeight } from '../../src/lib/charts/embed';

describe('the embed snippet height', () => {
  it('keeps 640 px for a drawing that fits it, and grows with a tall narrow drawing (small multiples)', () => {
    const wide = { width: 720, height: 400 };
    expect(embedFrameHeight([wide, { width: 320, height: 100 }])).toBe(640);
    const ordinary = embedFrameHeight([wide, { width: 320, height: 380 }]);
    const multiples = embedFrameHeight([wide, { width: 320, height: 714 }]);
    expect(multiples).toBeGreaterThan(ordinary);
    // The 714-unit drawing is drawn at its own size (714 px tall), with room for the texts above it.
    expect(multiples).toBeGreaterThanOrEqual(714 + 400);
    expect(multiples % 10).toBe(0);
  });
  it('takes a map\'s one drawing as its narrowest', () => {
    expect(embedFrameHeight([{ width: 720, height: 350 }])).toBe(640);
  });
});
