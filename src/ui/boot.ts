/**
 * Opening the playground: the best store this browser allows, and the session saved in it. Never
 * rejects: a learner gets a working terminal even when storage does not work, and a notice says so.
 */
import { newSession } from '../shell/index';
import type { Session } from '../shell/types';
import { openBestStore } from '../storage/idb';
import { ConflictError, StorageFullError, StoreClosedError, type WorldStore } from '../storage/repository';
import { TabSync } from '../storage/tabSync';
import type { NoticeKind, StorageNotice } from './uiStore';

export interface Booted {
  readonly store: WorldStore;
  readonly session: Session;
  /** True when `session` came from the store (a returning learner). */
  readonly loaded: boolean;
  /**
   * True when `session` is exactly what the store holds (loaded, or a first world saved at once),
   * so the terminal's first commit can write only what changed, checked against other tabs.
   */
  readonly stored: boolean;
  /** Carries commits to other tabs, and theirs to this one. */
  readonly sync: TabSync;
  /** The seed a reset starts the new playground from. */
  readonly seed: number;
}

/** Where boot reports what the learner should know. */
export interface Notices {
  showNotice(notice: StorageNotice): void;
  dismissNotice(...kinds: NoticeKind[]): void;
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

export async function boot(notices: Notices, seed: number, sync = new TabSync()): Promise<Booted> {
  // Unreadable records are reported once, for the load that opens the page; a later re-read
  // (another tab committed) finds the same ones and need not say it again.
  let opening = true;
  const store = await openBestStore({
    onFallback: (error) => console.warn('Dockyard: IndexedDB unavailable, keeping state in memory', error),
    onClose: (reason) => notices.showNotice(saveErrorNotice(new StoreClosedError(reason))),
    onBlocked: () => notices.showNotice({ kind: 'blocked' }),
    onCommitted: (version, { rebased }) => sync.committed(version, rebased),
    onUnreadable: (problems) => {
      if (!opening) return;
      console.warn(`Dockyard: skipped ${problems.length} unreadable saved records`, problems);
      notices.showNotice({ kind: 'unreadable', count: problems.length });
    },
  });
  // Opened: whichever tab held the old version has let go.
  notices.dismissNotice('blocked');
  if (store.kind === 'memory') notices.showNotice({ kind: 'memory' });
  const fresh = { store, session: newSession(seed), loaded: false, stored: false, sync, seed };
  try {
    const saved = await store.load();
    if (saved) return { ...fresh, session: saved, loaded: true, stored: true };
    // A first visit saves its empty world now rather than with the first command: that command's
    // commit is then a checked difference, and cannot wipe what another tab opened meanwhile has
    // saved (only this instant between load and commit remains open to that).
    await store.commit(null, fresh.session);
    const first = await store.load();
    if (first) return { ...fresh, session: first, stored: true };
  } catch (error) {
    console.error('Dockyard: the saved session could not be read', error);
    // The first commit (from null) replaces the unreadable data; better than a dead terminal.
    if (store.kind !== 'memory') {
      notices.showNotice({
        kind: 'failed',
        message: 'Your saved playground could not be read, so this is a fresh one.',
      });
    }
  } finally {
    opening = false;
  }
  return fresh;
}

/** What to tell the learner when a commit failed. */
export function saveErrorNotice(error: unknown): StorageNotice {
  if (error instanceof StorageFullError) return { kind: 'full' };
  if (error instanceof ConflictError) return { kind: 'conflict' };
  if (error instanceof StoreClosedError) return { kind: 'failed', message: error.message };
  return { kind: 'failed', message: 'Saving failed: your latest commands may not survive a reload.' };
}
