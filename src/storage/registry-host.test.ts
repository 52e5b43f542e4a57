/**
 * The two things this branch added to what a world holds, a registry container's storage and the
 * host's files, survive an export and import (which checks exactly) and an IndexedDB round trip.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { newSession, runLine } from '../shell/index';
import type { Session } from '../shell/types';
import { openIdbStore } from './idb';
import { exportWorld, parseImport } from './transfer';

const host = { clock: { now: () => Date.parse('2026-11-27T10:00:00Z') } };

function world(): Session {
  let s = newSession(9);
  for (const line of [
    'docker pull hello-world',
    'docker run -d -p 5000:5000 --name registry registry:2',
    'docker tag hello-world localhost:5000/hello-world',
    'docker push localhost:5000/hello-world',
    'docker cp registry:/etc/docker/registry/config.yml .',
  ]) {
    const r = runLine(s, line, host);
    if (r.status !== 0) throw new Error(line);
    s = r.session;
  }
  return s;
}

const registryOf = (s: Session) =>
  Object.values(s.daemon.containers).find((c) => c.Name === 'registry')?.registry;

describe('a world with a private registry and host files', () => {
  it('is accepted by import, whole', () => {
    const s = world();
    expect(registryOf(s)?.repositories).toHaveProperty('hello-world');
    expect(Object.keys(s.hostFs ?? {})).toContain('/home/learner/config.yml');
    const back = parseImport(exportWorld(s));
    if (!back.ok) throw new Error(back.message);
    expect(back.session.hostFs).toEqual(s.hostFs);
    expect(registryOf(back.session)).toEqual(registryOf(s));
  });

  it('comes back from IndexedDB as it was committed', async () => {
    const s = world();
    const store = await openIdbStore({ factory: new IDBFactory(), name: 'registry-host' });
    await store.commit(null, s);
    const loaded = await store.load();
    expect(loaded?.hostFs).toEqual(s.hostFs);
    expect(loaded && registryOf(loaded)).toEqual(registryOf(s));
    store.close();
  });
});
