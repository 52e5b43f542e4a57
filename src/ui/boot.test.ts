import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { newSession } from '../shell/index';
import { StorageFullError, StoreClosedError } from '../storage/repository';
import { boot, saveErrorNotice, seedFor } from './boot';

describe('boot', () => {
  it('starts fresh on a first visit, then finds the session again', async () => {
    const first = await boot(() => {}, 1);
    expect(first.store.kind).toBe('indexeddb');
    expect(first.loaded).toBe(false);
    expect(first.notice).toBeNull();
    await first.store.commit(null, { ...first.session, history: ['docker images'] });
    first.store.close();

    const second = await boot(() => {}, 1);
    expect(second.loaded).toBe(true);
    expect(second.session.history).toEqual(['docker images']);
    second.store.close();
  });

  it('falls back to memory, and says so, when IndexedDB refuses', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const open = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('refused', 'SecurityError');
    });
    const booted = await boot(() => {}, 1);
    expect(booted.store.kind).toBe('memory');
    expect(booted.notice).toEqual({ kind: 'memory' });
    expect(booted.session).toEqual(newSession(1));
    open.mockRestore();
    warn.mockRestore();
  });
});

describe('saveErrorNotice', () => {
  it('tells a full disk from a closed store from anything else', () => {
    expect(saveErrorNotice(new StorageFullError())).toEqual({ kind: 'full' });
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
