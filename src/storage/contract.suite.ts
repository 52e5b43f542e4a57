/**
 * The `WorldStore` contract as one vitest suite, run against every implementation (memory.test.ts,
 * idb.test.ts) so that the fallback behaves like the real thing.
 */
import { describe, expect, it } from 'vitest';
import { makeBigState } from '../../bench/fixtures';
import type { Container } from '../daemon/types';
import type { Session } from '../shell/types';
import { EMPTY_PROGRESS, type LearnerProgress, readProgress } from './progress';
import type { WorldStore } from './repository';

/** How the suite reaches one implementation. */
export interface StoreHarness {
  /** A new, empty backing storage; `open` may be called again on it after `close` (when `reopens`). */
  fresh(): { open(): Promise<WorldStore> };
  /** Whether a closed store can be reopened over the same storage (true for IndexedDB). */
  readonly reopens: boolean;
  /**
   * Starts recording the records the implementation writes (puts or copies); `written()` gives
   * each written record's `Id` (or the value itself when it has none).
   */
  spyWrites(): { written(): unknown[]; restore(): void };
}

/** A small session with every part filled. */
export function sampleSession(): Session {
  return {
    daemon: makeBigState({ containers: 6, images: 3, seed: 7 }),
    history: ['docker run hello-world', 'docker ps -a', 'docker images'],
    lastStatus: 0,
  };
}

function firstContainer(s: Session): Container {
  const c = Object.values(s.daemon.containers)[0];
  if (c === undefined) throw new Error('fixture has no container');
  return c;
}

/** `s` with one container replaced, the way the daemon does it (a new object, same key). */
function restarted(s: Session, c: Container): Session {
  const next: Container = { ...c, State: { ...c.State, Status: 'running', Running: true, StartedAt: 1 } };
  return {
    ...s,
    daemon: { ...s.daemon, containers: { ...s.daemon.containers, [c.Id]: next } },
    history: [...s.history, `docker start ${c.Name}`],
    lastStatus: 0,
  };
}

/** Registers the contract tests for one implementation. */
export function worldStoreContract(name: string, harness: StoreHarness): void {
  describe(`WorldStore contract: ${name}`, () => {
    it('loads null on first visit', async () => {
      const store = await harness.fresh().open();
      expect(await store.load()).toBeNull();
      store.close();
    });

    it('round-trips images, containers, history, rng and lastStatus', async () => {
      const store = await harness.fresh().open();
      const s = { ...sampleSession(), lastStatus: 125 };
      await store.commit(null, s);
      const loaded = await store.load();
      expect(loaded).toEqual(s);
      expect(loaded?.daemon.rng).toEqual(s.daemon.rng);
      expect(loaded?.history).toEqual(s.history);
      store.close();
    });

    it('keeps the container shell the terminal is attached to, and forgets it once left', async () => {
      const store = await harness.fresh().open();
      const s1 = sampleSession();
      await store.commit(null, s1);
      const s2 = {
        ...s1,
        attached: { containerId: 'c0ffee'.repeat(10).padEnd(64, '0'), history: ['ls'], lastStatus: 0 },
      };
      await store.commit(s1, s2);
      expect((await store.load())?.attached).toEqual(s2.attached);
      const { attached: _left, ...s3 } = s2;
      await store.commit(s2, s3);
      expect((await store.load())?.attached).toBeUndefined();
      store.close();
    });

    it("keeps the host's files, and forgets them when there are none again", async () => {
      const store = await harness.fresh().open();
      const s1 = sampleSession();
      await store.commit(null, s1);
      const s2: Session = { ...s1, hostFs: { '/home/learner/notes.txt': { type: 'file', data: 'hi\n' } } };
      await store.commit(s1, s2);
      expect((await store.load())?.hostFs).toEqual(s2.hostFs);
      const { hostFs: _gone, ...s3 } = s2;
      await store.commit(s2, s3);
      expect((await store.load())?.hostFs).toBeUndefined();
      store.close();
    });

    it('writes only the records that changed', async () => {
      const store = await harness.fresh().open();
      const s1 = sampleSession();
      await store.commit(null, s1);
      const c = firstContainer(s1);
      const s2 = restarted(s1, c);
      const spy = harness.spyWrites();
      try {
        await store.commit(s1, s2);
        const ids = spy.written().filter((v) => typeof v === 'string' && /^(sha256:)?[0-9a-f]{64}$/.test(v));
        expect(ids).toEqual([c.Id]);
        // The changed container, the new history line, lastStatus at most: nothing near a rewrite.
        expect(spy.written().length).toBeLessThanOrEqual(3);
      } finally {
        spy.restore();
      }
      expect(await store.load()).toEqual(s2);
      store.close();
    });

    it('writes nothing when nothing changed', async () => {
      const store = await harness.fresh().open();
      const s = sampleSession();
      await store.commit(null, s);
      const spy = harness.spyWrites();
      try {
        await store.commit(s, { ...s });
        expect(spy.written()).toEqual([]);
      } finally {
        spy.restore();
      }
      store.close();
    });

    it('deletes a removed container and a removed image', async () => {
      const store = await harness.fresh().open();
      const s1 = sampleSession();
      await store.commit(null, s1);
      const c = firstContainer(s1);
      const { [c.Id]: _gone, ...containers } = s1.daemon.containers;
      const imageId = Object.keys(s1.daemon.images)[0] ?? '';
      const { [imageId]: _img, ...images } = s1.daemon.images;
      const s2: Session = { ...s1, daemon: { ...s1.daemon, containers, images } };
      await store.commit(s1, s2);
      const loaded = await store.load();
      expect(loaded?.daemon.containers[c.Id]).toBeUndefined();
      expect(loaded?.daemon.images[imageId]).toBeUndefined();
      expect(loaded).toEqual(s2);
      store.close();
    });

    it('appends history, and follows a history trimmed at the front or replaced', async () => {
      const store = await harness.fresh().open();
      const s1 = sampleSession();
      await store.commit(null, s1);
      const appended = { ...s1, history: [...s1.history, 'ls', 'ls'] };
      await store.commit(s1, appended);
      expect((await store.load())?.history).toEqual(appended.history);
      const trimmed = { ...appended, history: [...appended.history.slice(2), 'clear'] };
      await store.commit(appended, trimmed);
      expect((await store.load())?.history).toEqual(trimmed.history);
      const replaced = { ...trimmed, history: ['history -c'] };
      await store.commit(trimmed, replaced);
      expect((await store.load())?.history).toEqual(['history -c']);
      const emptied = { ...replaced, history: [] };
      await store.commit(replaced, emptied);
      expect((await store.load())?.history).toEqual([]);
      store.close();
    });

    it('a full commit (prev null) replaces what was stored', async () => {
      const store = await harness.fresh().open();
      await store.commit(null, sampleSession());
      const other: Session = {
        daemon: makeBigState({ containers: 2, images: 1, seed: 99 }),
        history: ['echo hi'],
        lastStatus: 1,
      };
      await store.commit(null, other);
      expect(await store.load()).toEqual(other);
      store.close();
    });

    it('is not altered by later mutation of committed or loaded objects', async () => {
      const store = await harness.fresh().open();
      const s = structuredClone(sampleSession());
      await store.commit(null, s);
      const c = firstContainer(s) as { Name: string };
      c.Name = 'mutated';
      const loaded = (await store.load()) as Session;
      (firstContainer(loaded) as { Name: string }).Name = 'mutated too';
      expect(firstContainer((await store.load()) as Session).Name).not.toMatch(/mutated/);
      store.close();
    });

    it('keeps the previous commit when a commit fails', async () => {
      const store = await harness.fresh().open();
      const s1 = sampleSession();
      await store.commit(null, s1);
      // The good change comes first in key order, so a backend must really roll it back.
      const [good, victim] = Object.values(s1.daemon.containers) as [Container, Container];
      const bad = { ...victim, program: () => 'not cloneable' } as unknown as Container;
      const s2: Session = {
        ...s1,
        daemon: {
          ...s1.daemon,
          containers: { ...s1.daemon.containers, [good.Id]: { ...good, Name: 'renamed' }, [victim.Id]: bad },
        },
        lastStatus: 3,
      };
      await expect(store.commit(s1, s2)).rejects.toThrow();
      expect(await store.load()).toEqual(s1);
      store.close();
    });

    const progress: LearnerProgress = {
      active: 'container-lifecycle',
      lessons: {
        'hello-world': { step: 5, commands: 6, done: { at: 1_700_000_000_000, commands: 6, best: 5 } },
        'container-lifecycle': { step: 2, commands: 3 },
      },
      quiz: { 'walkthrough-1': { attempts: 2, correct: true, at: 1_700_000_000_000 } },
    };

    it('keeps lesson and quiz progress apart from the world: reset and import leave it', async () => {
      const store = await harness.fresh().open();
      expect(readProgress(await store.loadProgress?.())).toEqual(EMPTY_PROGRESS);
      await store.commit(null, sampleSession());
      await store.saveProgress?.(progress);
      expect(readProgress(await store.loadProgress?.())).toEqual(progress);
      // A full commit is what reset and import do.
      await store.commit(null, {
        daemon: makeBigState({ containers: 1, images: 1, seed: 5 }),
        history: [],
        lastStatus: 0,
      });
      expect(readProgress(await store.loadProgress?.())).toEqual(progress);
      const next = { ...progress, active: null };
      await store.saveProgress?.(next);
      expect(readProgress(await store.loadProgress?.())).toEqual(next);
      store.close();
    });

    it.runIf(harness.reopens)('keeps progress after close and reopen', async () => {
      const backing = harness.fresh();
      const first = await backing.open();
      await first.commit(null, sampleSession());
      await first.saveProgress?.(progress);
      first.close();
      const second = await backing.open();
      expect(readProgress(await second.loadProgress?.())).toEqual(progress);
      second.close();
    });

    it('rejects load and commit after close', async () => {
      const store = await harness.fresh().open();
      store.close();
      store.close();
      await expect(store.load()).rejects.toMatchObject({ name: 'StoreClosedError' });
      await expect(store.commit(null, sampleSession())).rejects.toMatchObject({ name: 'StoreClosedError' });
    });

    it.runIf(harness.reopens)('loads the same session after close and reopen', async () => {
      const backing = harness.fresh();
      const first = await backing.open();
      const s1 = sampleSession();
      await first.commit(null, s1);
      const s2 = restarted(s1, firstContainer(s1));
      await first.commit(s1, s2);
      first.close();
      const second = await backing.open();
      expect(await second.load()).toEqual(s2);
      second.close();
    });
  });
}
