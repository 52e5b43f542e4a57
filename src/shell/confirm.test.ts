import { describe, expect, it } from 'vitest';
import { sessionSchema } from '../storage/validate';
import { interrupt, newSession, promptFor, runLine } from './index';
import type { CommandResult, Session, ShellHost } from './types';

const host: ShellHost = { clock: { now: () => Date.parse('2024-05-01T12:00:00Z') } };
const text = (r: CommandResult) => r.timeline.map((e) => (e.kind === 'write' ? e.text : '')).join('');
const lines = (...ls: string[]) => ls.reduce((s, l) => runLine(s, l, host).session, newSession(7));
const count = (s: Session) => Object.keys(s.daemon.containers).length;
const QUESTION =
  'WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] ';

describe('answering a docker [y/N] question with the next line', () => {
  const stopped = lines('docker run --name c1 hello-world', 'docker run --name c2 hello-world');

  it('prints the question, waits with no prompt, and keeps the containers until answered', () => {
    const asked = runLine(stopped, 'docker container prune', host);
    expect(text(asked)).toBe(QUESTION);
    expect(asked.status).toBe(0);
    expect(asked.session.pendingConfirm).toEqual({ argv: ['container', 'prune'] });
    expect(promptFor(asked.session)).toBe('');
    expect(count(asked.session)).toBe(2);
  });
  for (const yes of ['y', 'Y', 'yes', ' YES ']) {
    it(`"${yes}" removes them and prints what -f prints, without the question again`, () => {
      const asked = runLine(stopped, 'docker container prune', host).session;
      const r = runLine(asked, yes, host);
      expect(text(r)).toMatch(
        /^Deleted Containers:\n[0-9a-f]{64}\n[0-9a-f]{64}\n\nTotal reclaimed space: 0B\n$/,
      );
      expect(r.status).toBe(0);
      expect(count(r.session)).toBe(0);
      expect(r.session.pendingConfirm).toBeUndefined();
      expect(promptFor(r.session)).toBe('learner@dockyard:~$ ');
      // The answer was read by docker, not run by bash.
      expect(r.session.history.at(-1)).toBe('docker container prune');
    });
  }
  for (const no of ['n', 'N', '', 'ok', 'docker ps']) {
    it(`"${no}" is no: nothing removed, nothing printed, exit 0`, () => {
      const asked = runLine(stopped, 'docker container prune', host).session;
      const r = runLine(asked, no, host);
      expect(text(r)).toBe('');
      expect(r.status).toBe(0);
      expect(count(r.session)).toBe(2);
      expect(r.session.pendingConfirm).toBeUndefined();
    });
  }
  it('Ctrl-C at the question: status 130, nothing removed, the prompt is back', () => {
    const asked = runLine(stopped, 'docker container prune', host).session;
    const r = interrupt(asked, host);
    expect(r.status).toBe(130);
    expect(r.session.lastStatus).toBe(130);
    expect(r.session.pendingConfirm).toBeUndefined();
    expect(count(r.session)).toBe(2);
  });
  it('image prune -a and system prune ask the same way and run forced on yes', () => {
    const img = runLine(stopped, 'docker image prune -a', host);
    expect(img.session.pendingConfirm).toEqual({ argv: ['image', 'prune', '-a'] });
    // hello-world is still used by the stopped containers: nothing to delete.
    expect(text(runLine(img.session, 'y', host))).toBe('Total reclaimed space: 0B\n');
    const sys = runLine(stopped, 'docker system prune', host);
    expect(text(sys)).toMatch(/Are you sure you want to continue\? \[y\/N\] $/);
    const yes = runLine(sys.session, 'y', host);
    expect(count(yes.session)).toBe(0);
    expect(text(yes)).toMatch(/^Deleted Containers:\n/);
  });
  it('-f asks nothing', () => {
    const r = runLine(stopped, 'docker container prune -f', host);
    expect(r.session.pendingConfirm).toBeUndefined();
    expect(count(r.session)).toBe(0);
  });
  it('a session saved while the question waits still validates', () => {
    const asked = runLine(stopped, 'docker container prune', host).session;
    expect(sessionSchema.check(asked, 'session', { exact: true })).toBeNull();
    const bad = { ...asked, pendingConfirm: { argv: 'container prune' } };
    expect(sessionSchema.check(bad, 'session', { exact: true })).not.toBeNull();
  });
});
