import { describe, expect, it } from 'vitest';
import type { Api, ApiOp } from './api';
import { emptyDaemon, handle } from './index';
import words from './names-words.json';
import type { DaemonState } from './types';

const NOW = Date.parse('2019-03-15T12:00:00Z');
const HELLO_ID = 'sha256:fce289e99eb9bca977dae136fbe2a82b6b7d4c372474c9235adc1741675f587e';

function call<K extends ApiOp>(state: DaemonState, op: K, params: Api[K]['params'], now = NOW) {
  return handle(state, op, params, { now });
}

function must<K extends ApiOp>(state: DaemonState, op: K, params: Api[K]['params'], now = NOW) {
  const r = call(state, op, params, now);
  if (!r.ok) throw new Error(`${op} failed: ${r.error.message}`);
  return r;
}

const pulled = () => must(emptyDaemon(7), 'ImageCreate', { fromImage: 'hello-world', tag: 'latest' }).state;

describe('ImageCreate (pull)', () => {
  it('streams the 2019 hello-world pull and stores the image', () => {
    const r = must(emptyDaemon(), 'ImageCreate', { fromImage: 'hello-world', tag: 'latest' });
    const statuses = r.reply.map((i) =>
      i.message.id ? `${i.message.id}: ${i.message.status}` : i.message.status,
    );
    expect(statuses[0]).toBe('latest: Pulling from library/hello-world');
    expect(statuses).toContain('1b930d010525: Pulling fs layer');
    expect(statuses.filter((s) => s.startsWith('1b930d010525: ')).at(-1)).toBe('1b930d010525: Pull complete');
    expect(statuses.slice(-2)).toEqual([
      'Digest: sha256:2557e3c07ed1e38f26e389462d03ed943586f744621577a99efb77324b0fe535',
      'Status: Downloaded newer image for hello-world:latest',
    ]);
    const img = r.state.images[HELLO_ID];
    expect(img?.RepoTags).toEqual(['hello-world:latest']);
    expect(img?.Size).toBe(1840);
    expect(img?.Created.startsWith('2019-01-01T01:29:27')).toBe(true);
    expect(img?.Config.Cmd).toEqual(['/hello']);
    // Every stream item carries the event the diagram plays, and the step reports the same events.
    expect(r.events).toEqual(r.reply.map((i) => i.event));
  });

  it('says the image is up to date the second time, without layer lines', () => {
    const r = must(pulled(), 'ImageCreate', { fromImage: 'hello-world', tag: 'latest' });
    expect(r.reply.map((i) => i.message.status)).toEqual([
      'latest: Pulling from library/hello-world',
      'Digest: sha256:2557e3c07ed1e38f26e389462d03ed943586f744621577a99efb77324b0fe535',
      'Status: Image is up to date for hello-world:latest',
    ]);
  });

  it('shows a shared layer as Already exists when another tag of the same image is pulled', () => {
    const s = must(emptyDaemon(), 'ImageCreate', { fromImage: 'ubuntu', tag: 'latest' }).state;
    const r = must(s, 'ImageCreate', { fromImage: 'ubuntu', tag: '20.04' });
    expect(r.reply.map((i) => `${i.message.id ?? ''}:${i.message.status}`)).toContain(
      '7b1a6ab2e44d:Already exists',
    );
    expect(Object.values(r.state.images)[0]?.RepoTags).toEqual(['ubuntu:latest', 'ubuntu:20.04']);
  });

  it('fails like Docker Hub for unknown repositories and tags', () => {
    const denied = call(emptyDaemon(), 'ImageCreate', { fromImage: 'nosuchthing', tag: 'latest' });
    expect(denied.ok || denied.error.message).toBe(
      "pull access denied for nosuchthing, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    );
    const unknown = call(emptyDaemon(), 'ImageCreate', { fromImage: 'ubuntu', tag: 'nope' });
    expect(unknown.ok || unknown.error.message).toBe(
      'manifest for ubuntu:nope not found: manifest unknown: manifest unknown',
    );
  });
});

describe('containers', () => {
  it('refuses to create from an image that is not local, naming it with its tag', () => {
    const r = call(emptyDaemon(), 'ContainerCreate', { Image: 'hello-world' });
    expect(r.ok || [r.error.status, r.error.message]).toEqual([404, 'No such image: hello-world:latest']);
  });

  it('creates, runs hello to completion and lists it only with all', () => {
    const created = must(pulled(), 'ContainerCreate', { Image: 'hello-world' });
    const id = created.reply.Id;
    expect(id).toMatch(/^[a-f0-9]{64}$/);
    const c = created.state.containers[id];
    expect(c?.Name).toMatch(/^[a-z]+_[a-z]+$/);
    const [adj, surname] = (c?.Name ?? '').split('_');
    expect(words.left).toContain(adj);
    expect(words.right).toContain(surname);
    expect(c?.Config.Hostname).toBe(id.slice(0, 12));

    const started = must(created.state, 'ContainerStart', { id }, NOW + 1000);
    const output = started.events.flatMap((e) => (e.type === 'container.output' ? [e.data] : [])).join('');
    expect(output).toContain('Hello from Docker!');
    expect(output).toContain(
      ' 2. The Docker daemon pulled the "hello-world" image from the Docker Hub.\n    (amd64)\n',
    );
    expect(started.events.at(-1)).toMatchObject({ type: 'container.exited', exitCode: 0 });
    expect(must(started.state, 'ContainerWait', { id }).reply.StatusCode).toBe(0);

    const later = NOW + 1000 + 7 * 60_000;
    expect(must(started.state, 'ContainerList', {}, later).reply).toEqual([]);
    const [row] = must(started.state, 'ContainerList', { all: true }, later).reply;
    expect(row).toMatchObject({
      Image: 'hello-world',
      Command: '/hello',
      Status: 'Exited (0) 7 minutes ago',
      Names: [`/${c?.Name}`],
    });
  });

  it('gives the same names and ids for the same seed', () => {
    const a = must(pulled(), 'ContainerCreate', { Image: 'hello-world' });
    const b = must(pulled(), 'ContainerCreate', { Image: 'hello-world' });
    expect(a.reply.Id).toBe(b.reply.Id);
    const other = must(
      must(emptyDaemon(8), 'ImageCreate', { fromImage: 'hello-world', tag: 'latest' }).state,
      'ContainerCreate',
      { Image: 'hello-world' },
    );
    expect(other.reply.Id).not.toBe(a.reply.Id);
  });

  it('checks the image before the name, then rejects bad and taken names', () => {
    const missing = call(emptyDaemon(), 'ContainerCreate', { Image: 'hello-world', name: 'bad name' });
    expect(missing.ok || missing.error.message).toBe('No such image: hello-world:latest');
    const bad = call(pulled(), 'ContainerCreate', { Image: 'hello-world', name: 'bad name' });
    expect(bad.ok || bad.error.message).toBe(
      'Invalid container name (bad name), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed',
    );
    const first = must(pulled(), 'ContainerCreate', { Image: 'hello-world', name: 'web' });
    const taken = call(first.state, 'ContainerCreate', { Image: 'hello-world', name: 'web' });
    expect(taken.ok || [taken.error.status, taken.error.message]).toEqual([
      409,
      `Conflict. The container name "/web" is already in use by container "${first.reply.Id}". You have to remove (or rename) that container to be able to reuse that name.`,
    ]);
  });

  it('fails to start a command the image does not have, leaving the container Created', () => {
    const created = must(pulled(), 'ContainerCreate', { Image: 'hello-world', Cmd: ['ls'] });
    const r = call(created.state, 'ContainerStart', { id: created.reply.Id });
    expect(r.ok || r.error.message).toContain('exec: "ls": executable file not found in $PATH: unknown');
    expect(must(r.state, 'ContainerList', { all: true }).reply[0]?.Status).toBe('Created');
  });

  it('removes containers, and refuses unknown ones', () => {
    const created = must(pulled(), 'ContainerCreate', { Image: 'hello-world', name: 'web' });
    expect(Object.keys(must(created.state, 'ContainerDelete', { id: 'web' }).state.containers)).toEqual([]);
    const r = call(created.state, 'ContainerDelete', { id: 'nope' });
    expect(r.ok || r.error.message).toBe('No such container: nope');
  });
});

describe('ImageDelete', () => {
  const withStopped = () => {
    const c = must(pulled(), 'ContainerCreate', { Image: 'hello-world' });
    return { state: must(c.state, 'ContainerStart', { id: c.reply.Id }).state, id: c.reply.Id };
  };

  it('untags and deletes an unused image, layer chain last', () => {
    const r = must(pulled(), 'ImageDelete', { name: 'hello-world' });
    expect(r.reply).toEqual([
      { Untagged: 'hello-world:latest' },
      { Untagged: 'hello-world@sha256:2557e3c07ed1e38f26e389462d03ed943586f744621577a99efb77324b0fe535' },
      { Deleted: HELLO_ID },
      { Deleted: 'sha256:af0b15c8625bb1938f1d7b17081031f649fd14e6b233688eea3c5483994a66a3' },
    ]);
    expect(r.state.images).toEqual({});
  });

  it('refuses while a stopped container uses it, by tag and by id', () => {
    const { state, id } = withStopped();
    const byTag = call(state, 'ImageDelete', { name: 'hello-world' });
    expect(byTag.ok || byTag.error.message).toBe(
      `conflict: unable to remove repository reference "hello-world" (must force) - container ${id.slice(0, 12)} is using its referenced image fce289e99eb9`,
    );
    const byId = call(state, 'ImageDelete', { name: 'fce289e99eb9' });
    expect(byId.ok || byId.error.message).toBe(
      `conflict: unable to delete fce289e99eb9 (must be forced) - image is being used by stopped container ${id.slice(0, 12)}`,
    );
  });

  it('with force, deletes it and the container then shows the image id', () => {
    const { state } = withStopped();
    const r = must(state, 'ImageDelete', { name: 'hello-world', force: true });
    expect(must(r.state, 'ContainerList', { all: true }).reply[0]?.Image).toBe('fce289e99eb9');
  });

  it('says No such image with the default tag', () => {
    const r = call(emptyDaemon(), 'ImageDelete', { name: 'hello-world' });
    expect(r.ok || r.error.message).toBe('No such image: hello-world:latest');
  });
});
