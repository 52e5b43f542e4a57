/** Quiz questions as data, in three kinds; every one names the lesson that teaches it. */
import type { Goal, Outcome } from '../lessons/world';

export const SET_IDS = ['walkthrough', 'images', 'containers', 'registries'] as const;
export type SetId = (typeof SET_IDS)[number];

export interface Choice {
  /** Stable within its question: saved answers refer to it. */
  readonly id: string;
  readonly text: string;
}

interface Base {
  /** Stable key for saved scores: never rename one that has shipped. */
  readonly id: string;
  readonly set: SetId;
  readonly prompt: string;
  /** Shown once answered, right or wrong. */
  readonly explanation: string;
  /** The id of the lesson that teaches this. */
  readonly lesson: string;
}

/** Pick the right answers; one or more are right, and all of them must be picked. */
export interface ChoiceQuestion extends Base {
  readonly kind: 'choice';
  readonly choices: readonly Choice[];
  readonly answer: readonly string[];
}

/** A world to start from: the question's seed with its setup lines run. */
interface World {
  readonly seed: number;
  readonly setup: readonly string[];
}

/** Do something in the terminal; graded on the world it leaves, not on what was typed. */
export interface TaskQuestion extends Base, World {
  readonly kind: 'task';
  readonly goal: Goal;
  /** A reference solution, run in a test. */
  readonly solution: readonly string[];
  /** Near misses that must not pass: at least one, each run in a test. */
  readonly wrong: readonly (readonly string[])[];
}

/** Predict what a command will do, then it runs in the terminal and the prediction is scored. */
export interface PredictQuestion extends Base, World {
  readonly kind: 'predict';
  readonly command: string;
  readonly choices: readonly Choice[];
  /** Which choice the command's outcome turned out to be. */
  readonly observe: (outcome: Outcome) => string;
  /** What `observe` gives when the command runs on the question's world: checked in a test. */
  readonly expected: string;
}

export type Question = ChoiceQuestion | TaskQuestion | PredictQuestion;

export const SET_TITLES: Record<SetId, string> = {
  walkthrough: 'The walkthrough',
  images: 'Images & layers',
  containers: 'Containers',
  registries: 'Registries',
};
