import { describe, expect, it } from 'vitest';
import { HUB_CATALOG } from '../registry/catalog';
import { transcript } from './sim';

const P = 'learner@dockyard:~$ ';
const short = (digest: string) => digest.slice(7, 19);

describe('npm run sim with the larger catalog', () => {
  it('pulls redis after nginx and finds the shared debian layer already there (docker-behavior.md §2.3)', () => {
    const nginx = HUB_CATALOG['library/nginx']?.tags.latest;
    const redis = HUB_CATALOG['library/redis']?.tags.latest;
    if (!nginx || !redis) throw new Error('catalog lacks nginx or redis');
    const out = transcript(['docker pull nginx', 'docker pull redis'], {
      seed: 3,
      now: Date.parse('2024-01-01T00:00:00Z'),
    }).split('\n');
    const redisStart = out.indexOf(`${P}docker pull redis`);
    const nginxPart = out.slice(0, redisStart);
    const redisPart = out.slice(redisStart);
    const base = short(redis.layers[0]?.digest ?? '');
    expect(short(nginx.layers[0]?.digest ?? '')).toBe(base);
    // nginx fetched the base layer; redis finds it.
    expect(nginxPart).toContain(`${base}: Pull complete`);
    expect(redisPart.slice(0, 4)).toEqual([
      `${P}docker pull redis`,
      'Using default tag: latest',
      'latest: Pulling from library/redis',
      `${base}: Already exists`,
    ]);
    // Only the base: nginx has none of redis's other layers.
    expect(redisPart.filter((l) => l.endsWith(': Already exists'))).toEqual([`${base}: Already exists`]);
    expect(redisPart).not.toContain(`${base}: Pull complete`);
    expect(redisPart).toContain(`Digest: ${redis.manifestDigest}`);
    expect(redisPart).toContain('Status: Downloaded newer image for redis:latest');
    expect(redisPart).toContain('docker.io/library/redis:latest');
  });

  it('runs echo in alpine with busybox applets, and ash wording for a missing command', () => {
    const out = transcript(['docker run alpine echo hi', 'docker run alpine sh -c nope', 'echo $?'], {
      seed: 3,
      now: Date.parse('2024-07-01T00:00:00Z'),
    }).split('\n');
    expect(out).toContain('hi');
    expect(out).toContain('sh: nope: not found');
    expect(out.at(-2)).toBe('127');
  });
});
