/**
 * `npm run bench`, part two: keystroke-to-echo latency in the real page. Builds the page into a
 * temporary directory (never touching dist/, which e2e runs serve), serves it with Vite's preview
 * server on a free port, types 200 keys into the terminal in Chromium and reads the User Timing
 * measures the page records for each key (src/terminal/latency.ts):
 *
 * - echo: from xterm's onData until xterm has parsed what the key wrote;
 * - paint: until the animation frame after that, when xterm's renderer has drawn it.
 *
 * Target: the echo within one frame (16.7 ms at 60 Hz), so a key shows in the next frame painted.
 * `--no-build` reuses the last build in the temporary directory.
 */
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import playwrightConfig from '../playwright.config';
import { KEY_ECHO, KEY_PAINT } from '../src/terminal/latency';

const KEYS = 200;
/** 20 keys a second: a very fast typist. Without a pause Playwright sends keys faster than any hand. */
const KEY_DELAY_MS = 50;
const FRAME_MS = 1000 / 60;
const OUT_DIR = join(tmpdir(), 'dockyard-latency-dist');

function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? Number.NaN;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) {
    await build({ logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true } });
  }
  const port = await freePort();
  const server = await preview({
    logLevel: 'warn',
    build: { outDir: OUT_DIR },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  // The same browser as the e2e tests: Debian's Chromium with its flags where it exists.
  const browser = await chromium.launch(playwrightConfig.use?.launchOptions ?? {});
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.locator('.xterm-rows > div', { hasText: 'learner@dockyard:~$' }).first().waitFor();
    await page.locator('.xterm-helper-textarea').focus();
    // A few keys first, so the page's code is warm as it is after a learner's first command.
    await page.keyboard.type('warm up');
    await page.keyboard.press('Control+U');
    await page.evaluate(() => performance.clearMeasures());
    // 200 keys: lines of 39 characters typed and killed again, so nothing runs and the line wraps
    // no further than a learner's would.
    const line = 'docker run -it --name web ubuntu:latest';
    let typed = 0;
    while (typed < KEYS) {
      const chunk = line.slice(0, Math.min(line.length, KEYS - typed - 1));
      await page.keyboard.type(chunk, { delay: KEY_DELAY_MS });
      await page.keyboard.press('Control+U');
      typed += chunk.length + 1;
    }
    const read = (name: string) =>
      page.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name);
    await page.waitForFunction((n) => performance.getEntriesByName(n).length >= 200, KEY_PAINT);
    const echo = await read(KEY_ECHO);
    const paint = await read(KEY_PAINT);
    const row = (label: string, xs: number[]) =>
      `${label.padEnd(6)} median ${percentile(xs, 50).toFixed(2).padStart(6)} ms  p95 ${percentile(xs, 95)
        .toFixed(2)
        .padStart(6)} ms  max ${Math.max(...xs)
        .toFixed(2)
        .padStart(6)} ms`;
    console.log(`keystroke to echo, ${echo.length} keys in Chromium (target: within one frame, 16.7 ms)`);
    console.log(row('echo', echo));
    console.log(row('paint', paint));
    const ok = percentile(echo, 95) <= FRAME_MS;
    console.log(ok ? 'latency: ok' : 'latency: over one frame');
    process.exitCode = ok ? (process.exitCode ?? 0) : 1;
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

await main();
