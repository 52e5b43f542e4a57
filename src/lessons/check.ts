/**
 * Judging a lesson: each command the learner runs is checked against the current step's goal, and
 * a step completes when its goal holds after a command, whatever was typed. One command completes
 * at most one step, so a learner reads every step's text, and skipping a step cannot finish a lesson.
 */
import type { Session } from '../shell/types';
import type { LessonProgress } from '../storage/progress';
import { dockerCommand, missingCommands } from './commands';
import type { Lesson } from './types';
import { buildWorld, type Outcome, runLines } from './world';

/** How many lines the reference solution takes: par for the golf score. */
export function par(lesson: Lesson): number {
  return lesson.steps.reduce((n, step) => n + step.solution.length, 0);
}

/** Whether the client has every command the lesson needs; if not, it is "coming soon". */
export function isAvailable(lesson: Lesson, known?: ReadonlySet<string>): boolean {
  return missingCommands(lesson.needs, known).length === 0;
}

export const isFinished = (lesson: Lesson, p: LessonProgress): boolean => p.step >= lesson.steps.length;

/** Progress at the start of a lesson (or of step `step`, opened directly); `done` is kept. */
export function restart(p: LessonProgress | undefined, step = 0): LessonProgress {
  return { step, commands: 0, ...(p?.done ? { done: p.done } : {}) };
}

/**
 * The world a learner starts step `step` (0-based) in: the lesson's start state with the reference
 * solution of every earlier step already run. Deterministic for a given `now`.
 */
export function worldAt(lesson: Lesson, step: number, now: number): Session {
  const start = buildWorld(lesson.seed, lesson.setup, now);
  const before = lesson.steps.slice(0, step).flatMap((s) => s.solution);
  if (before.length === 0) return start;
  const outcomes = runLines(start, before, now);
  const last = outcomes[outcomes.length - 1];
  return last ? { ...last.session, history: [], lastStatus: 0 } : start;
}

export type Judgement =
  | { readonly kind: 'ignored' }
  /** A docker command the lesson does not allow: it does not count, and the learner is told. */
  | { readonly kind: 'refused'; readonly command: string }
  | { readonly kind: 'counted'; readonly progress: LessonProgress; readonly completed: boolean };

/**
 * One command the learner ran, judged. `line` is what was typed (null for Ctrl-C); blank lines
 * and Ctrl-C are not commands and change nothing. `now` stamps a finish.
 */
export function judge(
  lesson: Lesson,
  p: LessonProgress,
  line: string | null,
  outcome: Outcome,
  now: number,
): Judgement {
  if (line === null || line.trim() === '' || isFinished(lesson, p)) return { kind: 'ignored' };
  const command = dockerCommand(line);
  if (command !== null && lesson.allowed && !lesson.allowed.includes(command))
    return { kind: 'refused', command };
  const commands = p.commands + 1;
  const step = lesson.steps[p.step];
  const completed = step?.goal(outcome) === true;
  const next = completed ? p.step + 1 : p.step;
  const progress: LessonProgress = { ...p, step: next, commands };
  if (!completed || next < lesson.steps.length) return { kind: 'counted', progress, completed };
  const best = Math.min(commands, p.done?.best ?? commands);
  return { kind: 'counted', completed, progress: { ...progress, done: { at: now, commands, best } } };
}
