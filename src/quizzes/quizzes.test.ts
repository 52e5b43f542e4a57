import { describe, expect, it } from 'vitest';
import { LESSONS } from '../lessons/content/index';
import { buildWorld, runLines } from '../lessons/world';
import { QUESTIONS } from './content/index';
import { gradeChoice, gradePrediction, gradeTask, recordAnswer, setScore, shuffled } from './grade';
import { quizProblems } from './schema';
import {
  type ChoiceQuestion,
  type PredictQuestion,
  type Question,
  SET_IDS,
  type TaskQuestion,
} from './types';

const NOW = Date.parse('2024-03-01T12:00:00Z');
const LESSON_IDS = LESSONS.map((l) => l.id);
const tasks = QUESTIONS.filter((q): q is TaskQuestion => q.kind === 'task');
const predictions = QUESTIONS.filter((q): q is PredictQuestion => q.kind === 'predict');
const choices = QUESTIONS.filter((q): q is ChoiceQuestion => q.kind === 'choice');

/** The world a task's lines leave, from its start. */
function worldAfter(q: TaskQuestion, lines: readonly string[]) {
  const start = buildWorld(q.seed, q.setup, NOW);
  return runLines(start, lines, NOW).at(-1)?.session ?? start;
}

describe('quiz data', () => {
  it('passes the schema', () => {
    expect(quizProblems(QUESTIONS, LESSON_IDS)).toEqual([]);
  });

  it('the schema catches an answer that is not a choice, a missing lesson and a duplicate id', () => {
    const q = choices[0] as ChoiceQuestion;
    const broken: Question = { ...q, answer: ['nope'], lesson: 'no-such-lesson' };
    expect(quizProblems([broken, broken], LESSON_IDS)).toEqual([
      `questions: id "${q.id}" is used twice`,
      `question ${q.id}: lesson "no-such-lesson" does not exist`,
      `question ${q.id}: answer "nope" is not one of its choices`,
      `question ${q.id}: lesson "no-such-lesson" does not exist`,
      `question ${q.id}: answer "nope" is not one of its choices`,
    ]);
  });

  it('has at least 40 questions, every set holding all three kinds', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(40);
    for (const set of SET_IDS) {
      const kinds = new Set(QUESTIONS.filter((q) => q.set === set).map((q) => q.kind));
      expect([set, [...kinds].sort()]).toEqual([set, ['choice', 'predict', 'task']]);
    }
    expect(choices.some((q) => q.answer.length > 1)).toBe(true);
  });
});

describe.each(tasks.map((q) => [q.id, q] as const))('hands-on %s', (_id, q) => {
  it('passes with the reference solution', () => {
    expect(gradeTask(q, worldAfter(q, q.solution))).toBe(true);
  });
  it('fails on the untouched start', () => {
    expect(gradeTask(q, buildWorld(q.seed, q.setup, NOW))).toBe(false);
  });
  it.each(q.wrong.map((w) => [w.join(' ; '), w] as const))('fails with a wrong solution: %s', (_l, wrong) => {
    expect(gradeTask(q, worldAfter(q, wrong))).toBe(false);
  });
});

describe.each(predictions.map((q) => [q.id, q] as const))('predict %s', (q_id, q) => {
  const [outcome] = runLines(buildWorld(q.seed, q.setup, NOW), [q.command], NOW);
  it(`the command turns out as the data says (${q_id})`, () => {
    expect(outcome && q.observe(outcome)).toBe(q.expected);
  });
  it('scores the right prediction right and every other one wrong', () => {
    if (!outcome) throw new Error('no outcome');
    for (const c of q.choices) {
      expect(gradePrediction(q, c.id, outcome)).toEqual({ correct: c.id === q.expected, actual: q.expected });
    }
  });
});

describe('grading multiple choice', () => {
  const multi = choices.find((q) => q.answer.length > 1) as ChoiceQuestion;
  const wrongChoice = multi.choices.find((c) => !multi.answer.includes(c.id))?.id ?? '';

  it('is right only with exactly the right choices, in any order', () => {
    expect(gradeChoice(multi, [...multi.answer].reverse())).toBe(true);
    expect(gradeChoice(multi, multi.answer.slice(1))).toBe(false);
    expect(gradeChoice(multi, [...multi.answer, wrongChoice])).toBe(false);
    expect(gradeChoice(multi, [])).toBe(false);
  });

  it('every single-answer question is right with its answer and wrong with any other', () => {
    for (const q of choices.filter((c) => c.answer.length === 1)) {
      for (const c of q.choices) expect(gradeChoice(q, [c.id])).toBe(q.answer.includes(c.id));
    }
  });
});

describe('scores', () => {
  it('counts attempts and keeps the latest result', () => {
    const first = recordAnswer(undefined, false, 1);
    expect(first).toEqual({ attempts: 1, correct: false, at: 1 });
    expect(recordAnswer(first, true, 2)).toEqual({ attempts: 2, correct: true, at: 2 });
  });

  it('scores a set from the latest answers and lists the missed questions', () => {
    const [a, b, c] = QUESTIONS.filter((q) => q.set === 'containers') as [Question, Question, Question];
    const score = setScore('containers', QUESTIONS, {
      [a.id]: { attempts: 1, correct: true, at: 1 },
      [b.id]: { attempts: 3, correct: false, at: 1 },
      [c.id]: { attempts: 2, correct: true, at: 1 },
    });
    expect(score).toMatchObject({ set: 'containers', answered: 3, correct: 2, missed: [b] });
    expect(score.total).toBe(QUESTIONS.filter((q) => q.set === 'containers').length);
  });

  it('shuffles into another order without losing or repeating a question', () => {
    let x = 7;
    const random = () => {
      x = (x * 16807) % 2147483647;
      return x / 2147483647;
    };
    const ids = QUESTIONS.map((q) => q.id);
    const order = shuffled(ids, random);
    expect(order).not.toEqual(ids);
    expect([...order].sort()).toEqual([...ids].sort());
  });
});
