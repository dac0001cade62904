import { defineConfig } from 'vitest/config';

// Build tests (fault injection, base path, many sources) build the whole site once per case:
// run apart from the fast unit tests.
export default defineConfig({
  test: { include: ['tests/faults/**/*.test.ts'], testTimeout: 240_000, hookTimeout: 240_000, fileParallelism: false },
});
