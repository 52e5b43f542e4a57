import { describe, expect, it } from 'vitest';
import { emptyDaemon } from '../../daemon/index';
import type { DaemonState } from '../../daemon/types';
import { runCli } from '../test-support';

const NOW = Date.parse('2024-01-01T12:00:00Z');
const argv = (line: string | string[]) => (typeof line === 'string' ? line.split(' ') : line);
const docker = (state: DaemonState, line: string | string[]) => runCli(state, argv(line), NOW + 3_600_000);
/** Runs the lines a minute apart, so the listing's newest-first order is theirs reversed. */
function world(...lines: (string | string[])[]): DaemonState {
  return lines.reduce((s, l, i) => {
    const r = runCli(s, argv(l), NOW + i * 60_000);
    // `exit 3` is the one line meant to fail.
    expect(r.status, String(l)).toBe(String(l).includes('exit 3') ? 3 : 0);
    return r.state;
  }, emptyDaemon(3));
}
/** The NAMES column of each listed row, in listing order (newest first). */
const names = (out: string) =>
  out
    .trimEnd()
    .split('\n')
    .slice(1)
    .map((l) =>
      l
        .trim()
        .split(/\s{3,}/)
        .at(-1),
    );

// hello (exited 0), web (nginx, running), cache (redis, paused), gone (alpine, exited 3).
const base = world(
  'run --name hello hello-world',
  'run -d --name web nginx',
  'run -d --name cache redis',
  'pause cache',
  ['run', '--name', 'gone', 'alpine', 'sh', '-c', 'exit 3'],
);

describe('docker ps -s', () => {
  it('adds SIZE: the writable layer and, in parentheses, the image under it (container.go Size)', () => {
    // A file in web's writable layer, as a shell in it would have left it.
    const web = Object.values(base.containers).find((c) => c.Name === 'web');
    if (!web) throw new Error('no web');
    const file = { type: 'file' as const, data: 'hello\n', mtime: NOW };
    const s = {
      ...base,
      containers: { ...base.containers, [web.Id]: { ...web, writable: { '/tmp/x': file } } },
    };
    const r = docker(s, 'ps -a -s');
    expect(r.status).toBe(0);
    const [header = '', ...rows] = r.out.trimEnd().split('\n');
    expect(header).toMatch(/ {3}NAMES {5}SIZE$/);
    expect(rows.find((l) => l.includes(' hello '))).toMatch(/ 0B \(virtual 1\.84kB\)$/);
    // `hello\n` is 6 bytes in the writable layer, over nginx's 187MB.
    expect(rows.find((l) => l.includes(' web '))).toMatch(/ 6B \(virtual 187MB\)$/);
  });
  it('a template reading .Size gets sizes without -s; -q ignores -s', () => {
    expect(docker(base, ['ps', '--format', '{{.Names}} {{.Size}}', '-f', 'name=hello', '-a']).out).toBe(
      'hello 0B (virtual 1.84kB)\n',
    );
    expect(docker(base, 'ps -q -s').out).toMatch(/^[0-9a-f]{12}\n[0-9a-f]{12}\n$/);
  });
});

describe('docker ps --filter', () => {
  it('status= lists that state, stopped ones without -a (it implies all, as moby does)', () => {
    expect(names(docker(base, 'ps --filter status=exited').out)).toEqual(['gone', 'hello']);
    expect(names(docker(base, 'ps -f status=paused').out)).toEqual(['cache']);
    expect(names(docker(base, 'ps -f status=created').out)).toEqual([]);
  });
  it('name= is an unanchored regular expression over the name', () => {
    expect(names(docker(base, 'ps -a -f name=e').out)).toEqual(['gone', 'cache', 'web', 'hello']);
    expect(names(docker(base, 'ps -a -f name=^he').out)).toEqual(['hello']);
    expect(names(docker(base, 'ps -a -f name=^/web$').out)).toEqual(['web']);
    // Without -a only running containers (a paused one still counts, as in plain `docker ps`).
    expect(names(docker(base, 'ps -f name=e').out)).toEqual(['cache', 'web']);
  });
  it('id= matches the id or a prefix of it', () => {
    const id = docker(base, 'ps -a -q -f name=web').out.trim();
    expect(names(docker(base, `ps -a -f id=${id.slice(0, 5)}`).out)).toEqual(['web']);
  });
  it('ancestor= resolves an image by name, name:tag or id', () => {
    expect(names(docker(base, 'ps -a -f ancestor=nginx').out)).toEqual(['web']);
    expect(names(docker(base, 'ps -a -f ancestor=hello-world:latest').out)).toEqual(['hello']);
    expect(names(docker(base, 'ps -a -f ancestor=fce289e99eb9').out)).toEqual(['hello']);
    // An image that does not exist matches nothing, and is no error.
    const r = docker(base, 'ps -a -f ancestor=nosuch');
    expect([r.status, names(r.out)]).toEqual([0, []]);
  });
  it('exited=N matches stopped containers by exit code, only with -a for the stopped ones', () => {
    expect(names(docker(base, 'ps -a -f exited=3').out)).toEqual(['gone']);
    expect(names(docker(base, 'ps -a -f exited=0').out)).toEqual(['hello']);
    expect(names(docker(base, 'ps -f exited=0').out)).toEqual([]);
  });
  it('ORs the values of one key and ANDs different keys', () => {
    expect(names(docker(base, 'ps -a -f name=web -f name=hello').out)).toEqual(['web', 'hello']);
    expect(names(docker(base, 'ps -f status=exited -f name=gone').out)).toEqual(['gone']);
    expect(names(docker(base, 'ps -f status=exited -f ancestor=nginx').out)).toEqual([]);
  });
  it('-n counts the containers that pass the filter', () => {
    expect(names(docker(base, 'ps -n 1 -f status=exited').out)).toEqual(['gone']);
  });
  it('refuses an unknown key, a bad status and a non-numeric exit code (exit 1)', () => {
    const cases: [string, string][] = [
      ['ps -f foo=bar', "Error response from daemon: invalid filter 'foo'\n"],
      ['ps -f status=up', "Error response from daemon: invalid filter 'status=up'\n"],
      ['ps -f exited=x', 'Error response from daemon: strconv.Atoi: parsing "x": invalid syntax\n'],
    ];
    for (const [line, err] of cases) {
      const r = docker(base, line);
      expect([r.status, r.out, r.err], line).toEqual([1, '', err]);
    }
  });
  it('the client refuses a filter without = before asking the daemon', () => {
    const r = docker(base, 'ps -f status');
    expect(r.status).toBe(125);
    expect(r.err).toContain('bad format of filter (expected name=value)');
  });
});
