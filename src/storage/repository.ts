/**
 * The storage room's contract: where a `Session` lives between page loads. The shell computes a
 * whole command's result at once; the host commits it here *before* playing the output back
 * (architecture principle 4), one transaction per command (principle 7).
 */
import type { Session } from '../shell/types';
import type { LearnerProgress } from './progress';

/** Which backend a store uses; `memory` means nothing survives a reload, and the UI should say so. */
export type StoreKind = 'indexeddb' | 'memory';

/**
 * A place to keep the session.
 *
 * Semantics shared by every implementation (see `contract.suite.ts`):
 * - `commit(prev, next)` trusts `prev` to be what was last committed (or loaded). It writes only
 *   the difference, judged by reference identity: the daemon never mutates a record, it replaces
 *   it, so a record `!==` its predecessor is written and a key missing from `next` is deleted.
 * - `commit(null, next)` replaces everything stored (first save, or a reset).
 * - A commit is atomic: after a failure, what `load` returns is the previous commit.
 * - What was committed cannot be altered afterwards by mutating the objects passed in, and
 *   mutating what `load` returned does not alter the store.
 * - `load` returns records keyed as before, but not in the original key insertion order (IndexedDB
 *   gives them back in key order): whoever lists them must sort, as docker does (by `Created`).
 */
export interface WorldStore {
  readonly kind: StoreKind;
  /** The saved session, or null on first visit. */
  load(): Promise<Session | null>;
  /**
   * Persist what changed from `prev` to `next` in one transaction. When another tab committed since
   * `prev` was read, the change is rebased on top of its work, or refused with `ConflictError`
   * when both changed the same thing (see `concurrency.ts`).
   */
  commit(prev: Session | null, next: Session): Promise<void>;
  /**
   * Whether another tab committed since this store last loaded (or committed on top of what it
   * loaded): one cheap read. Optional: a store no other tab can reach (memory, test doubles) may
   * leave it out, which means never stale.
   */
  isStale?(): Promise<boolean>;
  /**
   * The learner's lesson and quiz progress (see progress.ts), kept beside the world but apart from
   * it: `commit(null, …)` (reset, import) leaves it as it was. Optional, so test doubles need not
   * keep one; a store without it means progress lasts only as long as the page.
   */
  /**
   * Resolves to what was saved, unchecked (undefined before the first save): read it with
   * `readProgress` (progress.ts), which drops whatever is unreadable. Checking it here would put
   * that reader in the page's first download, for views that load later.
   */
  loadProgress?(): Promise<unknown>;
  /** Replaces the stored progress; its own small transaction, so it never conflicts with a commit. */
  saveProgress?(progress: LearnerProgress): Promise<void>;
  /** Releases the backend. Idempotent; later `load`/`commit` reject with `StoreClosedError`. */
  close(): void;
}

/**
 * The browser refused to store more (IndexedDB's `QuotaExceededError`). The commit did not happen:
 * the stored session is still the previous one. The UI should tell the learner (remove some
 * containers, or free space) rather than fail silently.
 */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  constructor(options?: { cause?: unknown }) {
    super('Storage is full: the browser refused to save the playground state.', options);
  }
}

/**
 * Another tab changed the same records (or drew the same new ids) since this tab read the world.
 * Nothing was written: re-read the world, then run the command again.
 */
export class ConflictError extends Error {
  override readonly name = 'ConflictError';
  constructor(readonly detail: string) {
    super(
      'Another Dockyard tab changed the playground at the same moment, so your last command was not saved.',
    );
  }
}

/** Why a store stopped working without anyone calling `close()` on it. */
export type CloseReason =
  /** A newer version of Dockyard (another tab) needs to upgrade the database: reload this tab. */
  | 'blocking'
  /** The browser closed the database abnormally (storage cleared, disk error). */
  | 'terminated';

/** The store was closed (by `close()` or for a `CloseReason`) and cannot load or commit any more. */
export class StoreClosedError extends Error {
  override readonly name = 'StoreClosedError';
  constructor(readonly reason: CloseReason | 'closed') {
    super(
      reason === 'blocking'
        ? 'Storage was handed to a newer version of Dockyard in another tab: reload this tab.'
        : reason === 'terminated'
          ? 'The browser closed the storage unexpectedly.'
          : 'The store is closed.',
    );
  }
}
