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
