// idb checks values against the global IDB* classes, so the fake ones must be global; each test
// still gets its own fresh IDBFactory, so no state leaks between tests.
import 'fake-indexeddb/auto';
import { forceCloseDatabase, IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { type IDBPDatabase, wrap } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleSession, worldStoreContract } from './contract.suite';
import { DEFAULT_DB_NAME, openBestStore, openIdbStore, SCHEMA_VERSION } from './idb';
import { type CloseReason, StorageFullError, StoreClosedError } from './repository';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

worldStoreContract('indexeddb', {
  reopens: true,
  fresh() {
    const factory = new IDBFactory();
    return { open: () => openIdbStore({ factory }) };
  },
  spyWrites() {
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    const add = vi.spyOn(IDBObjectStore.prototype, 'add');
    const id = (v: unknown) => (v as { Id?: unknown }).Id ?? v;
    return {
      written: () => [...put.mock.calls.map(([v]) => id(v)), ...add.mock.calls.map(([v]) => id(v))],
      restore: () => {
        put.mockRestore();
        add.mockRestore();
      },
    };
  },
});

/** Opens the raw database (no idb store on top) to look at what was written. */
async function raw(
  factory: IDBFactory,
  version?: number,
  upgrade?: (db: IDBDatabase) => void,
): Promise<IDBPDatabase> {
  const request = factory.open(DEFAULT_DB_NAME, version);
  if (upgrade) request.onupgradeneeded = () => upgrade(request.result);
  return wrap(request) as unknown as Promise<IDBPDatabase>;
}

describe('openIdbStore', () => {
  it('upgrades an empty database to the current schema', async () => {
    const factory = new IDBFactory();
    const store = await openIdbStore({ factory });
    expect(await store.load()).toBeNull();
    store.close();
    const db = await raw(factory);
    expect(db.version).toBe(SCHEMA_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['containers', 'history', 'images', 'meta']);
    expect(await db.get('meta', 'schema')).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('stores one record per entity, history keyed by sequence number', async () => {
    const factory = new IDBFactory();
    const store = await openIdbStore({ factory });
    const s = sampleSession();
    await store.commit(null, s);
    const trimmed = { ...s, history: [...s.history.slice(1), 'docker rm x'] };
    await store.commit(s, trimmed);
    store.close();
    const db = await raw(factory);
    expect(await db.count('containers')).toBe(Object.keys(s.daemon.containers).length);
    expect(await db.count('images')).toBe(Object.keys(s.daemon.images).length);
    // The first line was dropped by a range delete, the new one appended with the next key.
    expect(await db.getAllKeys('history')).toEqual([2, 3, 4]);
    expect(await db.get('meta', 'rng')).toEqual(s.daemon.rng);
    db.close();
  });

  it('two stores on the same database see each other’s commits', async () => {
    const factory = new IDBFactory();
    const a = await openIdbStore({ factory });
    const b = await openIdbStore({ factory });
    const s = sampleSession();
    await a.commit(null, s);
    expect(await b.load()).toEqual(s);
    const s2 = { ...s, lastStatus: 2 };
    await b.commit(s, s2);
    expect(await a.load()).toEqual(s2);
    a.close();
    b.close();
  });

  it('closes itself when a newer schema opens in another tab (blocking)', async () => {
    const factory = new IDBFactory();
    const reasons: CloseReason[] = [];
    const old = await openIdbStore({ factory, onClose: (r) => reasons.push(r) });
    await old.commit(null, sampleSession());
    // Without the blocking handler this open would wait forever for `old` to close.
    const newer = await raw(factory, SCHEMA_VERSION + 1, () => {});
    expect(newer.version).toBe(SCHEMA_VERSION + 1);
    expect(reasons).toEqual(['blocking']);
    await expect(old.load()).rejects.toBeInstanceOf(StoreClosedError);
    await expect(old.commit(null, sampleSession())).rejects.toMatchObject({ reason: 'blocking' });
    newer.close();
    // This code cannot read a newer schema: opening fails, and the best store falls back.
    await expect(openIdbStore({ factory })).rejects.toMatchObject({ name: 'VersionError' });
    const fallback = await openBestStore({ factory });
    expect(fallback.kind).toBe('memory');
  });

  it('reports an abnormal close (terminated)', async () => {
    const factory = new IDBFactory();
    const open = vi.spyOn(factory, 'open');
    const reasons: CloseReason[] = [];
    const store = await openIdbStore({ factory, onClose: (r) => reasons.push(r) });
    const request = open.mock.results[0]?.value as IDBOpenDBRequest;
    forceCloseDatabase(request.result as never);
    expect(reasons).toEqual(['terminated']);
    await expect(store.load()).rejects.toMatchObject({ reason: 'terminated' });
  });

  it('turns QuotaExceededError into StorageFullError and keeps the previous state', async () => {
    const store = await openIdbStore({ factory: new IDBFactory() });
    const s1 = sampleSession();
    await store.commit(null, s1);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const s2 = { ...s1, lastStatus: 9 };
    const err = await store.commit(s1, s2).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageFullError);
    expect((err as StorageFullError).cause).toMatchObject({ name: 'QuotaExceededError' });
    vi.restoreAllMocks();
    expect(await store.load()).toEqual(s1);
    store.close();
  });
});

describe('openBestStore', () => {
  it('uses IndexedDB when it opens', async () => {
    const store = await openBestStore({ factory: new IDBFactory() });
    expect(store.kind).toBe('indexeddb');
    store.close();
  });

  it('falls back to memory when open throws (private windows)', async () => {
    const refusing = {
      open() {
        throw new DOMException(
          'A mutation operation was attempted on a database that did not allow mutations.',
          'InvalidStateError',
        );
      },
    } as unknown as IDBFactory;
    const fallback = vi.fn();
    const store = await openBestStore({ factory: refusing, onFallback: fallback });
    expect(store.kind).toBe('memory');
    expect(fallback).toHaveBeenCalledWith(expect.objectContaining({ name: 'InvalidStateError' }));
    await store.commit(null, sampleSession());
    expect(await store.load()).toEqual(sampleSession());
  });

  it('falls back to memory when there is no indexedDB at all (Node)', async () => {
    vi.stubGlobal('indexedDB', undefined);
    expect((await openBestStore()).kind).toBe('memory');
  });
});
