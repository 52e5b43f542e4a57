import { describe, expect, it } from 'vitest';
import { emptyDaemon } from '../../daemon/index';
import type { DaemonState } from '../../daemon/types';
import { runDocker } from '../cli';
import { runCli } from '../test-support';

const START = Date.parse('2024-01-01T12:00:00Z');
const docker = (state: DaemonState, line: string) => runCli(state, line.split(' '), START + 300_000);
const base = ['run -d --name web nginx', 'run --name hello hello-world', 'run -d --name cache redis'].reduce(
  (s, l) => runCli(s, l.split(' '), START).state,
  emptyDaemon(3),
);
const idOf = (name: string) => Object.values(base.containers).find((c) => c.Name === name)?.Id ?? '';

describe('docker top', () => {
  it("lists PID 1 in ps -ef's columns, padded as top.go's tabwriter (minwidth 20, padding 3)", () => {
    const r = docker(base, 'top web');
    expect(r.status).toBe(0);
    const [header, row, extra] = r.out.split('\n');
    expect(header).toBe(
      `${['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME'].map((t) => t.padEnd(20)).join('')}CMD`,
    );
    const cells = (row ?? '').split(/ {3,}/);
    expect(cells).toEqual([
      'root',
      expect.stringMatching(/^\d+$/),
      expect.stringMatching(/^\d+$/),
      '0',
      '12:00',
      '?',
      '00:00:00',
      '/docker-entrypoint.sh nginx -g daemon off;',
    ]);
    expect(extra).toBe('');
  });
  it('a container that is not running is refused with its full id; a missing one is No such container', () => {
    expect(docker(base, 'top hello')).toMatchObject({
      status: 1,
      out: '',
      err: `Error response from daemon: container ${idOf('hello')} is not running\n`,
    });
    expect(docker(base, 'container top nosuch')).toMatchObject({
      status: 1,
      err: 'Error response from daemon: No such container: nosuch\n',
    });
  });
});

describe('docker stats --no-stream', () => {
  const HEADER =
    /^CONTAINER ID {3}NAME {6}CPU % {5}MEM USAGE \/ LIMIT {5}MEM % {5}NET I\/O {7}BLOCK I\/O {3}PIDS$/;
  it('one row per running container, in the stats columns, memory in binary units over the host total', () => {
    const r = docker(base, 'stats --no-stream');
    expect(r.status).toBe(0);
    const [header, ...rows] = r.out.trimEnd().split('\n');
    expect(header).toMatch(HEADER);
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.split(/ {3,}/)).toEqual([
        expect.stringMatching(/^[0-9a-f]{12}$/),
        expect.stringMatching(/^(web|cache)$/),
        expect.stringMatching(/^\d+\.\d\d%$/),
        expect.stringMatching(/^\d+(\.\d+)?MiB \/ 7\.748GiB$/),
        expect.stringMatching(/^\d+\.\d\d%$/),
        expect.stringMatching(/^\d+(\.\d+)?kB \/ 0B$/),
        '0B / 0B',
        '1',
      ]);
    }
  });
  it('-a adds stopped containers with zeros; named containers are shown whatever their state', () => {
    const all = docker(base, 'stats --no-stream -a').out;
    expect(all).toMatch(/ hello {5}0\.00% {5}0B \/ 0B {15}0\.00% {5}0B \/ 0B {7}0B \/ 0B {5}0\n/);
    const named = docker(base, 'container stats --no-stream --no-trunc hello').out.split('\n');
    expect(named[1]?.startsWith(`${idOf('hello')}   hello`)).toBe(true);
  });
  it('an unknown container is an error, exit 1', () => {
    expect(docker(base, 'stats --no-stream nosuch web')).toMatchObject({
      status: 1,
      out: '',
      err: 'Error response from daemon: No such container: nosuch\n',
    });
  });
  it('without --no-stream it clears the screen, draws the table and follows until Ctrl-C', () => {
    const r = runDocker(['stats', 'web'], { state: base, now: START + 300_000, tty: true });
    const out = r.timeline.map((e) => (e.kind === 'write' ? e.text : '')).join('');
    expect(out.startsWith('\x1b[H\x1b[2JCONTAINER ID   NAME ')).toBe(true);
    expect(out.split('\n')[1]).toMatch(/^[0-9a-f]{12} {3}web /);
    expect(r.follow).toEqual({ containerId: idOf('web'), sigProxy: false, untilInterrupt: true });
    expect(r.status).toBe(0);
  });
  it('--format takes the stats fields, with json and table headers', () => {
    expect(docker(base, 'stats --no-stream --format {{.Name}}:{{.PIDs}} web cache').out).toBe(
      'web:1\ncache:1\n',
    );
    const table = ['stats', '--no-stream', '--format', 'table {{.Container}}:{{.MemPerc}}', 'web'];
    expect(runCli(base, table, START).out).toMatch(/^CONTAINER:MEM %\nweb:\d+\.\d\d%\n$/);
    expect(JSON.parse(docker(base, 'stats --no-stream --format json web').out)).toMatchObject({
      Container: 'web',
      Name: 'web',
      PIDs: '1',
      BlockIO: '0B / 0B',
    });
    expect(docker(base, 'stats --no-stream --format {{.Nope}} web')).toMatchObject({
      status: 1,
      err: 'template parsing error: template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type *container.statsContext\n',
    });
  });
});

describe('docker top with exec processes', () => {
  const at = (s: DaemonState, line: string, ms: number) => runCli(s, line.split(' '), START + ms);
  it('lists a detached exec until its sleep ends, with its user, as the shim’s child; stats counts it', () => {
    let s = at(base, 'exec -d -u nobody web sleep 60', 1000).state;
    s = at(s, 'exec -d web sleep 5', 2000).state;
    const rows = at(s, 'top web', 3000)
      .out.split('\n')
      .slice(1, -1)
      .map((r) => r.split(/ {3,}/));
    expect(rows.map((r) => [r[0], r[5], r[7]])).toEqual([
      ['root', '?', '/docker-entrypoint.sh nginx -g daemon off;'],
      ['nobody', '?', 'sleep 60'],
      ['root', '?', 'sleep 5'],
    ]);
    // Every process is a child of the containerd shim, and each has its own PID.
    expect(new Set(rows.map((r) => r[2])).size).toBe(1);
    expect(new Set(rows.map((r) => r[1])).size).toBe(3);
    expect(at(s, 'stats --no-stream web', 3000).out.split('\n')[1]?.split(/ +/).at(-1)).toBe('3');
    // After five seconds the short sleep is gone; after a restart, all of them.
    expect(
      at(s, 'top web', 8000)
        .out.split('\n')
        .slice(1, -1)
        .map((r) => r.split(/ {3,}/)[7]),
    ).toEqual(['/docker-entrypoint.sh nginx -g daemon off;', 'sleep 60']);
    const restarted = at(s, 'restart web', 9000).state;
    expect(at(restarted, 'top web', 10_000).out.split('\n')).toHaveLength(3);
  });
});
