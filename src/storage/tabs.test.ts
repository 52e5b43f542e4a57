/**
 * Two tabs are two stores over one database. Each "tab" runs real command lines through the shell
 * on the session it last read, then commits: the second to commit may be working on a stale world.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { Container } from '../daemon/types';
import { newSession, runLine } from '../shell/index';
import type { Session } from '../shell/types';
import { openIdbStore } from './idb';
import { ConflictError, type WorldStore } from './repository';

const host = { clock: { now: () => Date.parse('2024-05-01T12:00:00Z') } };

function run(session: Session, ...lines: string[]): Session {
  let s = session;
  for (const line of lines) s = runLine(s, line, host).session;
  return s;
}

const names = (s: Session | null) =>
  Object.values(s?.daemon.containers ?? {})
    .map((c: Container) => c.Name)
    .sort();

/** A database holding one hello-world container, and two tabs that have both read it. */
async function twoTabs() {
  const factory = new IDBFactory();
  const commits: { tab: string; version: number; rebased: boolean }[] = [];
  const open = (tab: string) =>
    openIdbStore({ factory, onCommitted: (version, { rebased }) => commits.push({ tab, version, rebased }) });
  const a = await open('a');
  const b = await open('b');
  const first = run(newSession(7), 'docker run hello-world');
  await a.commit(null, first);
  const readA = (await a.load()) as Session;
  const readB = (await b.load()) as Session;
  return { a, b, readA, readB, commits };
}

async function commitRun(store: WorldStore, from: Session, ...lines: string[]): Promise<Session> {
  const next = run(from, ...lines);
  await store.commit(from, next);
  return next;
}

describe('two tabs on one database', () => {
  it('a tab sees that another tab committed, and stops seeing it once it re-reads', async () => {
    const { a, b, readA, readB } = await twoTabs();
    expect(await b.isStale()).toBe(false);
    await commitRun(a, readA, 'docker run hello-world');
    expect(await b.isStale()).toBe(true);
    expect(await a.isStale()).toBe(false);
    expect(names(await b.load())).toHaveLength(2);
    expect(await b.isStale()).toBe(false);
    void readB;
  });

  it('rebases a stale command that touched other records: both effects are kept', async () => {
    const { a, b, readA, readB, commits } = await twoTabs();
    const [original] = names(readB);
    await commitRun(a, readA, 'docker ps -a', 'docker run hello-world');
    // Tab b has not re-read: it removes the first container, which tab a did not touch.
    await commitRun(b, readB, `docker rm ${original}`);
    const world = (await a.load()) as Session;
    expect(names(world)).toHaveLength(1);
    expect(names(world)).not.toContain(original);
    // Both command lines are in the history, b's after a's.
    expect(world.history).toEqual([
      'docker run hello-world',
      'docker ps -a',
      'docker run hello-world',
      `docker rm ${original}`,
    ]);
    expect(commits.slice(1)).toEqual([
      { tab: 'a', version: 2, rebased: false },
      { tab: 'b', version: 3, rebased: true },
    ]);
    // b's session lacks a's container, so b must re-read.
    expect(await b.isStale()).toBe(true);
  });

  it('refuses, writing nothing, when both tabs drew new ids from the same generator state', async () => {
    const { a, b, readA, readB } = await twoTabs();
    await commitRun(a, readA, 'docker run hello-world');
    const afterA = await a.load();
    // Same seed, same counter: b's new container would get a's id and name.
    const err = await commitRun(b, readB, 'docker run hello-world').catch((e: unknown) => e);
    expect(err, String(err)).toBeInstanceOf(ConflictError);
    expect((err as Error).message).toBe(
      'Another Dockyard tab changed the playground at the same moment, so your last command was not saved.',
    );
    expect(await b.load()).toEqual(afterA);
    // Having re-read, b's command goes through and gets the next name.
    const fresh = (await b.load()) as Session;
    await commitRun(b, fresh, 'docker run hello-world');
    expect(names(await a.load())).toHaveLength(3);
  });

  it('refuses when both tabs changed the same container differently', async () => {
    const { a, b, readA, readB } = await twoTabs();
    const id = Object.keys(readA.daemon.containers)[0] as string;
    const rename = (s: Session, Name: string): Session => ({
      ...s,
      daemon: {
        ...s.daemon,
        containers: { ...s.daemon.containers, [id]: { ...(s.daemon.containers[id] as Container), Name } },
      },
    });
    await a.commit(readA, rename(readA, 'from_a'));
    await expect(b.commit(readB, rename(readB, 'from_b'))).rejects.toBeInstanceOf(ConflictError);
    expect(names(await b.load())).toEqual(['from_a']);
  });

  it('accepts a stale change that another tab already made the same way', async () => {
    const { a, b, readA, readB } = await twoTabs();
    const [only] = names(readA);
    await commitRun(a, readA, `docker rm ${only}`);
    await commitRun(b, readB, `docker rm ${only}`);
    expect(names(await a.load())).toEqual([]);
  });

  it('commits in a row from one tab take the fast path', async () => {
    const { a, readA, commits } = await twoTabs();
    const s1 = await commitRun(a, readA, 'docker ps -a');
    await commitRun(a, s1, 'docker images');
    expect(commits.slice(1).map((c) => c.rebased)).toEqual([false, false]);
    expect(await a.isStale()).toBe(false);
  });
});
