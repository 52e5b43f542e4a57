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
import type { Container, Image, RngState } from '../daemon/types';
import type { Session } from '../shell/types';
import { diffSessions, type HistoryChanges, isEmpty } from './diff';
import { createMemoryStore } from './memory';
import { type CloseReason, StorageFullError, StoreClosedError, type WorldStore } from './repository';

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
export type MetaKey = 'rng' | 'lastStatus' | 'attached' | 'schema';

/** The persisted shape. Each store holds one entity; `meta` holds the session's scalars. */
export interface DockyardDB extends DBSchema {
  images: { key: string; value: Image };
  containers: { key: string; value: Container };
  /** Auto-incremented sequence numbers, so appending needs no key and dropping old lines is a range delete. */
  history: { key: number; value: string };
  /** `rng` → RngState, `lastStatus` → number, `schema` → the version whose upgrade last ran. */
  meta: { key: MetaKey; value: RngState | number | NonNullable<Session['attached']> };
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
}

function openDatabase(factory: IDBFactory, name: string): Promise<Db> {
  // idb's `openDB` always uses the global `indexedDB`; this is the same code over a chosen
  // factory, so tests can give each case a fresh fake one.
  const request = factory.open(name, SCHEMA_VERSION);
  let upgradeError: unknown;
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

/**
 * Opens (creating or upgrading as needed) the IndexedDB store.
 *
 * @throws when IndexedDB is missing, refused (some private windows), or the database on disk is
 *   newer than this code (`VersionError`). `openBestStore` turns these into a memory fallback.
 */
export async function openIdbStore(opts: IdbStoreOptions = {}): Promise<WorldStore> {
  const factory = opts.factory ?? globalThis.indexedDB;
  if (factory === undefined) throw new Error('IndexedDB is not available');
  const db = await openDatabase(factory, opts.name ?? DEFAULT_DB_NAME);
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

  return {
    kind: 'indexeddb',

    async load() {
      usable();
      // One readonly transaction, every request issued before the first await: they run
      // back to back, and the whole restore is one round of getAll calls.
      const tx = db.transaction(STORES, 'readonly');
      const meta = tx.objectStore('meta');
      const [imageList, containerList, history, rng, lastStatus, attached] = await Promise.all([
        tx.objectStore('images').getAll(),
        tx.objectStore('containers').getAll(),
        tx.objectStore('history').getAll(),
        meta.get('rng'),
        meta.get('lastStatus'),
        meta.get('attached'),
        tx.done,
      ]);
      // Every commit writes `rng`; without it nothing was ever saved.
      if (typeof rng !== 'object' || !('seed' in rng)) return null;
      const images: Record<string, Image> = {};
      for (const image of imageList) images[image.Id] = image;
      const containers: Record<string, Container> = {};
      for (const container of containerList) containers[container.Id] = container;
      return {
        daemon: { images, containers, rng },
        history,
        lastStatus: typeof lastStatus === 'number' ? lastStatus : 0,
        ...(typeof attached === 'object' && 'containerId' in attached ? { attached } : {}),
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
      try {
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
        if (changes.history !== undefined) pending.push(writeHistory(history, changes.history, changes.full));
      } catch (e) {
        // A request refused synchronously (e.g. DataCloneError): roll back what was queued.
        try {
          tx.abort();
        } catch {
          // Already finished or aborting.
        }
        void Promise.allSettled([...pending, tx.done]);
        throw isQuotaError(e) ? new StorageFullError({ cause: e }) : e;
      }
      try {
        await Promise.all([...pending, tx.done]);
      } catch (e) {
        throw isQuotaError(e) ? new StorageFullError({ cause: e }) : e;
      }
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
