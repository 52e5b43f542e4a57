/**
 * Judges the terminal's commands for the active lesson. Records are judged once each, in order,
 * even those run while the lessons view was closed: the feed keeps them, and on opening the view
 * the ones not yet judged are caught up on.
 */
import { useEffect, useRef } from 'react';
import { judge, restart } from '../../lessons/check';
import { LESSONS } from '../../lessons/content/index';
import type { Lesson } from '../../lessons/types';
import { plainText } from '../../lessons/world';
import type { WorldStore } from '../../storage/repository';
import type { CommandRecord } from '../../terminal/controller';
import type { Feed } from '../feed';
import { currentProgress, updateProgress } from './progress';

/** Records already judged (module-wide: the view mounts and unmounts as tabs change). */
const judged = new WeakSet<CommandRecord>();

export type CheckEvent =
  | { readonly kind: 'refused'; readonly lesson: Lesson; readonly command: string }
  | { readonly kind: 'completed'; readonly lesson: Lesson; readonly step: number };

/**
 * Judges, in order, each of `commands` not judged before, for the lesson active in the stored
 * progress, and records the result. Exported for tests; the view calls it on every feed change.
 */
export function judgePending(
  store: WorldStore,
  commands: readonly CommandRecord[],
  onEvent: (event: CheckEvent) => void,
): void {
  for (const record of commands) {
    if (judged.has(record)) continue;
    judged.add(record);
    const progress = currentProgress(store);
    const lesson = LESSONS.find((l) => l.id === progress.active);
    if (!lesson) continue;
    const before = progress.lessons[lesson.id] ?? restart(undefined);
    const outcome = { session: record.after, status: record.status, output: plainText(record.timeline) };
    const j = judge(lesson, before, record.line, outcome, Date.now());
    if (j.kind === 'refused') onEvent({ kind: 'refused', lesson, command: j.command });
    if (j.kind !== 'counted') continue;
    updateProgress(store, (p) => ({ ...p, lessons: { ...p.lessons, [lesson.id]: j.progress } }));
    if (j.completed) onEvent({ kind: 'completed', lesson, step: before.step });
  }
}

export function useLessonChecks(
  store: WorldStore,
  feed: Feed,
  loaded: Promise<void>,
  onEvent: (event: CheckEvent) => void,
): void {
  const listener = useRef(onEvent);
  listener.current = onEvent;
  useEffect(() => {
    let unsubscribe: (() => void) | undefined;
    let cancelled = false;
    const catchUp = () => judgePending(store, feed.getSnapshot().commands, listener.current);
    // Judging before the stored progress is read would judge against no active lesson.
    void loaded.then(() => {
      if (cancelled) return;
      catchUp();
      unsubscribe = feed.subscribe(catchUp);
    });
    return () => {
      cancelled = true;
      unsubscribe?.();
    };
  }, [store, feed, loaded]);
}
