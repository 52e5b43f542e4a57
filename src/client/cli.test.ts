import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyDaemon } from '../daemon/index';
import { runDocker } from './cli';

/**
 * Golden output of the real docker 28.2.2 client for client-side errors, recorded by
 * scripts/capture-docker-client.sh: our client must print the same bytes and exit the same.
 */
const golden = readFileSync(new URL('./fixtures/real-docker-client.txt', import.meta.url), 'utf8')
  .split(/^=== docker /m)
  .slice(1)
  .map((block) => {
    const [cmd = '', ...rest] = block.split('\n');
    const body = rest.join('\n');
    const m = /\[rc=(\d+)\]\n?$/.exec(body);
    return { cmd, output: body.slice(0, m?.index ?? body.length), rc: Number(m?.[1]) };
  });

function docker(cmdline: string) {
  const result = runDocker(cmdline.split(' ').filter(Boolean), { state: emptyDaemon(), now: 0, tty: true });
  const text = result.timeline.map((e) => (e.kind === 'write' ? e.text : '')).join('');
  return { text, status: result.status, timeline: result.timeline };
}

describe('the docker client matches the real one on client-side errors', () => {
  it('has golden cases to compare against', () => {
    expect(golden.length).toBeGreaterThan(20);
  });
  for (const g of golden) {
    it(`docker ${g.cmd}`, () => {
      const r = docker(g.cmd);
      expect(r.text).toBe(g.output);
      expect(r.status).toBe(g.rc);
    });
  }
});

describe('streams', () => {
  it('writes usage errors to stderr and help to stdout', () => {
    const err = docker('ps --foo');
    expect(err.timeline.every((e) => e.kind !== 'write' || e.stream === 'stderr')).toBe(true);
    const help = docker('ps --help');
    expect(help.status).toBe(0);
    expect(help.text.startsWith('Usage:  docker ps [OPTIONS]\n')).toBe(true);
    expect(help.text).toContain(
      'Aliases:\n  docker container ls, docker container list, docker container ps, docker ps\n',
    );
    expect(help.timeline.every((e) => e.kind !== 'write' || e.stream === 'stdout')).toBe(true);
  });

  it('puts the implicit pull of docker run on stderr and the container output on stdout', () => {
    const r = docker('run hello-world');
    const writes = r.timeline.flatMap((e) => (e.kind === 'write' ? [e] : []));
    expect(writes[0]).toEqual({
      kind: 'write',
      stream: 'stderr',
      text: "Unable to find image 'hello-world:latest' locally\n",
    });
    expect(
      writes
        .filter((w) => w.stream === 'stdout')
        .map((w) => w.text)
        .join(''),
    ).toMatch(/^\nHello from Docker!\n/);
  });

  it('shows the help of a command reached through its management alias by that name', () => {
    expect(
      docker('image ls --help').text.startsWith('Usage:  docker image ls [OPTIONS] [REPOSITORY[:TAG]]\n'),
    ).toBe(true);
  });
});
