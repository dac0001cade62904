import { defineConfig } from 'vitest/config';

// The Firefox smoke suite: one Firefox (Debian's firefox-esr, driven over WebDriver BiDi) against
// the built site. Starting Firefox takes a while on a busy 2-core machine, hence the hook timeout;
// the limits only catch hangs, speed is never asserted.
export default defineConfig({
  test: { include: ['tests/firefox/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000, fileParallelism: false },
});
