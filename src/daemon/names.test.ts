import { describe, expect, it } from 'vitest';
import { generateName, randomName } from './names';
import words from './names-words.json';
import { RngCursor } from './rng';

/** A cursor that replays chosen draws, to steer the generator onto a given pair. */
function scripted(values: number[]): RngCursor {
  const rng = new RngCursor({ seed: 0, counter: 0 });
  let i = 0;
  rng.uint32 = () => values[i++] ?? 0;
  return rng;
}

describe('names', () => {
  it('never gives boring_wozniak: that draw is thrown away and drawn again', () => {
    const rng = scripted([words.left.indexOf('boring'), words.right.indexOf('wozniak'), 0, 0]);
    expect(randomName(rng, 0)).toBe(`${words.left[0]}_${words.right[0]}`);
  });

  it('appends a digit on retries after a collision', () => {
    const taken = new Set(['admiring_agnesi']);
    const name = generateName(scripted([0, 0, 0, 0, 7]), (n) => taken.has(n), 'f'.repeat(64));
    expect(name).toBe('admiring_agnesi7');
  });

  it('falls back to the short id after six collisions', () => {
    expect(
      generateName(new RngCursor({ seed: 1, counter: 0 }), () => true, 'abcdef0123456789'.repeat(4)),
    ).toBe('abcdef012345');
  });
});
