import { describe, expect, it } from 'vitest';
import { isAttached } from '../storage/validate';
import { interrupt, newSession, promptFor, runLine } from './index';
import type { CommandResult, Session } from './types';

const host = { clock: { now: () => Date.parse('2024-05-01T12:00:00Z') } };
const text = (r: CommandResult) => r.timeline.map((e) => (e.kind === 'write' ? e.text : '')).join('');
function lines(...ls: string[]): Session {
  let s = newSession(5);
  for (const l of ls) s = runLine(s, l, host).session;
  return s;
}

describe('following a container (docker run of a server, logs -f)', () => {
  it('foreground nginx stays attached without a prompt; typed lines go nowhere', () => {
    const s = lines('docker run --name fg nginx');
    expect(s.attached).toMatchObject({ mode: 'follow', sigProxy: true });
    expect(promptFor(s)).toBe('');
    // A reload mid-follow loads it back.
    expect(isAttached(s.attached)).toBe(true);
    const typed = runLine(s, 'docker ps', host);
    expect(typed.session).toBe(s);
    expect(typed.timeline).toEqual([]);
  });

  it('Ctrl-C sends SIGINT: nginx shuts down fast and exits 0, docker run returns 0', () => {
    const r = interrupt(lines('docker run --name fg nginx'), host);
    expect(text(r)).toContain('signal 2 (SIGINT) received, exiting');
    expect(r.status).toBe(0);
    expect(r.session.attached).toBeUndefined();
    expect(r.session.lastStatus).toBe(0);
    const ps = runLine(r.session, 'docker ps -a', host);
    expect(text(ps)).toContain('Exited (0)');
  });

  it('Ctrl-C on logs -f ends the client with 130; the container keeps running', () => {
    const s = lines('docker run -d --name web nginx', 'docker logs -f web');
    expect(s.attached).toMatchObject({ mode: 'follow', sigProxy: false });
    const r = interrupt(s, host);
    expect(r.status).toBe(130);
    expect(r.session.attached).toBeUndefined();
    expect(text(runLine(r.session, 'docker ps', host))).toContain('Up ');
  });

  it('Ctrl-C at a prompt sets $? to 130', () => {
    expect(interrupt(newSession(1), host).session.lastStatus).toBe(130);
  });

  it('a run --rm server is removed once Ctrl-C stops it', () => {
    const r = interrupt(lines('docker run --rm --name gone nginx'), host);
    expect(r.status).toBe(0);
    expect(Object.keys(r.session.daemon.containers)).toEqual([]);
  });
});
