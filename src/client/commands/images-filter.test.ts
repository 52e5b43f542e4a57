import { describe, expect, it } from 'vitest';
import { emptyDaemon } from '../../daemon/index';
import type { DaemonState } from '../../daemon/types';
import { runCli } from '../test-support';

const NOW = Date.parse('2024-01-01T12:00:00Z');
const docker = (state: DaemonState, line: string) => runCli(state, line.split(' '), NOW);
function world(...lines: string[]): DaemonState {
  return lines.reduce((s, l) => {
    const r = docker(s, l);
    expect(r.status, l).toBe(0);
    return r.state;
  }, emptyDaemon(3));
}
/** REPOSITORY:TAG of each row. */
const refs = (out: string) =>
  out
    .trimEnd()
    .split('\n')
    .slice(1)
    .map((l) =>
      l
        .split(/\s{2,}/)
        .slice(0, 2)
        .join(':'),
    )
    .sort();

// hello-world, ubuntu:22.04, ubuntu:latest, alpine, and a dangling image committed from a container.
const base = world(
  'pull hello-world',
  'pull ubuntu:22.04',
  'pull ubuntu',
  'pull alpine',
  'run --name box alpine',
  'commit box',
);

describe('docker images --filter', () => {
  it('dangling=true lists only untagged images, dangling=false only tagged ones', () => {
    expect(refs(docker(base, 'images -f dangling=true').out)).toEqual(['<none>:<none>']);
    expect(refs(docker(base, 'images --filter dangling=false').out)).toEqual([
      'alpine:latest',
      'hello-world:latest',
      'ubuntu:22.04',
      'ubuntu:latest',
    ]);
    // GetBoolOrDefault takes 1/0 and any case.
    expect(refs(docker(base, 'images -f dangling=TRUE').out)).toEqual(['<none>:<none>']);
    expect(refs(docker(base, 'images -f dangling=0').out)).toHaveLength(4);
  });
  it('reference= is a glob over the familiar name, with or without the tag', () => {
    expect(refs(docker(base, 'images -f reference=hello*').out)).toEqual(['hello-world:latest']);
    expect(refs(docker(base, 'images -f reference=ubuntu').out)).toEqual(['ubuntu:22.04', 'ubuntu:latest']);
    expect(refs(docker(base, 'images -f reference=ubuntu:2?.*').out)).toEqual(['ubuntu:22.04']);
    expect(refs(docker(base, 'images -f reference=*:latest').out)).toEqual([
      'alpine:latest',
      'hello-world:latest',
      'ubuntu:latest',
    ]);
    expect(refs(docker(base, 'images -f reference=nosuch').out)).toEqual([]);
  });
  it('ORs values of one key and ANDs keys; -q prints each id once', () => {
    expect(refs(docker(base, 'images -f reference=alpine -f reference=hello-world').out)).toEqual([
      'alpine:latest',
      'hello-world:latest',
    ]);
    expect(refs(docker(base, 'images -f reference=alpine -f dangling=true').out)).toEqual([]);
    expect(docker(base, 'images -q -f reference=ubuntu').out).toMatch(/^([0-9a-f]{12}\n){2}$/);
  });
  it('-a lists the same images: a pull or commit leaves no intermediate ones', () => {
    expect(docker(base, 'images -a').out).toBe(docker(base, 'images').out);
  });
  it('refuses an unknown key and a non-boolean dangling (exit 1)', () => {
    const cases: [string, string][] = [
      ['images -f foo=bar', "Error response from daemon: invalid filter 'foo'\n"],
      ['images -f dangling=maybe', "Error response from daemon: invalid filter 'dangling=maybe'\n"],
    ];
    for (const [line, err] of cases) {
      const r = docker(base, line);
      expect([r.status, r.out, r.err], line).toEqual([1, '', err]);
    }
    // Two values for a boolean key are refused too (Go's map order decides which is named first).
    const two = docker(base, 'image ls -f dangling=true -f dangling=false');
    expect(two.status).toBe(1);
    expect(two.err).toMatch(
      /^Error response from daemon: invalid filter 'dangling=(true,false|false,true)'\n$/,
    );
  });
});
