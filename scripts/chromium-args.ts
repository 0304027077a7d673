/**
 * Flags for Debian's Chromium in Playwright runs (e2e and bench): no sandbox or GPU in
 * containers, nothing fetched in the background. The resolver rule keeps Chromium from looking
 * up Google hosts: the console must work offline.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];
