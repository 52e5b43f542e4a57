/**
 * The learner's lesson and quiz progress, as stored beside the world (the `progress` key of the
 * `meta` store). It is the learner's record, not part of the world: resetting or importing a
 * playground replaces the world and keeps this; export leaves it out.
 *
 * WARNING: persisted. Renaming or reshaping a field needs a migration in `readProgress` (old
 * shapes must still read) or a schema step in idb.ts.
 */

/** One lesson: where the learner is in it, and how it went when finished. */
export interface LessonProgress {
  /** Index of the step the learner is working on (equal to the step count once finished). */
  readonly step: number;
  /** Commands typed since the lesson (re)started: the golf count. */
  readonly commands: number;
  /** Set the first time the lesson is finished; kept when it is taken again. */
  readonly done?: {
    readonly at: number;
    /** Commands used in the latest finished run, and the fewest ever. */
    readonly commands: number;
    readonly best: number;
  };
}

/** One quiz question: how many times it was answered, and whether the latest answer was right. */
export interface QuestionProgress {
  readonly attempts: number;
  readonly correct: boolean;
  readonly at: number;
}

export interface LearnerProgress {
  /** The lesson the terminal's commands count towards, by id; null: none. */
  readonly active: string | null;
  readonly lessons: Readonly<Record<string, LessonProgress>>;
  readonly quiz: Readonly<Record<string, QuestionProgress>>;
}

export const EMPTY_PROGRESS: LearnerProgress = { active: null, lessons: {}, quiz: {} };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const SAFE_KEY = /^[a-z0-9][a-z0-9-]{0,63}$/;

function lessonProgress(v: unknown): LessonProgress | null {
  if (!isRecord(v) || !isCount(v.step) || !isCount(v.commands)) return null;
  const base = { step: v.step, commands: v.commands };
  const d = v.done;
  if (d === undefined) return base;
  if (!isRecord(d) || !isCount(d.at) || !isCount(d.commands) || !isCount(d.best)) return base;
  return { ...base, done: { at: d.at, commands: d.commands, best: d.best } };
}

function questionProgress(v: unknown): QuestionProgress | null {
  if (!isRecord(v) || !isCount(v.attempts) || typeof v.correct !== 'boolean' || !isCount(v.at)) return null;
  return { attempts: v.attempts, correct: v.correct, at: v.at };
}

function entries<T>(v: unknown, read: (x: unknown) => T | null): Record<string, T> {
  const out: Record<string, T> = {};
  if (!isRecord(v)) return out;
  for (const [key, value] of Object.entries(v)) {
    const read_ = SAFE_KEY.test(key) ? read(value) : null;
    if (read_ !== null) out[key] = read_;
  }
  return out;
}

/**
 * What was stored, as `LearnerProgress`: anything unreadable (a hand-edited database, a shape from
 * a future version) is dropped entry by entry rather than costing the learner everything.
 */
export function readProgress(stored: unknown): LearnerProgress {
  if (!isRecord(stored)) return EMPTY_PROGRESS;
  const active = typeof stored.active === 'string' && SAFE_KEY.test(stored.active) ? stored.active : null;
  return {
    active,
    lessons: entries(stored.lessons, lessonProgress),
    quiz: entries(stored.quiz, questionProgress),
  };
}
