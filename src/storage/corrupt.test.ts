/**
 * A record the current code cannot read (a bug in an older build, a browser extension, a disk
 * error) is reported and skipped; everything else loads.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { DatabaseDump, StoreDump } from './fixtures/dump';
import { writeDump } from './fixtures/dump';
import v1 from './fixtures/v1.json';
import { DEFAULT_DB_NAME, openIdbStore } from './idb';
import { containerProblem, imageProblem } from './validate';

const good = v1 as unknown as DatabaseDump;
const records = (name: string) => (good.stores[name] as StoreDump).records;

function withStores(changes: Record<string, StoreDump['records']>): DatabaseDump {
  const stores = { ...good.stores };
  for (const [name, recs] of Object.entries(changes))
    stores[name] = { ...(stores[name] as StoreDump), records: recs };
  return { ...good, stores };
}

describe('loading a database with unreadable records', () => {
  it('skips them, says which, and loads the rest', async () => {
    const [first, second] = records('containers') as [[string, Record<string, unknown>], [string, unknown]];
    const { State: _lost, ...withoutState } = first[1];
    const badImageId = `sha256:${'e'.repeat(64)}`;
    const dump = withStores({
      containers: [[first[0], withoutState], second],
      images: [...records('images'), [badImageId, { Id: badImageId, RepoTags: 'not a list' }]],
      history: [...records('history'), [99, { not: 'a line' }]],
    });
    const factory = new IDBFactory();
    await writeDump(dump, DEFAULT_DB_NAME, factory);
    const reported: string[] = [];
    const store = await openIdbStore({ factory, onUnreadable: (p) => reported.push(...p) });
    const loaded = await store.load();
    expect(Object.keys(loaded?.daemon.containers ?? {})).toEqual([second[0]]);
    expect(Object.keys(loaded?.daemon.images ?? {})).toHaveLength(1);
    expect(loaded?.history).toEqual(['docker run hello-world', 'docker ps -a', 'docker pull alpine']);
    expect(reported).toEqual([
      `sha256:eeeeeeeeeeee: image.RepoTags should be a list`,
      `${first[0].slice(0, 19)}: container.State is missing`,
      '1 history lines are not text',
    ]);
    store.close();
  });

  it('refuses a world whose generator state is unreadable, rather than reuse ids', async () => {
    const factory = new IDBFactory();
    await writeDump(withStores({ meta: [['rng', { seed: 'seven' }]] }), DEFAULT_DB_NAME, factory);
    const store = await openIdbStore({ factory });
    await expect(store.load()).rejects.toThrow('The saved generator state is unreadable');
    store.close();
  });
});

describe('record validators', () => {
  const container = (records('containers')[0] as [string, Record<string, unknown>])[1];
  const image = (records('images')[0] as [string, Record<string, unknown>])[1];

  it('accept what the daemon writes', () => {
    expect(containerProblem(container)).toBeNull();
    expect(imageProblem(image)).toBeNull();
  });

  it('name what is wrong', () => {
    expect(containerProblem(null)).toBe('container should be an object');
    expect(containerProblem({ ...container, Id: 'short' })).toBe('container.Id is not a valid value');
    expect(
      containerProblem({ ...container, State: { ...(container.State as object), Status: 'zombie' } }),
    ).toBe(
      'container.State.Status is not one of created, running, paused, restarting, removing, exited, dead',
    );
    expect(containerProblem({ ...container, output: [{ stream: 'stdout', data: 42 }] })).toBe(
      'container.output[0].data should be a string',
    );
    expect(imageProblem({ ...image, Size: -1 })).toBe('image.Size is out of range');
    expect(imageProblem({ ...image, Layers: 'none' })).toBe('image.Layers should be a list');
  });

  it("check a container's writable layer and a committed layer's files", () => {
    const writable = {
      '/tmp': { type: 'dir', mode: 0o1777, mtime: 5 },
      '/tmp/x': { type: 'file', data: '', mtime: 5 },
      '/etc/os-release': { type: 'whiteout' },
      '/etc': { type: 'dir', opaque: true },
      '/bin': { type: 'link', target: 'usr/bin' },
    };
    expect(containerProblem({ ...container, writable })).toBeNull();
    expect(containerProblem({ ...container, writable: { '/x': { type: 'fifo' } } })).toBe(
      'container.writable./x.type should be one of dir, file, link, whiteout',
    );
    expect(containerProblem({ ...container, writable: { 'rel/x': { type: 'whiteout' } } })).toBe(
      'container.writable key is not a valid value',
    );
    expect(containerProblem({ ...container, writable: { '/d': { type: 'dir', opaque: false } } })).toBe(
      'container.writable./d.opaque should be true',
    );
    const layers = image.Layers as Record<string, unknown>[];
    const committed = [...layers, { ...layers[0], files: { '/tmp/x': { type: 'file', data: 'hi' } } }];
    expect(imageProblem({ ...image, Layers: committed })).toBeNull();
    expect(
      imageProblem({ ...image, Layers: [{ ...layers[0], files: { '/x': { type: 'file', data: 1 } } }] }),
    ).toBe('image.Layers[0].files./x.data should be a string');
  });
});
