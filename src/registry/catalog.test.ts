import { describe, expect, it } from 'vitest';
import { BINARIES } from '../daemon/programs';
import { humanSizeWithPrecision } from '../units';
import { HUB_CATALOG } from './catalog';

const image = (path: string, tag = 'latest') => {
  const img = HUB_CATALOG[`library/${path}`]?.tags[tag];
  if (!img) throw new Error(`no ${path}:${tag}`);
  return img;
};
const size = (path: string, tag = 'latest') =>
  humanSizeWithPrecision(
    image(path, tag).layers.reduce((n, l) => n + l.size, 0),
    3,
  );

describe('the Docker Hub catalog', () => {
  const all = Object.values(HUB_CATALOG).flatMap((r) => Object.values(r.tags));

  it('holds the twelve images of the issue', () => {
    expect(Object.keys(HUB_CATALOG).sort()).toEqual(
      [
        'alpine',
        'busybox',
        'debian',
        'hello-world',
        'httpd',
        'nginx',
        'node',
        'postgres',
        'python',
        'redis',
        'registry',
        'ubuntu',
      ].map((n) => `library/${n}`),
    );
    for (const tag of ['latest', '20.04', 'focal', '22.04', '24.04'])
      expect(image('ubuntu', tag)).toBeDefined();
    expect(image('alpine', '3.20')).toBe(image('alpine'));
  });

  it('gives every image well-formed digests and one history entry per layer', () => {
    const hex = /^sha256:[0-9a-f]{64}$/;
    for (const img of all) {
      expect(img.id).toMatch(hex);
      expect(img.manifestDigest).toMatch(hex);
      for (const l of img.layers) {
        expect(l.digest).toMatch(hex);
        expect(l.diffId).toMatch(hex);
      }
      expect(img.history.filter((h) => !h.empty_layer)).toHaveLength(img.layers.length);
      // The last history entry is the image's own creation time.
      expect(img.history.at(-1)?.created).toBe(img.created);
      // Only program families the daemon can run.
      expect(BINARIES[img.program]).toBeDefined();
    }
  });

  it('keeps ids unique: distinct images never share an id or a manifest digest', () => {
    const distinct = [...new Set(all)];
    expect(new Set(distinct.map((i) => i.id)).size).toBe(distinct.length);
    expect(new Set(distinct.map((i) => i.manifestDigest)).size).toBe(distinct.length);
  });

  it('keeps the 2019 hello-world exactly (docker-behavior.md §13)', () => {
    const hw = image('hello-world');
    expect(hw.id).toBe('sha256:fce289e99eb9bca977dae136fbe2a82b6b7d4c372474c9235adc1741675f587e');
    expect(hw.layers.map((l) => l.digest.slice(7, 19))).toEqual(['1b930d010525']);
    expect(hw.config.Cmd).toEqual(['/hello']);
    expect(size('hello-world')).toBe('1.84kB');
    // §12's history lines.
    expect(hw.history.map((h) => h.created_by.slice(0, 44))).toEqual([
      '/bin/sh -c #(nop) COPY file:f77490f70ce51da2',
      '/bin/sh -c #(nop)  CMD ["/hello"]',
    ]);
  });

  it('shows the SIZE docker images shows for each (docker-behavior.md §14)', () => {
    expect(size('ubuntu', '20.04')).toBe('72.8MB');
    expect(size('ubuntu', '22.04')).toBe('77.9MB');
    expect(size('ubuntu', '24.04')).toBe('78.1MB');
    expect(size('alpine')).toBe('7.8MB');
    expect(size('busybox')).toBe('4.26MB');
    expect(size('nginx')).toBe('187MB');
    expect(size('python')).toBe('1.01GB');
    expect(size('node')).toBe('1.1GB');
    expect(Number.parseFloat(size('redis'))).toBeGreaterThanOrEqual(117);
    expect(Number.parseFloat(size('redis'))).toBeLessThanOrEqual(138);
  });

  it('has the default commands and ports of §14', () => {
    expect(image('nginx').config.Entrypoint).toEqual(['/docker-entrypoint.sh']);
    expect(image('nginx').config.Cmd).toEqual(['nginx', '-g', 'daemon off;']);
    expect(image('nginx').config.ExposedPorts).toEqual({ '80/tcp': {} });
    expect(image('nginx').config.StopSignal).toBe('SIGQUIT');
    expect(image('nginx').history.at(-1)?.created_by).toBe(
      '/bin/sh -c #(nop)  CMD ["nginx" "-g" "daemon off;"]',
    );
    expect(image('redis').config.Entrypoint).toEqual(['docker-entrypoint.sh']);
    expect(image('redis').config.Cmd).toEqual(['redis-server']);
    expect(image('redis').config.ExposedPorts).toEqual({ '6379/tcp': {} });
    expect(image('alpine').config.Cmd).toEqual(['/bin/sh']);
    expect(image('busybox').config.Cmd).toEqual(['sh']);
    expect(image('python').config.Cmd).toEqual(['python3']);
    expect(image('python').config.Env).toContain('LANG=C.UTF-8');
    expect(image('node').config.Cmd).toEqual(['node']);
    expect(image('ubuntu', '22.04').config.Cmd).toEqual(['/bin/bash']);
  });

  it('shares one debian layer object among the debian-based images', () => {
    const base = image('debian').layers[0];
    for (const name of ['nginx', 'httpd', 'redis', 'postgres', 'python', 'node']) {
      expect(image(name).layers[0]).toBe(base);
    }
    // python and node also share the buildpack-deps layers above it.
    expect(image('node').layers.slice(0, 4)).toEqual(image('python').layers.slice(0, 4));
  });
});
