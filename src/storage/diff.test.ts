import { describe, expect, it } from 'vitest';
import { sampleSession } from './contract.suite';
import { diffHistory, diffSessions, isEmpty } from './diff';

describe('diffHistory', () => {
  it('appends only the new lines', () => {
    expect(diffHistory(['a', 'b'], ['a', 'b', 'c'])).toEqual({ drop: 0, append: ['c'], prevLength: 2 });
  });

  it('drops lines a capped history lost at the front', () => {
    expect(diffHistory(['a', 'b', 'c'], ['b', 'c', 'd'])).toEqual({ drop: 1, append: ['d'], prevLength: 3 });
  });

  it('prefers the largest overlap when lines repeat', () => {
    expect(diffHistory(['ls', 'ls'], ['ls', 'ls', 'ls'])).toEqual({ drop: 0, append: ['ls'], prevLength: 2 });
  });

  it('rewrites when nothing overlaps', () => {
    expect(diffHistory(['a', 'b'], ['x'])).toEqual({ drop: 2, append: ['x'], prevLength: 2 });
    expect(diffHistory(['a'], [])).toEqual({ drop: 1, append: [], prevLength: 1 });
  });
});

describe('diffSessions', () => {
  it('finds nothing to write between a session and a shallow copy', () => {
    const s = sampleSession();
    expect(isEmpty(diffSessions(s, { ...s, daemon: { ...s.daemon } }))).toBe(true);
  });

  it('asks for a full write without a previous session', () => {
    const s = sampleSession();
    const c = diffSessions(null, s);
    expect(c.full).toBe(true);
    expect(c.containers.put).toHaveLength(Object.keys(s.daemon.containers).length);
    expect(isEmpty(c)).toBe(false);
  });
});
