import { describe, expect, it } from 'vitest';
import { newSession, promptFor, runLine } from '../../shell/index';
import type { Session, ShellHost } from '../../shell/types';

const host: ShellHost = { clock: { now: () => Date.parse('2024-05-01T12:00:00Z') } };
const play = (s: Session, ...ls: string[]) => ls.reduce((acc, l) => runLine(acc, l, host).session, s);
const statusOf = (s: Session, name: string) =>
  Object.values(s.daemon.containers).find((c) => c.Name === name)?.State.Status;

describe('docker start -ai on a container created with -it and a shell', () => {
  const created = play(newSession(5), 'docker create -it --name box ubuntu bash');

  it('create -it leaves it Created; start -ai reattaches the terminal to a new shell', () => {
    expect(statusOf(created, 'box')).toBe('created');
    const r = runLine(created, 'docker start -ai box', host);
    expect(r.status).toBe(0);
    expect(r.session.attached?.containerId).toBeDefined();
    expect(promptFor(r.session)).toMatch(/^root@[0-9a-f]{12}:\/# $/);
    expect(statusOf(r.session, 'box')).toBe('running');
    // exit ends PID 1: the container stops and the host prompt is back with $? 0.
    const out = play(r.session, 'exit');
    expect(out.attached).toBeUndefined();
    expect(statusOf(out, 'box')).toBe('exited');
  });
  it('start again after exit: -ai attaches again', () => {
    const again = play(created, 'docker start -ai box', 'exit', 'docker start -ai box');
    expect(again.attached).toBeDefined();
  });
  it('start without -i starts the shell detached (it waits on its tty) and prints the name', () => {
    const r = runLine(created, 'docker start box', host);
    expect(r.session.attached).toBeUndefined();
    expect(
      r.timeline.filter((e) => e.kind === 'write').map((e) => (e.kind === 'write' ? e.text : '')),
    ).toEqual(['box\n']);
    expect(statusOf(r.session, 'box')).toBe('running');
  });
  it('-ai on a container that is not a shell only shows its output and returns its code', () => {
    const s = play(newSession(5), 'docker create -it --name once ubuntu false');
    const r = runLine(s, 'docker start -ai once', host);
    expect(r.session.attached).toBeUndefined();
    expect(r.status).toBe(1);
  });
  it('-ai of a missing container fails as start does', () => {
    const r = runLine(created, 'docker start -ai nope', host);
    expect(r.status).toBe(1);
    expect(r.session.attached).toBeUndefined();
  });
});
