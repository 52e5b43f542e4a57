/** A lesson as data: what the learner reads, where they start, and what each step must produce. */
import type { Goal } from './world';

export interface Step {
  /** Our explanation, one paragraph a string; `code` in backticks is shown as code. */
  readonly text: readonly string[];
  /** What to do, in one sentence. */
  readonly task: string;
  /** Holds after the command that completes the step. */
  readonly goal: Goal;
  readonly hint: string;
  /** Lines that complete this step from the world the previous steps left. */
  readonly solution: readonly string[];
}

export interface Lesson {
  /** Stable key for saved progress: never rename one that has shipped. */
  readonly id: string;
  readonly title: string;
  /** One line for the list of lessons. */
  readonly summary: string;
  /** The start state: a world from this seed with `setup` run in it. */
  readonly seed: number;
  readonly setup: readonly string[];
  /** Docker commands the lesson uses (`push`, `system df`): missing ones make it "coming soon". */
  readonly needs: readonly string[];
  /** When set, only these docker commands count towards the lesson. */
  readonly allowed?: readonly string[];
  readonly steps: readonly Step[];
}
