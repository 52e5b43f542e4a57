import { describe, expect, it } from 'vitest';
import { expandHistory } from './history-expansion';
import { newSession, runLine } from './index';
import type { CommandResult, Session } from './types';

const HISTORY = ['docker pull nginx', 'docker images', 'echo "a b" c'];
const host = { clock: { now: () => Date.parse('2024-05-01T12:00:00Z') } };

/** What the terminal shows for a result: stdout and stderr in order. */
function shown(result: CommandResult): string {
  return result.timeline.map((e) => (e.kind === 'write' ? e.text : '')).join('');
}

/** Runs lines one after another, as typed at the prompt; returns the last result. */
function typeLines(lines: string[], start: Session = newSession(3)): CommandResult {
  let session = start;
  let last: CommandResult | undefined;
  for (const line of lines) {
    last = runLine(session, line, host);
    session = last.session;
  }
  if (!last) throw new Error('no lines');
  return last;
}

describe('history expansion', () => {
  it.each([
    ['!!', 'echo "a b" c'],
    ['sudo !!', 'sudo echo "a b" c'],
    ['!1', 'docker pull nginx'],
    ['!-2', 'docker images'],
    ['!docker', 'docker images'],
    ['!docker pu', 'docker images pu'],
    ['echo !$', 'echo c'],
    ['echo "!!"', 'echo "echo "a b" c"'],
    ['!1; !2', 'docker pull nginx; docker images'],
  ])('%s becomes %s', (line, expected) => {
    expect(expandHistory(line, HISTORY)).toEqual({ ok: true, line: expected, changed: true });
  });

  it.each(["echo '!!'", 'echo \\!!', 'echo !', 'echo a!=b', 'echo "wow!"', 'echo ! x', '[ ! -f x ]'])(
    'leaves %s alone',
    (line) => {
      expect(expandHistory(line, HISTORY)).toEqual({ ok: true, line, changed: false });
    },
  );

  it.each([
    ['!99', 'bash: !99: event not found'],
    ['!0', 'bash: !0: event not found'],
    ['!-4', 'bash: !-4: event not found'],
    ['!nope', 'bash: !nope: event not found'],
  ])('%s is not an event', (line, error) => {
    expect(expandHistory(line, HISTORY)).toEqual({ ok: false, error });
  });

  it('!! with no history is not found either', () => {
    expect(expandHistory('!!', [])).toEqual({ ok: false, error: 'bash: !!: event not found' });
  });
});

describe('history expansion in the shell, as bash 5.2 does it', () => {
  it('echoes the expanded line, runs it, and keeps it expanded in history', () => {
    const result = typeLines(['echo hello', '!!', 'history']);
    expect(shown(result)).toBe('    1  echo hello\n    2  history\n');
    const rerun = typeLines(['echo hello', '!!']);
    expect(shown(rerun)).toBe('echo hello\nhello\n');
  });

  it('!n counts as `history` numbers the lines', () => {
    expect(shown(typeLines(['echo one', 'echo two', '!1']))).toBe('echo one\none\n');
    expect(shown(typeLines(['echo one', 'echo two', '!-1']))).toBe('echo two\ntwo\n');
  });

  it('reports a missing event, runs nothing, keeps $? and leaves history alone', () => {
    const failed = typeLines(['false', '!99']);
    expect(shown(failed)).toBe('bash: !99: event not found\n');
    expect(failed.status).toBe(1);
    expect(failed.session.history).toEqual(['false']);
    expect(shown(typeLines(['false', '!99', 'echo $?']))).toBe('1\n');
  });

  it('uses the container shell its own history, apart from the host', () => {
    const inside = typeLines(['echo on-host', 'docker run -it ubuntu bash', 'echo inside', '!!']);
    expect(shown(inside)).toBe('echo inside\ninside\n');
    const fresh = typeLines(['echo on-host', 'docker run -it ubuntu bash', '!!']);
    expect(shown(fresh)).toBe('bash: !!: event not found\n');
    expect(fresh.session.history).toEqual(['echo on-host', 'docker run -it ubuntu bash']);
  });
});
