/**
 * Every database an older Dockyard wrote (kept as dumps in fixtures/) opens with the current code
 * and gives back the learner's world, and the current code can go on committing to it.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { Session } from '../shell/types';
import type { DatabaseDump } from './fixtures/dump';
import { dumpDatabase, writeDump } from './fixtures/dump';
import v1 from './fixtures/v1.json';
import v1Session from './fixtures/v1.session.json';
import { DEFAULT_DB_NAME, openIdbStore, SCHEMA_VERSION } from './idb';

/** One entry per schema version that ever shipped: the dump, and the session it holds. */
const FIXTURES: readonly { dump: DatabaseDump; session: Session }[] = [
  { dump: v1 as unknown as DatabaseDump, session: v1Session as unknown as Session },
];

describe('opening databases written by older schema versions', () => {
  it('has a fixture for every version up to the current one', () => {
    expect(FIXTURES.map((f) => f.dump.version)).toEqual(
      Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1),
    );
  });

  for (const { dump, session } of FIXTURES) {
    describe(`schema v${dump.version}`, () => {
      it('loads the learner’s containers, images, history and $?', async () => {
        const factory = new IDBFactory();
        await writeDump(dump, DEFAULT_DB_NAME, factory);
        const store = await openIdbStore({ factory });
        const loaded = await store.load();
        expect(loaded).toEqual(session);
        expect(
          Object.values(loaded?.daemon.containers ?? {})
            .map((c) => c.Name)
            .sort(),
        ).toEqual(['dazzling_torvalds', 'wizardly_mendeleev']);
        store.close();
        const upgraded = await dumpDatabase(factory, DEFAULT_DB_NAME);
        expect(upgraded.version).toBe(SCHEMA_VERSION);
      });

      it('goes on committing after the upgrade, and keeps what it commits', async () => {
        const factory = new IDBFactory();
        await writeDump(dump, DEFAULT_DB_NAME, factory);
        const store = await openIdbStore({ factory });
        const loaded = (await store.load()) as Session;
        const next = { ...loaded, history: [...loaded.history, 'docker images'], lastStatus: 0 };
        await store.commit(loaded, next);
        store.close();
        const again = await openIdbStore({ factory });
        expect(await again.load()).toEqual(next);
        again.close();
      });
    });
  }
});
