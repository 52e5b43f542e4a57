import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { newSession } from '../shell/index';
import type { DatabaseDump, StoreDump } from '../storage/fixtures/dump';
import { writeDump } from '../storage/fixtures/dump';
import v1 from '../storage/fixtures/v1.json';
import { ConflictError, StorageFullError, StoreClosedError } from '../storage/repository';
import { TabSync } from '../storage/tabSync';
import { boot, saveErrorNotice, seedFor } from './boot';
import type { StorageNotice } from './uiStore';

/** What boot told the learner, as the notice bar would hold it. */
function noticeBoard() {
  let notices: StorageNotice[] = [];
  return {
    showNotice: (n: StorageNotice) => {
      notices = [...notices.filter((o) => o.kind !== n.kind), n];
    },
    dismissNotice: (...kinds: StorageNotice['kind'][]) => {
      notices = notices.filter((n) => !kinds.includes(n.kind));
    },
    get notices() {
      return notices;
    },
  };
}

const quiet = () => new TabSync({ broadcast: false });

describe('boot', () => {
  it('starts fresh on a first visit, then finds the session again', async () => {
    const board = noticeBoard();
    const first = await boot(board, 1, quiet());
    expect(first.store.kind).toBe('indexeddb');
    expect(first.loaded).toBe(false);
    // Saved at once, so the first command's commit is a checked difference, not a full rewrite.
    expect(first.stored).toBe(true);
    expect(await first.store.load()).toEqual(newSession(1));
    expect(board.notices).toEqual([]);
    await first.store.commit(null, { ...first.session, history: ['docker images'] });
    first.store.close();

    const second = await boot(board, 1, quiet());
    expect(second.loaded).toBe(true);
    expect(second.session.history).toEqual(['docker images']);
    second.store.close();
    await indexedDB.deleteDatabase('dockyard');
  });

  it('falls back to memory, and says so, when IndexedDB refuses', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const open = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('refused', 'SecurityError');
    });
    const board = noticeBoard();
    const booted = await boot(board, 1, quiet());
    expect(booted.store.kind).toBe('memory');
    expect(board.notices).toEqual([{ kind: 'memory' }]);
    expect(booted.session).toEqual(newSession(1));
    open.mockRestore();
    warn.mockRestore();
  });

  it('reports unreadable records once, and loads the rest', async () => {
    const dump = v1 as unknown as DatabaseDump;
    const containers = (dump.stores.containers as StoreDump).records;
    const [id] = containers[0] as [string, unknown];
    await writeDump(
      {
        ...dump,
        stores: {
          ...dump.stores,
          containers: {
            ...(dump.stores.containers as StoreDump),
            records: [[id, { Id: id }], ...containers.slice(1)],
          },
        },
      },
      'dockyard',
    );
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const board = noticeBoard();
    const booted = await boot(board, 1, quiet());
    expect(Object.keys(booted.session.daemon.containers)).toHaveLength(1);
    expect(board.notices).toEqual([{ kind: 'unreadable', count: 1 }]);
    expect(warn).toHaveBeenCalledWith('Dockyard: skipped 1 unreadable saved records', [
      expect.stringMatching(/Name is missing/),
    ]);
    // Re-reading for another tab's commit does not say it again.
    board.dismissNotice('unreadable');
    await booted.store.load();
    expect(board.notices).toEqual([]);
    booted.store.close();
    warn.mockRestore();
    await indexedDB.deleteDatabase('dockyard');
  });

  it('asks to close other tabs while the database upgrade is blocked, and stops once it opens', async () => {
    const realOpen = indexedDB.open.bind(indexedDB);
    const board = noticeBoard();
    const seen: StorageNotice[][] = [];
    vi.spyOn(indexedDB, 'open').mockImplementation((name, version) => {
      const request = realOpen(name, version);
      const listen = request.addEventListener.bind(request);
      request.addEventListener = ((type: string, listener: EventListener) => {
        // What the browser does while an older tab keeps the database open: fire `blocked`.
        if (type === 'blocked') {
          listener(new Event('blocked'));
          seen.push(board.notices);
        }
        listen(type, listener);
      }) as typeof request.addEventListener;
      return request;
    });
    const booted = await boot(board, 1, quiet());
    expect(seen[0]).toEqual([{ kind: 'blocked' }]);
    expect(board.notices).toEqual([]);
    booted.store.close();
    vi.restoreAllMocks();
  });
});

describe('saveErrorNotice', () => {
  it('tells a full disk from a conflict from a closed store from anything else', () => {
    expect(saveErrorNotice(new StorageFullError())).toEqual({ kind: 'full' });
    expect(saveErrorNotice(new ConflictError('x'))).toEqual({ kind: 'conflict' });
    expect(saveErrorNotice(new StoreClosedError('blocking'))).toEqual({
      kind: 'failed',
      message: 'Storage was handed to a newer version of Dockyard in another tab: reload this tab.',
    });
    expect(saveErrorNotice(new Error('boom'))).toMatchObject({ kind: 'failed' });
  });
});

describe('seedFor', () => {
  it('takes ?seed=N so a class shares ids and names, and is random otherwise', () => {
    expect(seedFor('?seed=42', () => 7)).toBe(42);
    expect(seedFor('', () => 7)).toBe(7);
    expect(seedFor('?seed=abc', () => 9)).toBe(9);
  });
});
