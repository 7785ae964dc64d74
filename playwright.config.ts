import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a downloaded browser (on a machine with internet, `npx playwright
// install chromium` and removing executablePath is the alternative).
export const CHROMIUM_PATH = process.env['PIRD_CHROMIUM'] ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'tests/output/playwright',
  timeout: 60_000,
  // One more try for a test that fails once: `npm test` names every test that needed it ("flaky"), to
  // be looked into, while a failure that comes back stays a failure.
  retries: 1,
  workers: 1,
  reporter: [['list'], ['json', { outputFile: 'tests/output/playwright.json' }]],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    },
    viewport: { width: 1400, height: 900 },
  },
});
