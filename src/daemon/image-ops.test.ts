import { describe, expect, it } from 'vitest';
import type { Api, ApiOp } from './api';
import { emptyDaemon, handle } from './index';
import type { DaemonState } from './types';

const NOW = Date.parse('2019-03-15T12:00:00Z');
const HELLO_ID = 'sha256:fce289e99eb9bca977dae136fbe2a82b6b7d4c372474c9235adc1741675f587e';

function call<K extends ApiOp>(state: DaemonState, op: K, params: Api[K]['params']) {
  return handle(state, op, params, { now: NOW });
}
function must<K extends ApiOp>(state: DaemonState, op: K, params: Api[K]['params']) {
  const r = call(state, op, params);
  if (!r.ok) throw new Error(`${op} failed: ${r.error.message}`);
  return r;
}
const pulled = (name = 'hello-world', s = emptyDaemon(7)) =>
  must(s, 'ImageCreate', { fromImage: name, tag: 'latest' }).state;

describe('ImageTag', () => {
  it('adds a reference to the image, with latest by default', () => {
    const s = must(pulled(), 'ImageTag', { name: 'hello-world', repo: 'myrepo/hello', tag: 'v1' }).state;
    const t = must(s, 'ImageTag', { name: 'fce289e99eb9', repo: 'hi' }).state;
    expect(t.images[HELLO_ID]?.RepoTags).toEqual(['hello-world:latest', 'myrepo/hello:v1', 'hi:latest']);
  });

  it('is idempotent, and moves a tag off the image that had it', () => {
    const s = pulled('ubuntu', pulled());
    const again = must(s, 'ImageTag', { name: 'hello-world', repo: 'hello-world', tag: 'latest' }).state;
    expect(again.images[HELLO_ID]?.RepoTags).toEqual(['hello-world:latest']);
    const moved = must(s, 'ImageTag', { name: 'ubuntu', repo: 'hello-world', tag: 'latest' }).state;
    expect(moved.images[HELLO_ID]?.RepoTags).toEqual([]);
    expect(Object.values(moved.images).find((i) => i.Id !== HELLO_ID)?.RepoTags).toEqual([
      'ubuntu:latest',
      'hello-world:latest',
    ]);
  });

  it('answers a missing source with 404 No such image (docker-behavior.md §10)', () => {
    const r = call(emptyDaemon(), 'ImageTag', { name: 'nosuchimage', repo: 'x' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toEqual({ status: 404, message: 'No such image: nosuchimage:latest' });
  });
});

describe('ImageHistory', () => {
  it('lists the config history newest first, the id only on top (moby image_history.go)', () => {
    const r = must(pulled(), 'ImageHistory', { name: 'hello-world' });
    expect(r.reply).toEqual([
      {
        Id: HELLO_ID,
        Created: Date.parse('2019-01-01T01:29:27Z') / 1000,
        CreatedBy: '/bin/sh -c #(nop)  CMD ["/hello"]',
        Tags: ['hello-world:latest'],
        Size: 0,
        Comment: '',
      },
      expect.objectContaining({ Id: '<missing>', Size: 1840, Tags: null }),
    ]);
  });

  it('gives each layer its size, in order, and 0 to metadata steps', () => {
    const r = must(pulled('nginx'), 'ImageHistory', { name: 'nginx' });
    const img = Object.values(pulled('nginx').images)[0];
    const sizes = r.reply
      .filter((h) => h.Size > 0)
      .map((h) => h.Size)
      .reverse();
    expect(sizes).toEqual(img?.Layers.map((l) => l.size));
  });

  it('answers a missing image with 404', () => {
    const r = call(emptyDaemon(), 'ImageHistory', { name: 'nosuch' });
    if (r.ok) throw new Error('expected an error');
    expect(r.error).toEqual({ status: 404, message: 'No such image: nosuch:latest' });
  });
});

describe('ImagePrune', () => {
  it('leaves tagged images alone without all', () => {
    const s = pulled();
    const r = must(s, 'ImagePrune', {});
    expect(r.reply).toEqual({ ImagesDeleted: null, SpaceReclaimed: 0 });
    expect(r.state.images).toEqual(s.images);
  });

  it('with all, untags and deletes unused images and counts the layers freed', () => {
    const r = must(pulled(), 'ImagePrune', { all: true });
    expect(r.reply.ImagesDeleted).toEqual([
      { Untagged: 'hello-world:latest' },
      { Untagged: 'hello-world@sha256:2557e3c07ed1e38f26e389462d03ed943586f744621577a99efb77324b0fe535' },
      { Deleted: HELLO_ID },
      { Deleted: 'sha256:af0b15c8625bb1938f1d7b17081031f649fd14e6b233688eea3c5483994a66a3' },
    ]);
    expect(r.reply.SpaceReclaimed).toBe(1840);
    expect(r.state.images).toEqual({});
  });

  it('keeps an image a container uses, even with all', () => {
    const s = must(pulled(), 'ContainerCreate', { Image: 'hello-world' }).state;
    const r = must(s, 'ImagePrune', { all: true });
    expect(r.reply.ImagesDeleted).toBeNull();
    expect(Object.keys(r.state.images)).toEqual([HELLO_ID]);
  });

  it('deletes a dangling image', () => {
    const s = pulled();
    const img = s.images[HELLO_ID];
    if (!img) throw new Error('not pulled');
    const dangling = { ...s, images: { [HELLO_ID]: { ...img, RepoTags: [], RepoDigests: [] } } };
    const r = must(dangling, 'ImagePrune', {});
    expect(r.reply.ImagesDeleted?.[0]).toEqual({ Deleted: HELLO_ID });
    expect(r.state.images).toEqual({});
  });
});
