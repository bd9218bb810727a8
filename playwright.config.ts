import { defineConfig } from '@playwright/test';

/** Debian's Chromium by default; Playwright's own browser download does not work everywhere. */
export const chromiumPath = process.env.NEWSDESK_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  // Whole reporter workflows (import five photos, caption, place, reload) run ~25 s on an idle
  // 2-core box and past a minute when it is busy; every step still waits for a state, never a time.
  timeout: 150_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // Each test has its own web host and data folder, so two files run side by side: most of a
  // test is waiting for the app, and CI's two cores halve the suite (checked under load 12–19,
  // 88 tests). NEWSDESK_E2E_WORKERS=1 runs them one at a time.
  workers: Number(process.env.NEWSDESK_E2E_WORKERS ?? 2),
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1280, height: 860 },
    // A trace snapshots the page at every action: retype.spec's key-by-key test takes 20 s with it
    // and 11 s without. CI's clean clone is thrown away with its traces, so CI records none; a
    // developer's run keeps one for each failure.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
  },
});
