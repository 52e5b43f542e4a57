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
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KEY_ECHO, KEY_PAINT } from '../src/terminal/latency';
import { servePage } from './serve';

const KEYS = 200;
/** 20 keys a second: a very fast typist. Without a pause Playwright sends keys faster than any hand. */
const KEY_DELAY_MS = 50;
const FRAME_MS = 1000 / 60;
const OUT_DIR = join(tmpdir(), 'dockyard-latency-dist');

function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? Number.NaN;
}

async function main(): Promise<void> {
  const served = await servePage(OUT_DIR);
  const { browser } = served;
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
    await page.goto(served.url);
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
    await served.close();
  }
}

await main();
