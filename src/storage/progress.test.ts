import { describe, expect, it } from 'vitest';
import { EMPTY_PROGRESS, readProgress } from './progress';

describe('reading stored progress', () => {
  it('reads what was written', () => {
    const p = {
      active: 'hello-world',
      lessons: { 'hello-world': { step: 1, commands: 2, done: { at: 5, commands: 4, best: 3 } } },
      quiz: { 'images-3': { attempts: 1, correct: false, at: 9 } },
    };
    expect(readProgress(structuredClone(p))).toEqual(p);
  });

  it('drops unreadable entries one by one and keeps the rest', () => {
    const stored = {
      active: '__proto__',
      lessons: {
        good: { step: 0, commands: 0 },
        bad: { step: -1, commands: 0 },
        'Bad Key': { step: 0, commands: 0 },
        'half-done': { step: 2, commands: 2, done: { at: 'yesterday' } },
      },
      quiz: { ok: { attempts: 1, correct: true, at: 0 }, nope: { attempts: 1, correct: 'yes', at: 0 } },
    };
    expect(readProgress(stored)).toEqual({
      active: null,
      lessons: { good: { step: 0, commands: 0 }, 'half-done': { step: 2, commands: 2 } },
      quiz: { ok: { attempts: 1, correct: true, at: 0 } },
    });
  });

  it('reads nothing stored, or something that is not progress, as empty', () => {
    expect(readProgress(undefined)).toEqual(EMPTY_PROGRESS);
    expect(readProgress([1, 2])).toEqual(EMPTY_PROGRESS);
  });
});
