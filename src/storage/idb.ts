/**
 * The IndexedDB `WorldStore`: one object store per entity, a typed `DBSchema`, versioned upgrade
 * steps, one readwrite transaction per commit (architecture principle 7).
 *
 * Why container output stays inside the container record rather than in a `logs` store: the
 * engine needs every log in memory anyway, and with 10,000 containers a separate store made
 * restore about twice as slow (two getAll calls plus a join: ~240 ms against ~130 ms in
 * fake-indexeddb), while the write it would save (a ~1 KB log re-put when a container's state
 * changes) is small. Measure with `bench/restore.ts` before changing this.
 */
import {
  type DBSchema,
  type IDBPDatabase,
  type IDBPObjectStore,
  type IDBPTransaction,
  type StoreNames,
  wrap,
} from 'idb';
import type { Container, DaemonState, Image, RngState } from '../daemon/types';
import type { Session } from '../shell/types';
import { findConflict, type StoredNow, touchedKeys } from './concurrency';
import { diffSessions, type HistoryChanges, isEmpty, type SessionChanges } from './diff';
import { createMemoryStore } from './memory';
import type { LearnerProgress } from './progress';
import {
  type CloseReason,
  ConflictError,
  StorageFullError,
  StoreClosedError,
  type WorldStore,
} from './repository';
import { containerProblem, imageProblem, isAttached, isHistoryLine, isHostFs, isRng } from './validate';

/**
 * ⚠️ WARNING: bump this, and add a step to `UPGRADE_STEPS`, whenever anything persisted changes
 * shape: a store or index added or removed, a key changed, or a field of `Image`, `Container`,
 * `RngState` (src/daemon/types.ts) or of a meta value renamed or reshaped. Without a step, a
 * learner's saved world is read with the wrong shape after the deploy. Never edit a step that has
 * shipped: browsers that already ran it will not run it again.
 */
export const SCHEMA_VERSION = 1;

/** The database name used unless `openIdbStore` is told otherwise. */
export const DEFAULT_DB_NAME = 'dockyard';

/** Keys of the `meta` store. */
export type MetaKey = 'rng' | 'lastStatus' | 'attached' | 'schema' | 'version' | 'progress' | 'hostFs';

/** The persisted shape. Each store holds one entity; `meta` holds the session's scalars. */
export interface DockyardDB extends DBSchema {
  images: { key: string; value: Image };
  containers: { key: string; value: Container };
  /** Auto-incremented sequence numbers, so appending needs no key and dropping old lines is a range delete. */
  history: { key: number; value: string };
  /**
   * `rng` → RngState, `lastStatus` → number, `schema` → the version whose upgrade last ran,
   * `version` → how many commits there have been (absent before the first; see concurrency.ts),
   * `progress` → LearnerProgress (progress.ts; written by `saveProgress` only, so a commit from
   * null, a reset or an import, keeps it).
   * A new key needs no schema bump: an absent one reads as its default.
   */
  meta: {
    key: MetaKey;
    value:
      | RngState
      | number
      | NonNullable<Session['attached']>
      | NonNullable<Session['hostFs']>
      | LearnerProgress;
  };
}

type Db = IDBPDatabase<DockyardDB>;
type UpgradeTx = IDBPTransaction<DockyardDB, StoreNames<DockyardDB>[], 'versionchange'>;

/**
 * `UPGRADE_STEPS[v]` takes a database from version `v` to `v + 1`. A first visit runs them all
 * from 0; a returning learner runs only the ones after the version on disk.
 */
const UPGRADE_STEPS: readonly ((db: Db, tx: UpgradeTx) => void)[] = [
  // 0 → 1: the first schema.
  (db) => {
    db.createObjectStore('images', { keyPath: 'Id' });
    db.createObjectStore('containers', { keyPath: 'Id' });
    db.createObjectStore('history', { autoIncrement: true });
    db.createObjectStore('meta');
  },
];

const STORES = ['images', 'containers', 'history', 'meta'] as const;

function upgrade(db: Db, oldVersion: number, tx: UpgradeTx): void {
  for (let v = oldVersion; v < SCHEMA_VERSION; v++) {
    const step = UPGRADE_STEPS[v];
    if (step === undefined) throw new Error(`No upgrade step from schema version ${v}`);
    step(db, tx);
  }
  // Written in the versionchange transaction: if it fails, the whole upgrade is rolled back.
  tx.objectStore('meta')
    .put(SCHEMA_VERSION, 'schema')
    .catch(() => {});
}

/** A store other tabs share, so it can tell when they changed it. */
export type SharedWorldStore = WorldStore & Required<Pick<WorldStore, 'isStale'>>;

/** Options for `openIdbStore` and `openBestStore`. */
export interface IdbStoreOptions {
  /** Database name; tests use a fresh one (or a fresh factory) each. Default `dockyard`. */
  readonly name?: string;
  /**
   * The IndexedDB to use; default `globalThis.indexedDB`. Tests pass `new IDBFactory()` from
   * fake-indexeddb (with `fake-indexeddb/auto` imported, since idb checks values against the
   * global `IDBRequest`, `IDBDatabase`… classes).
   */
  readonly factory?: IDBFactory;
  /**
   * Told when the store stops working on its own: `blocking` (another tab opened a newer
   * schema; this connection closed itself so that tab can upgrade) or `terminated`. Either way,
   * later commits reject with `StoreClosedError`: the UI should ask for a reload.
   */
  readonly onClose?: (reason: CloseReason) => void;
  /**
   * Another tab holds an older version of the database open and has not let go yet: the open
   * waits. The UI asks the learner to close other tabs (it proceeds as soon as they do).
   */
  readonly onBlocked?: () => void;
  /**
   * A commit was written, as `version`. `rebased`: it landed on top of another tab's newer work,
   * so this page's session lacks that work and should be re-read. The page tells other tabs here.
   */
  readonly onCommitted?: (version: number, info: { readonly rebased: boolean }) => void;
  /**
   * `load` skipped records it could not read (one line each, for the console); the rest loaded.
   */
  readonly onUnreadable?: (problems: readonly string[]) => void;
}

function openDatabase(factory: IDBFactory, name: string, onBlocked?: () => void): Promise<Db> {
  // idb's `openDB` always uses the global `indexedDB`; this is the same code over a chosen
  // factory, so tests can give each case a fresh fake one.
  const request = factory.open(name, SCHEMA_VERSION);
  let upgradeError: unknown;
  if (onBlocked) request.addEventListener('blocked', onBlocked);
  request.addEventListener('upgradeneeded', (event) => {
    const tx = request.transaction;
    if (tx === null) return;
    try {
      upgrade(wrap(request.result) as unknown as Db, event.oldVersion, wrap(tx) as unknown as UpgradeTx);
    } catch (e) {
      upgradeError = e;
      tx.abort();
    }
  });
  return (wrap(request) as unknown as Promise<Db>).catch((e: unknown) => {
    throw upgradeError ?? e;
  });
}

function isQuotaError(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'QuotaExceededError';
}

type HistoryStore = IDBPObjectStore<DockyardDB, ArrayLike<StoreNames<DockyardDB>>, 'history', 'readwrite'>;

/** Applies a history change; awaits only its own request, so the transaction stays alive. */
async function writeHistory(store: HistoryStore, h: HistoryChanges, full: boolean): Promise<void> {
  const pending: Promise<unknown>[] = [];
  if (!full && h.drop > 0 && h.drop === h.prevLength) {
    // Nothing kept: clearing is one request, and also right if the stored lines had drifted.
    pending.push(store.clear());
  } else if (!full && h.drop > 0) {
    // Keys only grow, so the oldest `drop` lines are the `drop` smallest keys.
    const keys = await store.getAllKeys(undefined, h.drop);
    const last = keys[keys.length - 1];
    if (last !== undefined) pending.push(store.delete(IDBKeyRange.upperBound(last)));
  }
  for (const line of h.append) pending.push(store.add(line));
  await Promise.all(pending);
}

/** A record's id for a console message, whatever its shape. */
function recordName(record: unknown): string {
  const id = (record as { Id?: unknown } | null)?.Id;
  return typeof id === 'string' ? id.slice(0, 19) : 'a record without an id';
}

type ReadwriteTx = IDBPTransaction<
  DockyardDB,
  typeof STORES extends readonly (infer S)[] ? S[] : never,
  'readwrite'
>;

/** The stored values of every record `changes` touches, and the stored generator state. */
async function readTouched(tx: ReadwriteTx, changes: SessionChanges): Promise<StoredNow> {
  const keys = touchedKeys(changes);
  const images = tx.objectStore('images');
  const containers = tx.objectStore('containers');
  const [imageValues, containerValues, rng] = await Promise.all([
    Promise.all(keys.images.map((k) => images.get(k))),
    Promise.all(keys.containers.map((k) => containers.get(k))),
    tx.objectStore('meta').get('rng'),
  ]);
  return {
    images: new Map(keys.images.map((k, i) => [k, imageValues[i]])),
    containers: new Map(keys.containers.map((k, i) => [k, containerValues[i]])),
    rng,
  };
}

/**
 * Queues the writes of `changes` on `tx` (requests only, nothing awaited). `rebased`: the stored
 * history holds another tab's newer lines, so this commit's lines are appended after them rather
 * than replacing lines by position.
 */
function write(
  tx: ReadwriteTx,
  changes: SessionChanges,
  rebased: boolean,
  pending: Promise<unknown>[],
): void {
  const images = tx.objectStore('images');
  const containers = tx.objectStore('containers');
  const history = tx.objectStore('history');
  const meta = tx.objectStore('meta');
  if (changes.full) pending.push(images.clear(), containers.clear(), history.clear());
  for (const id of changes.images.delete) pending.push(images.delete(id));
  for (const id of changes.containers.delete) pending.push(containers.delete(id));
  for (const image of changes.images.put) pending.push(images.put(image));
  for (const container of changes.containers.put) pending.push(containers.put(container));
  if (changes.rng !== undefined) pending.push(meta.put(changes.rng, 'rng'));
  if (changes.lastStatus !== undefined) pending.push(meta.put(changes.lastStatus, 'lastStatus'));
  if (changes.attached === null) pending.push(meta.delete('attached'));
  else if (changes.attached !== undefined) pending.push(meta.put(changes.attached, 'attached'));
  if (changes.hostFs === null) pending.push(meta.delete('hostFs'));
  else if (changes.hostFs !== undefined) pending.push(meta.put(changes.hostFs, 'hostFs'));
  const h = changes.history;
  if (h !== undefined) {
    const cleared = h.drop > 0 && h.drop === h.prevLength;
    const change = rebased && !cleared ? { ...h, drop: 0 } : h;
    pending.push(writeHistory(history, change, changes.full));
  }
}

/**
 * Opens (creating or upgrading as needed) the IndexedDB store.
 *
 * @throws when IndexedDB is missing, refused (some private windows), or the database on disk is
 *   newer than this code (`VersionError`). `openBestStore` turns these into a memory fallback.
 */
export async function openIdbStore(opts: IdbStoreOptions = {}): Promise<SharedWorldStore> {
  const factory = opts.factory ?? globalThis.indexedDB;
  if (factory === undefined) throw new Error('IndexedDB is not available');
  const db = await openDatabase(factory, opts.name ?? DEFAULT_DB_NAME, opts.onBlocked);
  let closed: CloseReason | 'closed' | null = null;

  const stop = (reason: CloseReason) => {
    if (closed !== null) return;
    closed = reason;
    opts.onClose?.(reason);
  };
  // Another tab wants a newer schema: let it, rather than leave it waiting forever.
  db.addEventListener('versionchange', () => {
    db.close();
    stop('blocking');
  });
  // Fired only on abnormal closes (storage cleared, disk gone), not on `db.close()`.
  db.addEventListener('close', () => stop('terminated'));

  const usable = () => {
    if (closed !== null) throw new StoreClosedError(closed);
  };

  /** The version each daemon state was read or written at: what a commit from it expects to find. */
  const versions = new WeakMap<DaemonState, number>();
  /** The version this page's world last matched (its last load, or a commit on top of it). */
  let seen = 0;

  return {
    kind: 'indexeddb',

    async load() {
      usable();
      // One readonly transaction, every request issued before the first await: they run
      // back to back, and the whole restore is one round of getAll calls.
      const tx = db.transaction(STORES, 'readonly');
      const meta = tx.objectStore('meta');
      const [imageList, containerList, history, rng, lastStatus, attached, version, hostFs] =
        await Promise.all([
          tx.objectStore('images').getAll() as Promise<unknown[]>,
          tx.objectStore('containers').getAll() as Promise<unknown[]>,
          tx.objectStore('history').getAll() as Promise<unknown[]>,
          meta.get('rng'),
          meta.get('lastStatus'),
          meta.get('attached'),
          meta.get('version'),
          meta.get('hostFs'),
          tx.done,
        ]);
      // Every commit writes `rng`; without it nothing was ever saved.
      if (rng === undefined) return null;
      // Without a readable generator state, new ids could repeat old ones: not a world to go on with.
      if (!isRng(rng)) throw new Error('The saved generator state is unreadable');
      // A malformed record is skipped, not fatal: one bad container must not cost the whole world.
      const problems: string[] = [];
      const images: Record<string, Image> = {};
      for (const image of imageList) {
        const problem = imageProblem(image);
        if (problem) problems.push(`${recordName(image)}: ${problem}`);
        else images[(image as Image).Id] = image as Image;
      }
      const containers: Record<string, Container> = {};
      for (const container of containerList) {
        const problem = containerProblem(container);
        if (problem) problems.push(`${recordName(container)}: ${problem}`);
        else containers[(container as Container).Id] = container as Container;
      }
      const lines = history.filter(isHistoryLine);
      if (lines.length < history.length)
        problems.push(`${history.length - lines.length} history lines are not text`);
      if (attached !== undefined && !isAttached(attached))
        problems.push('the attached container shell is unreadable');
      if (hostFs !== undefined && !isHostFs(hostFs)) problems.push("the host's files are unreadable");
      if (problems.length > 0) opts.onUnreadable?.(problems);
      const daemon = { images, containers, rng };
      seen = typeof version === 'number' ? version : 0;
      versions.set(daemon, seen);
      return {
        daemon,
        history: lines,
        lastStatus: typeof lastStatus === 'number' ? lastStatus : 0,
        ...(isAttached(attached) ? { attached } : {}),
        ...(isHostFs(hostFs) ? { hostFs } : {}),
      } satisfies Session;
    },

    async commit(prev, next) {
      usable();
      const changes = diffSessions(prev, next);
      if (isEmpty(changes)) return;
      const tx = db.transaction(STORES, 'readwrite');
      // Every request's promise is kept and awaited: an unawaited rejected one would surface as
      // an unhandled rejection, and awaiting them all reports the first real error.
      const pending: Promise<unknown>[] = [];
      let version = 0;
      let rebased = false;
      try {
        // The check and the writes share this transaction, so no other tab can commit in between.
        const stored = await tx.objectStore('meta').get('version');
        version = typeof stored === 'number' ? stored : 0;
        // `prev === null` replaces the whole world on purpose (first save, reset, import).
        if (prev !== null && versions.get(prev.daemon) !== version) {
          const why = findConflict(prev, next, changes, await readTouched(tx, changes));
          if (why) throw new ConflictError(why);
          rebased = true;
        }
        write(tx, changes, rebased, pending);
        pending.push(tx.objectStore('meta').put(version + 1, 'version'));
        await Promise.all([...pending, tx.done]);
      } catch (e) {
        // A refused request (DataCloneError, quota) or a conflict: roll back whatever was queued.
        try {
          tx.abort();
        } catch {
          // Already finished or aborting.
        }
        void Promise.allSettled([...pending, tx.done]);
        throw isQuotaError(e) ? new StorageFullError({ cause: e }) : e;
      }
      // After a rebase the stored world holds another tab's work that `next` lacks: `next` is not
      // a state at `version + 1`, and the page should re-read (`isStale` stays true until it does).
      if (!rebased) {
        versions.set(next.daemon, version + 1);
        seen = version + 1;
      }
      opts.onCommitted?.(version + 1, { rebased });
    },

    async loadProgress() {
      usable();
      // Read apart from the world: progress is not part of what another tab's commit conflicts with.
      return db.get('meta', 'progress');
    },

    async saveProgress(progress) {
      usable();
      try {
        await db.put('meta', progress, 'progress');
      } catch (e) {
        throw isQuotaError(e) ? new StorageFullError({ cause: e }) : e;
      }
    },

    async isStale() {
      usable();
      const version = await db.get('meta', 'version');
      return (typeof version === 'number' ? version : 0) !== seen;
    },

    close() {
      if (closed === null) closed = 'closed';
      db.close();
    },
  };
}

/** Options for `openBestStore`. */
export interface BestStoreOptions extends IdbStoreOptions {
  /** Told why IndexedDB could not be used, when the store falls back to memory. */
  readonly onFallback?: (error: unknown) => void;
}

/**
 * IndexedDB when the browser offers it, else a memory store (`kind: 'memory'`): when `indexedDB`
 * is missing (Node) or refuses to open (some private windows). The UI should tell the learner
 * that a memory store forgets everything on reload.
 */
export async function openBestStore(opts: BestStoreOptions = {}): Promise<WorldStore> {
  try {
    return await openIdbStore(opts);
  } catch (e) {
    opts.onFallback?.(e);
    return createMemoryStore();
  }
}
