import { describe, expect, it } from 'vitest';
import { transcript } from './sim';

const at = { seed: 1, now: Date.parse('2024-01-01T00:00:00Z') };
/** The transcript without the pull, which other tests check. */
const run = (lines: string[]) =>
  transcript(lines, at)
    .split('\n')
    .filter((l) => !/Pull|Digest:|Status:|Unable to find|latest: Pulling/.test(l));

describe('each container keeps its own bash history, in /root/.bash_history', () => {
  it('writes it at exit, so docker diff shows it as real Docker does', () => {
    const out = run(['docker run -it --name box ubuntu bash', 'touch /tmp/x', 'exit', 'docker diff box']);
    // bash appends its history file at exit: the file and its directory show up beside /tmp/x.
    expect(out.slice(-5, -1)).toEqual(['C /root', 'A /root/.bash_history', 'C /tmp', 'A /tmp/x']);
  });

  it('brings it back in the next shell of the same container, and not in another container', () => {
    const out = run([
      'docker run -dit --name b1 ubuntu bash',
      'docker run -dit --name b2 ubuntu bash',
      'docker exec -it b1 bash',
      'echo one',
      'exit',
      'docker exec -it b1 bash',
      'history',
      'exit',
      'docker exec -it b2 bash',
      'history',
      'exit',
    ]);
    const listing = (from: number) => {
      const i = out.findIndex((l, n) => n > from && l.endsWith('# history'));
      return {
        i,
        rows: out.slice(
          i + 1,
          out.findIndex((l, n) => n > i && l.endsWith('# exit')),
        ),
      };
    };
    const first = listing(0);
    // `exit` is history too: bash adds a line before running it.
    expect(first.rows).toEqual(['    1  echo one', '    2  exit', '    3  history']);
    expect(listing(first.i).rows).toEqual(['    1  history']);
  });
});
