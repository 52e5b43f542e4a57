/**
 * Grading, as pure functions: a multiple-choice answer against its key, a hands-on task against the
 * world the learner left, a prediction against what the command did; and scores kept per question.
 */

import { type Outcome, quietOutcome } from '../lessons/world';
import type { Session } from '../shell/types';
import type { QuestionProgress } from '../storage/progress';
import type { ChoiceQuestion, PredictQuestion, Question, SetId, TaskQuestion } from './types';

/** Right when exactly the right choices are picked: a missing one or an extra one is wrong. */
export function gradeChoice(q: ChoiceQuestion, picked: readonly string[]): boolean {
  const set = new Set(picked);
  return set.size === q.answer.length && q.answer.every((id) => set.has(id));
}

/** Right when the world satisfies the task. */
export function gradeTask(q: TaskQuestion, session: Session): boolean {
  return q.goal(quietOutcome(session));
}

/** What the command turned out to do, and whether the prediction said so. */
export function gradePrediction(
  q: PredictQuestion,
  predicted: string,
  outcome: Outcome,
): { readonly correct: boolean; readonly actual: string } {
  const actual = q.observe(outcome);
  return { correct: actual === predicted, actual };
}

/** A question's record after one more answer. */
export function recordAnswer(
  prev: QuestionProgress | undefined,
  correct: boolean,
  now: number,
): QuestionProgress {
  return { attempts: (prev?.attempts ?? 0) + 1, correct, at: now };
}

export interface SetScore {
  readonly set: SetId;
  readonly total: number;
  readonly answered: number;
  /** Questions whose latest answer was right. */
  readonly correct: number;
  /** Answered, and the latest answer was wrong. */
  readonly missed: readonly Question[];
}

export function setScore(
  set: SetId,
  questions: readonly Question[],
  answers: Readonly<Record<string, QuestionProgress>>,
): SetScore {
  const mine = questions.filter((q) => q.set === set);
  const answered = mine.filter((q) => answers[q.id] !== undefined);
  const correct = answered.filter((q) => answers[q.id]?.correct).length;
  const missed = answered.filter((q) => !answers[q.id]?.correct);
  return { set, total: mine.length, answered: answered.length, correct, missed };
}

/**
 * The questions in a random order (Fisher–Yates) drawn from `random`, a function in [0, 1): the
 * page passes Math.random, tests a seeded one.
 */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
