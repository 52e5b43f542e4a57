import { describe, expect, it } from 'vitest';
import { newSession, runLine } from './index';
import type { Session } from './types';

const NOW = Date.parse('2026-11-27T10:00:00Z');
const host = { clock: { now: () => NOW } };

function sh(session: Session, line: string) {
  const r = runLine(session, line, host);
  const text = (stream: string) =>
    r.timeline.map((e) => (e.kind === 'write' && e.stream === stream ? e.text : '')).join('');
  return { session: r.session, status: r.status, out: text('stdout'), err: text('stderr') };
}

describe('the host shell’s files', () => {
  it('start empty in ~, and mkdir, touch, ls, rm change what the session keeps', () => {
    let s = newSession(1);
    expect(sh(s, 'ls')).toMatchObject({ status: 0, out: '' });
    s = sh(s, 'mkdir notes').session;
    s = sh(s, 'touch notes/todo.txt').session;
    expect(Object.keys(s.hostFs ?? {})).toEqual([
      '/home/learner',
      '/home/learner/notes',
      '/home/learner/notes/todo.txt',
    ]);
    expect(sh(s, 'ls notes').out).toBe('todo.txt\n');
    expect(sh(s, 'ls -l').out).toBe('total 4\ndrwxr-xr-x 2 learner learner 4096 Nov 27 10:00 notes\n');
    const rm = sh(s, 'rm notes');
    expect(rm).toMatchObject({ status: 1, err: "rm: cannot remove 'notes': Is a directory\n" });
    expect(rm.session.hostFs).toBe(s.hostFs);
    s = sh(s, 'rm -r notes').session;
    expect(sh(s, 'ls').out).toBe('');
  });

  it('reports missing files as coreutils does, and leaves other names to bash', () => {
    const s = newSession(1);
    expect(sh(s, 'cat nope')).toMatchObject({ status: 1, err: 'cat: nope: No such file or directory\n' });
    expect(sh(s, 'vim x')).toMatchObject({ status: 127, err: 'bash: vim: command not found\n' });
  });
});
