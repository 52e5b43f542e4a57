import { describe, expect, it } from 'vitest';
import { runDocker } from '../client/cli';
import { runCli } from '../client/test-support';
import { interrupt, newSession, runLine } from '../shell/index';
import type { ShellHost } from '../shell/types';
import { emptyDaemon } from './index';
import type { DaemonState } from './types';

const T = Date.parse('2024-01-01T12:00:00Z');
const docker = (state: DaemonState, line: string, now = T) => runCli(state, line.split(' '), now);
const byName = (s: DaemonState, name: string) => Object.values(s.containers).find((c) => c.Name === name);

describe('timed programs: sleep as PID 1 keeps the container up until its time is over', () => {
  const up = docker(emptyDaemon(3), 'run -d --name nap ubuntu sleep 100');

  it('run -d prints the id and the container is Up until StartedAt + 100 s', () => {
    expect(up.status).toBe(0);
    expect(up.out).toMatch(/^[0-9a-f]{64}\n$/);
    const ps = docker(up.state, 'ps --format {{.Status}}', T + 99_000);
    expect(ps.out).toBe('Up About a minute\n');
  });
  it('then it is Exited (0) with FinishedAt = StartedAt + 100 s, seen by ps, inspect and wait', () => {
    const ps = docker(up.state, 'ps -a --format {{.Status}}', T + 101_000);
    expect(ps.out).toBe('Exited (0) 1 second ago\n');
    const fin = docker(up.state, 'inspect -f {{.State.FinishedAt}} nap', T + 101_000);
    expect(fin.out).toBe('2024-01-01T12:01:40Z\n');
    const w = docker(up.state, 'wait nap', T + 200_000);
    expect(w.out).toBe('0\n');
    expect(byName(w.state, 'nap')?.endsAt).toBeUndefined();
  });
  it('a --rm sleeper is removed when its time is over', () => {
    const rm = docker(emptyDaemon(3), 'run -d --rm --name gone ubuntu sleep 5');
    expect(docker(rm.state, 'ps -aq', T + 4_000).out).not.toBe('');
    expect(docker(rm.state, 'ps -aq', T + 6_000).out).toBe('');
  });
  it('docker stop: sleep as PID 1 has no SIGTERM handler, so it is killed after the grace period: 137', () => {
    const s = docker(up.state, 'stop nap', T + 10_000);
    expect(s.out).toBe('nap\n');
    expect(byName(s.state, 'nap')?.State).toMatchObject({ Status: 'exited', ExitCode: 137 });
    // Killed before its time: the pending end no longer applies.
    expect(docker(s.state, 'ps -a --format {{.Status}}', T + 200_000).out).toMatch(/^Exited \(137\)/);
  });
  it('a sleep that fails at once (bad interval) exits at start as before', () => {
    const r = docker(emptyDaemon(3), 'run --name bad ubuntu sleep x');
    expect(r.status).toBe(1);
    expect(r.err).toContain("sleep: invalid time interval 'x'\n");
  });
});

describe('foreground docker run ubuntu sleep 5 in the page', () => {
  let t = T;
  const host: ShellHost = { clock: { now: () => t } };
  it('follows silently; Ctrl-C is dropped by PID 1, and the next input after 5 s returns 0', () => {
    t = T;
    const pulled = runDocker(['pull', 'ubuntu'], { state: emptyDaemon(3), now: T, tty: true });
    const s0 = { ...newSession(3), daemon: pulled.state };
    const r = runLine(s0, 'docker run --name fg ubuntu sleep 5', host);
    expect(r.session.attached?.mode).toBe('follow');
    const printed = r.timeline.filter((e) => e.kind === 'write');
    expect(printed).toEqual([]);
    t = T + 2_000;
    const c = interrupt(r.session, host);
    expect(c.session.attached?.mode).toBe('follow');
    const early = runLine(c.session, 'ls', host);
    expect(early.session.attached?.mode).toBe('follow');
    t = T + 6_000;
    const done = runLine(early.session, '', host);
    expect(done.session.attached).toBeUndefined();
    expect(done.session.lastStatus).toBe(0);
    expect(byName(done.session.daemon, 'fg')?.State).toMatchObject({
      Status: 'exited',
      FinishedAt: T + 5_000,
    });
  });
});
