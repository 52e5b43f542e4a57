/**
 * Opening the playground: the best store this browser allows, and the session saved in it. Never
 * rejects: a learner gets a working terminal even when storage does not work, and a notice says so.
 */
import { newSession } from '../shell/index';
import type { Session } from '../shell/types';
import { openBestStore } from '../storage/idb';
import { StorageFullError, StoreClosedError, type WorldStore } from '../storage/repository';
import type { StorageNotice } from './uiStore';

export interface Booted {
  readonly store: WorldStore;
  readonly session: Session;
  /** True when `session` came from the store (a returning learner). */
  readonly loaded: boolean;
  readonly notice: StorageNotice | null;
}

/**
 * The seed for a new playground: `?seed=N` in the address gives a whole class the same ids and
 * names; otherwise each learner gets their own, as real Docker's are random.
 */
export function seedFor(
  search: string,
  random: () => number = () => crypto.getRandomValues(new Uint32Array(1))[0] ?? 0,
): number {
  const asked = new URLSearchParams(search).get('seed');
  if (asked !== null && /^\d{1,10}$/.test(asked)) return Number(asked) >>> 0;
  return random() >>> 0;
}

export async function boot(onStoreClosed: (notice: StorageNotice) => void, seed: number): Promise<Booted> {
  const store = await openBestStore({
    onFallback: (error) => console.warn('Dockyard: IndexedDB unavailable, keeping state in memory', error),
    onClose: (reason) => onStoreClosed(saveErrorNotice(new StoreClosedError(reason))),
  });
  const notice: StorageNotice | null = store.kind === 'memory' ? { kind: 'memory' } : null;
  try {
    const saved = await store.load();
    if (saved) return { store, session: saved, loaded: true, notice };
  } catch (error) {
    console.error('Dockyard: the saved session could not be read', error);
    // The first commit (from null) replaces the unreadable data; better than a dead terminal.
    return {
      store,
      session: newSession(seed),
      loaded: false,
      notice: notice ?? {
        kind: 'failed',
        message: 'Your saved playground could not be read, so this is a fresh one.',
      },
    };
  }
  return { store, session: newSession(seed), loaded: false, notice };
}

/** What to tell the learner when a commit failed. */
export function saveErrorNotice(error: unknown): StorageNotice {
  if (error instanceof StorageFullError) return { kind: 'full' };
  if (error instanceof StoreClosedError) return { kind: 'failed', message: error.message };
  return { kind: 'failed', message: 'Saving failed: your latest commands may not survive a reload.' };
}
