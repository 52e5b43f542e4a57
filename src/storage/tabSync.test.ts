/** Two tabs in one Node process: Node has BroadcastChannel, fake-indexeddb shares one database. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { newSession, runLine } from '../shell/index';
import type { Session } from '../shell/types';
import { openIdbStore } from './idb';
import { type FocusSource, TabSync } from './tabSync';

const host = { clock: { now: () => Date.parse('2024-05-01T12:00:00Z') } };
let channels = 0;

async function tab(factory: IDBFactory, name: string, broadcast = true) {
  const sync = new TabSync({ name, broadcast });
  const store = await openIdbStore({ factory, onCommitted: (v, { rebased }) => sync.committed(v, rebased) });
  const worlds: Session[] = [];
  const listeners = new Map<string, () => void>();
  const focus: FocusSource = {
    addEventListener: (type, l) => listeners.set(type, l),
    removeEventListener: (type) => listeners.delete(type),
  };
  return { sync, store, worlds, focus, fire: (type: string) => listeners.get(type)?.() };
}

const containerNames = (s: Session | undefined) =>
  Object.values(s?.daemon.containers ?? {}).map((c) => c.Name);

describe('TabSync', () => {
  it('a commit in one tab reaches the other tab’s terminal, and not its own', async () => {
    const factory = new IDBFactory();
    const name = `dockyard-test-${channels++}`;
    const one = await tab(factory, name);
    const two = await tab(factory, name);
    await one.store.commit(null, newSession(7));
    one.sync.attach(one.store, (s) => one.worlds.push(s));
    two.sync.attach(two.store, (s) => two.worlds.push(s));
    // Caught up on attach (the first commit came before it).
    await vi.waitFor(() => expect(two.worlds.length).toBeGreaterThan(0));
    const read = (await one.store.load()) as Session;
    await one.store.commit(read, runLine(read, 'docker run hello-world', host).session);
    await vi.waitFor(() => expect(containerNames(two.worlds.at(-1))).toEqual(['wizardly_mendeleev']));
    // A tab's own commits never send it re-reading.
    expect(one.worlds).toHaveLength(0);
    one.sync.close();
    two.sync.close();
  });

  it('without a channel, catches up when the tab regains focus', async () => {
    const factory = new IDBFactory();
    const one = await tab(factory, 'unused', false);
    const two = await tab(factory, 'unused', false);
    await one.store.commit(null, newSession(7));
    const stop = two.sync.attach(two.store, (s) => two.worlds.push(s), two.focus);
    await vi.waitFor(() => expect(two.worlds).toHaveLength(1));
    const read = (await one.store.load()) as Session;
    await one.store.commit(read, runLine(read, 'docker run hello-world', host).session);
    two.fire('focus');
    await vi.waitFor(() => expect(two.worlds).toHaveLength(2));
    // Focus again with nothing new: no re-read.
    two.fire('visibilitychange');
    await new Promise((r) => setTimeout(r, 20));
    expect(two.worlds).toHaveLength(2);
    stop();
  });
});
