/**
 * Restore benchmark: how long a reload waits between opening IndexedDB and having the whole
 * session in memory again (the engine is synchronous and needs all of it before the first prompt).
 * Runs on fake-indexeddb, so figures compare designs of the load path rather than predict a
 * browser's; target for 10,000 containers + 1,000 images: ≤ 300 ms.
 *
 *   npx tsx -e "import('./bench/restore.ts').then(m=>m.benchRestore()).then(console.log)"
 */
// idb checks values against the global IDB* classes: the fake ones must be installed globally.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { Session } from '../src/shell/types';
import { openIdbStore } from '../src/storage/idb';
import { makeBigState } from './fixtures';

/** What `benchRestore` measures, and on what. */
export interface RestoreBenchOptions {
  /** Default 10,000. */
  readonly containers?: number;
  /** Default 1,000. */
  readonly images?: number;
  /** Timed restores; the median is reported. Default 7. */
  readonly runs?: number;
  /** Called after each restore with what was loaded and what was saved (for checks; not timed). */
  readonly onLoad?: (loaded: Session, saved: Session) => void;
}

/** The result: median milliseconds from `openIdbStore()` to `load()` resolved. */
export interface RestoreBenchResult {
  readonly medianMs: number;
  readonly runs: number;
  readonly backend: string;
}

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Saves a big session once, then times several cold restores (a fresh connection each, as after
 * a reload) and returns the median. Prints nothing.
 */
export async function benchRestore(opts: RestoreBenchOptions = {}): Promise<RestoreBenchResult> {
  const runs = opts.runs ?? 7;
  const saved: Session = {
    daemon: makeBigState({ containers: opts.containers ?? 10_000, images: opts.images ?? 1_000 }),
    history: Array.from({ length: 500 }, (_, i) => `docker run --name web${i} -d nginx`),
    lastStatus: 0,
  };
  const factory = new IDBFactory();
  const name = 'dockyard-bench';
  const writer = await openIdbStore({ factory, name });
  await writer.commit(null, saved);
  writer.close();

  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const store = await openIdbStore({ factory, name });
    const loaded = await store.load();
    times.push(performance.now() - start);
    store.close();
    if (loaded === null) throw new Error('restore bench: nothing was loaded');
    opts.onLoad?.(loaded, saved);
  }
  return { medianMs: Math.round(median(times) * 10) / 10, runs, backend: 'fake-indexeddb' };
}
