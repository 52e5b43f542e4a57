import { describe, expect, it } from 'vitest';
import { joinContinued, needsMore } from './continuation';
import { newSession, runLine } from './index';

describe('continuation lines', () => {
  it.each([
    ["echo 'open", true],
    ['echo "open', true],
    ['docker run \\', true],
    ['echo a &&', true],
    ['echo a ||', true],
    ['echo done', false],
    ["echo 'closed'", false],
    ['echo a \\\\', false],
    ['', false],
    // A syntax error is no reason to read on: bash reports it at once.
    ['echo a ;;', false],
  ])('%j needs more: %s', (input, more) => {
    expect(needsMore(input)).toBe(more);
  });

  it('joins lines as bash keeps them in history', () => {
    expect(joinContinued('docker run \\', 'hello-world')).toBe('docker run hello-world');
    expect(joinContinued('docker\\', 'run')).toBe('dockerrun');
    expect(joinContinued('echo "x', 'y"')).toBe('echo "x\ny"');
    expect(joinContinued('echo a &&', 'echo b')).toBe('echo a && echo b');
  });

  it('runs the joined input as one command, with the newline inside the quotes', () => {
    const host = { clock: { now: () => 0 } };
    const joined = joinContinued(joinContinued("echo 'one", 'two'), "three'");
    expect(needsMore(joined)).toBe(false);
    const result = runLine(newSession(1), joined, host);
    expect(result.timeline).toEqual([{ kind: 'write', stream: 'stdout', text: 'one\ntwo\nthree\n' }]);
    expect(result.session.history).toEqual(["echo 'one\ntwo\nthree'"]);
  });
});
