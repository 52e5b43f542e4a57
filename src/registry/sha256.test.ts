import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { HUB_CATALOG } from './catalog';
import { buildManifest } from './manifest';
import { sha256Hex } from './sha256';

describe('sha256Hex', () => {
  it('agrees with node:crypto on empty, short, block-edge and non-ASCII inputs', () => {
    for (const s of [
      '',
      'abc',
      'a'.repeat(55),
      'a'.repeat(56),
      'a'.repeat(64),
      'x'.repeat(1000),
      'héllo ✓',
    ]) {
      expect(sha256Hex(s)).toBe(createHash('sha256').update(s, 'utf8').digest('hex'));
    }
  });
});

describe('buildManifest', () => {
  it('gives the 2019 hello-world the digest and size real pushes print (docker-behavior.md §10)', () => {
    const hello = HUB_CATALOG['library/hello-world']?.tags.latest;
    if (!hello) throw new Error('catalog lacks hello-world');
    const m = buildManifest({
      Id: hello.id,
      Created: hello.created,
      Architecture: hello.architecture,
      Os: hello.os,
      Config: hello.config,
      Layers: hello.layers,
    });
    expect(m.digest).toBe('sha256:92c7f9c92844bbbb5d0a101b22f7c2a7949e40f8ea90c8b3bc396879d95e899a');
    expect(m.size).toBe(524);
  });
});
