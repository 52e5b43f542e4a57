/**
 * `npm run bench`, part three: what the first prompt costs, with and without the diagram. Builds
 * the page into a temporary directory, serves it with Vite's preview server, and opens it in
 * headless Chromium in fresh contexts:
 *
 * - with the diagram: the views pane open on `#/diagram` (its chunk loads lazily);
 * - without: the views pane hidden, so the diagram's chunk is never asked for.
 *
 * Reports the JavaScript fetched before the first prompt (gzip, as a server would send it), the
 * time to the first prompt (navigation start until xterm paints `learner@dockyard:~$`), and when
 * the diagram's chunk arrived. Target: the diagram is not in the initial JS, and the first prompt
 * comes no later with it than without it (within noise: 50 ms or 10%).
 * `--no-build` reuses the last build in the temporary directory.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { servePage } from './serve';

const RUNS = 5;
const OUT_DIR = join(tmpdir(), 'dockyard-first-prompt-dist');
const PROMPT = 'learner@dockyard:~$';

const median = (xs: readonly number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const gzipKb = (file: string) => gzipSync(readFileSync(join(OUT_DIR, 'assets', file))).length / 1024;

interface Load {
  readonly promptMs: number;
  /** JS files fetched before the prompt appeared. */
  readonly initial: readonly string[];
  /** When the diagram's chunk finished loading, ms after navigation; null if never. */
  readonly diagramMs: number | null;
}

async function load(browser: Browser, url: string, views: boolean): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript((shown) => {
    localStorage.setItem(
      'dockyard.prefs',
      JSON.stringify({ speed: 'realistic', fontSize: 15, views: shown }),
    );
  }, views);
  const page = await context.newPage();
  try {
    await page.goto(url);
    // Polled at every frame, so the figure is the frame the prompt was painted in. (A function
    // passed to the page must not declare named functions: tsx would wrap them in its `__name`.)
    const handle = await page.waitForFunction(
      (prompt) =>
        [...document.querySelectorAll('.xterm-rows > div')].some((r) => r.textContent?.includes(prompt)) &&
        performance.now(),
      PROMPT,
      { polling: 'raf' },
    );
    const promptMs = Number(await handle.jsonValue());
    if (views) await page.locator('.diagram-svg').waitFor();
    const resources = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((r) => ({
        name: r.name,
        start: r.startTime,
        end: (r as PerformanceResourceTiming).responseEnd,
      })),
    );
    const js = resources.filter((r) => r.name.endsWith('.js'));
    const diagram = js.find((r) => basename(r.name).startsWith('DiagramPanel-'));
    return {
      promptMs,
      initial: js.filter((r) => r.start < promptMs).map((r) => basename(r.name)),
      diagramMs: diagram ? diagram.end : null,
    };
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const served = await servePage(OUT_DIR);
  const { browser } = served;
  try {
    const url = `${served.url}#/diagram`;
    // One load first, so both variants meet a warm server and disk cache.
    await load(browser, url, true);
    const runs = { with: [] as Load[], without: [] as Load[] };
    // Interleaved, so a busy moment on the machine costs both variants alike.
    for (let i = 0; i < RUNS; i++) {
      runs.with.push(await load(browser, url, true));
      runs.without.push(await load(browser, url, false));
    }
    let ok = true;
    console.log(`first prompt in headless Chromium, 1280×720, median of ${RUNS} fresh loads`);
    const report: Record<string, number> = {};
    for (const [name, loads] of Object.entries(runs)) {
      const initial = [...new Set(loads.flatMap((l) => l.initial))];
      const kb = initial.reduce((sum, f) => sum + gzipKb(f), 0);
      const prompt = median(loads.map((l) => l.promptMs));
      const diagramAt = loads.map((l) => l.diagramMs).filter((x): x is number => x !== null);
      report[name] = prompt;
      console.log(
        `${`${name} the diagram`.padEnd(20)} initial JS ${kb.toFixed(1).padStart(6)} kB gzip (${initial.join(', ')})  ` +
          `first prompt ${prompt.toFixed(0).padStart(5)} ms  diagram chunk ${
            diagramAt.length ? `loaded at ${median(diagramAt).toFixed(0)} ms` : 'never loaded'
          }`,
      );
      if (initial.some((f) => f.startsWith('DiagramPanel-') || f.startsWith('ApiLogPanel-'))) {
        console.log(`  the diagram's code is in the initial JS of "${name} the diagram"`);
        ok = false;
      }
    }
    const withMs = report.with ?? Number.NaN;
    const withoutMs = report.without ?? Number.NaN;
    if (!(withMs <= withoutMs + Math.max(50, withoutMs * 0.1))) {
      console.log(
        `  the first prompt is later with the diagram (${withMs.toFixed(0)} vs ${withoutMs.toFixed(0)} ms)`,
      );
      ok = false;
    }
    const lazy = readdirSync(join(OUT_DIR, 'assets')).filter((f) =>
      /^(DiagramPanel|ApiLogPanel|diagram)-/.test(f),
    );
    const lazyKb = lazy.reduce((sum, f) => sum + gzipKb(f), 0);
    console.log(`the diagram's lazy chunks: ${lazyKb.toFixed(1)} kB gzip (${lazy.join(', ')})`);
    console.log(ok ? 'first prompt: ok' : 'first prompt: the diagram delays it');
    process.exitCode = ok ? (process.exitCode ?? 0) : 1;
  } finally {
    await served.close();
  }
}

await main();
