/**
 * A command's steps: the daemon events on its timeline, each once (the pull stream sends one
 * `image.pulled` event with both its `Digest:` and its `Status:` line), in the order the terminal
 * plays them. The bus dispatches these same objects, so a live event finds its step by identity.
 */
import type { DaemonEvent } from '../daemon/events';
import type { TimelineEntry } from '../shell/types';

const cache = new WeakMap<readonly TimelineEntry[], readonly DaemonEvent[]>();

export function stepsOf(timeline: readonly TimelineEntry[]): readonly DaemonEvent[] {
  let steps = cache.get(timeline);
  if (!steps) {
    const seen = new Set<DaemonEvent>();
    const list: DaemonEvent[] = [];
    for (const entry of timeline) {
      if (entry.kind !== 'event' || seen.has(entry.event)) continue;
      seen.add(entry.event);
      list.push(entry.event);
    }
    steps = list;
    cache.set(timeline, steps);
  }
  return steps;
}

/** The step `event` belongs to, or -1 when it is not one of this command's. */
export function stepOfEvent(timeline: readonly TimelineEntry[], event: DaemonEvent): number {
  return stepsOf(timeline).indexOf(event);
}
