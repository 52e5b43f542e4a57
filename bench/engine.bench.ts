/**
 * `npm run bench`: the engine plus formatters on a big world, and restoring that world from
 * IndexedDB (fake-indexeddb in Node). Targets: ≤5 ms per command, ≤300 ms to restore.
 */
import { runDocker } from '../src/client/cli';
import { makeBigState } from './fixtures';
import { benchRestore } from './restore';

const CONTAINERS = 10_000;
const IMAGES = 1_000;
const RUNS = 30;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

function benchCommand(
  argv: string[],
  state: ReturnType<typeof makeBigState>,
): { medianMs: number; lines: number } {
  const now = Date.now();
  let lines = 0;
  // Warm up the JIT the way a page does after its first few commands.
  for (let i = 0; i < 5; i++) runDocker(argv, { state, now, tty: true });
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const r = runDocker(argv, { state, now, tty: true });
    times.push(performance.now() - t0);
    lines = r.timeline.reduce((n, e) => n + (e.kind === 'write' ? e.text.split('\n').length - 1 : 0), 0);
  }
  return { medianMs: median(times), lines };
}

async function main(): Promise<void> {
  const state = makeBigState({ containers: CONTAINERS, images: IMAGES });
  console.log(`world: ${CONTAINERS} containers, ${IMAGES} images; median of ${RUNS} runs after 5 warm-ups`);
  let failed = false;
  for (const argv of [['ps', '-a'], ['images']]) {
    const { medianMs, lines } = benchCommand(argv, state);
    const ok = medianMs <= 5;
    failed ||= !ok;
    console.log(
      `docker ${argv.join(' ').padEnd(8)} ${medianMs.toFixed(2).padStart(7)} ms  (${lines} lines)  target ≤5 ms  ${ok ? 'ok' : 'OVER'}`,
    );
  }
  const restore = await benchRestore();
  const ok = restore.medianMs <= 300;
  failed ||= !ok;
  console.log(
    `restore        ${restore.medianMs.toFixed(1).padStart(7)} ms  (${restore.backend}, median of ${restore.runs})  target ≤300 ms  ${ok ? 'ok' : 'OVER'}`,
  );
  process.exitCode = failed ? 1 : 0;
}

void main();
