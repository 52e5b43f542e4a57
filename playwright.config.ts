import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * The browser: CHROMIUM_PATH, or Debian's /usr/bin/chromium when it exists (machines that cannot
 * download Playwright's browser), else Playwright's own Chromium. scripts/ensure-browser.mjs makes the
 * same choice and installs one when none is there. Never `channel: 'chromium'`: that asks for
 * Playwright's download.
 */
const systemChromium =
  process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** Without the networking flags a closed network refuses Chromium's background connections at every start. */
const systemChromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const isCI = Boolean(process.env.CI);
/** E2E_PORT lets two checkouts run their suites side by side. */
const port = Number(process.env.E2E_PORT) || 4173;
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'e2e',
  // Artifacts (traces, screenshots of failures) apart from test-results/*.json: Playwright empties
  // outputDir at start, and the unit tests' report lives in test-results/ too.
  outputDir: 'test-results/e2e-artifacts',
  fullyParallel: true,
  forbidOnly: isCI,
  retries: 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    browserName: 'chromium',
    baseURL,
    // Tall enough that a command's whole output fits above the views pane; layout tests set 1280×720.
    viewport: { width: 1280, height: 1000 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: systemChromium ? { executablePath: systemChromium, args: systemChromiumArgs } : {},
  },
  webServer: {
    command: `npm run build && npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: baseURL,
    reuseExistingServer: !isCI,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
