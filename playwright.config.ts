import { defineConfig } from '@playwright/test';

/**
 * e2e against the real built app and the real server (started per worker by e2e/fixtures.ts on
 * port 0 with a temp database), in Debian's Chromium: Playwright never downloads a browser here.
 */
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // One retry: a drag on a loaded 2-core machine occasionally misses; a retried test is reported as flaky.
  retries: 1,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1600, height: 1000 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    // A trace records screenshots and DOM snapshots of every page all along: on a loaded 2-core
    // machine that costs every test. The retry of a failed test is traced, and kept.
    trace: 'on-first-retry',
  },
});
