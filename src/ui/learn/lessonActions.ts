/** What the lesson buttons do to the world and to progress: start (or restart) a lesson at a step. */
import { restart, worldAt } from '../../lessons/check';
import { LESSONS } from '../../lessons/content/index';
import type { Lesson } from '../../lessons/types';
import type { Playground } from '../playground';
import { updateProgress } from './progress';

/** `#/lessons/3/2` for lesson 3, step index 1. */
export function lessonHash(lesson: Lesson, step?: number): string {
  const n = LESSONS.indexOf(lesson) + 1;
  return step === undefined ? `#/lessons/${n}` : `#/lessons/${n}/${step + 1}`;
}

/** Moves to a lesson step without a new history entry (the step advanced by itself). */
export function replaceHash(hash: string): void {
  if (window.location.hash !== hash) window.location.replace(hash);
}

/**
 * Sets up the playground for `lesson` at `step` (its start state, with earlier steps' solutions run)
 * and makes it the lesson the terminal's commands count towards. Rejects, changing nothing, when
 * the world could not be saved.
 */
export async function startLesson(playground: Playground, lesson: Lesson, step = 0): Promise<void> {
  await playground.setWorld(worldAt(lesson, step, Date.now()));
  updateProgress(playground.booted.store, (p) => ({
    ...p,
    active: lesson.id,
    lessons: { ...p.lessons, [lesson.id]: restart(p.lessons[lesson.id], step) },
  }));
  replaceHash(lessonHash(lesson, step));
  playground.terminal.current?.focus();
}
