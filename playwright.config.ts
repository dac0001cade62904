/**
 * End-to-end tests against the built site (dist/), served on a free loopback port.
 * The browser: CHROMIUM_PATH when set, else Debian's /usr/bin/chromium when installed, else
 * Playwright's own Chromium (`npx playwright install chromium`).
 */
import { defineConfig, devices } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { chromiumPath, QUIET_CHROMIUM_FLAGS } from './scripts/chromium.mjs';

/** Asks the OS for a free port once; workers inherit it through the environment. */
function freePort(): string {
  const script = "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})";
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim();
}
process.env['E2E_PORT'] ??= freePort();
const port = process.env['E2E_PORT'];
const basePath = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  reporter: [['list'], ['json', { outputFile: process.env['E2E_REPORT'] ?? 'test-results/e2e.json' }]],
  // Generous: axe scans the largest pages (the claims matrix) twice, on a 2-core CI machine.
  // A limit here only catches hangs; speed is measured by `npm run bench`, never asserted.
  timeout: 120_000,
  use: {
    baseURL: `http://127.0.0.1:${port}${basePath}`,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromiumPath(), args: QUIET_CHROMIUM_FLAGS },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    // DIST_DIR: a site built elsewhere, e.g. from a copy of the content with one more source.
    command: `node scripts/serve.mjs --port ${port} --dir ${process.env['DIST_DIR'] ?? 'dist'}`,
    url: `http://127.0.0.1:${port}${basePath}`,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
