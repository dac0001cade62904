import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

// Chromium flags that keep the browser quiet and offline on a closed network (no background
// calls, updates or sync). Shared by the Playwright config and the benchmark (Lighthouse and
// the search timing); Playwright and Lighthouse add --headless themselves where needed.
export const QUIET_CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian/Ubuntu's Chromium (`apt-get install chromium`). */
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * The Chromium the end-to-end tests drive: CHROMIUM_PATH when set, else the system's when
 * installed, else Playwright's own (`npx playwright install chromium`).
 */
export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : chromium.executablePath();
}
