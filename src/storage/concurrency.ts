/**
 * Several tabs are several docker clients of one daemon, and each may commit a command computed on
 * a world another tab has since changed. The scheme (optimistic concurrency, checked where it
 * cannot race: inside the commit's own readwrite transaction):
 *
 * - `meta.version` counts commits; every commit bumps it in the same transaction as its writes.
 * - A store remembers the version each daemon state it loaded or committed was read at.
 * - A commit first reads `meta.version`. Equal to the version `prev` was read at: nobody else
 *   wrote, so the difference `prev → next` is applied as is (the common case, one extra get).
 * - Otherwise another tab committed in between. The difference is then *rebased*: each record
 *   this command put or deleted is read back, and if the other tab left it alone (stored equals
 *   `prev`'s) or made it the same (stored equals `next`'s), this command's change is independent and
 *   is applied on top, history lines are appended after the other tab's. If the other tab changed
 *   the same record differently, or both drew from the seeded generator (the same `counter` gives
 *   the same ids and names, so two new containers would collide), nothing is written and the
 *   commit fails with `ConflictError`: the caller re-reads the world and the learner runs the
 *   command again. Never a blind overwrite of another tab's effects.
 *
 * Rebasing rather than always failing matters because a tab's session can be a little stale for
 * ordinary reasons (the other tab's notice is still in flight, or this tab was busy playing a slow
 * pull); most commands (`start`, `stop`, `rm`, `pull`, `ps`) touch records the other tab did not.
 */
import type { Session } from '../shell/types';
import type { SessionChanges } from './diff';

/** Structural equality for plain JSON-like records (what IndexedDB gives back). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!Object.hasOwn(b, k)) return false;
    if (!deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

/** The keys of every record a commit writes or deletes, per store. */
export function touchedKeys(changes: SessionChanges): { images: string[]; containers: string[] } {
  return {
    images: [...changes.images.put.map((i) => i.Id), ...changes.images.delete],
    containers: [...changes.containers.put.map((c) => c.Id), ...changes.containers.delete],
  };
}

/** What another tab left in storage for the records this commit touches. */
export interface StoredNow {
  readonly images: ReadonlyMap<string, unknown>;
  readonly containers: ReadonlyMap<string, unknown>;
  readonly rng: unknown;
}

/**
 * Why `prev → next` cannot be applied on top of what is stored now, or null when it can.
 * `stored` holds the current value (undefined when absent) of every touched key.
 */
export function findConflict(
  prev: Session,
  next: Session,
  changes: SessionChanges,
  stored: StoredNow,
): string | null {
  const keys = touchedKeys(changes);
  const check = (kind: 'images' | 'containers', key: string): string | null => {
    const now = stored[kind].get(key);
    const before = prev.daemon[kind][key];
    const after = next.daemon[kind][key];
    return deepEqual(now, before) || deepEqual(now, after) ? null : `${kind} ${key} changed in another tab`;
  };
  for (const key of keys.images) {
    const why = check('images', key);
    if (why) return why;
  }
  for (const key of keys.containers) {
    const why = check('containers', key);
    if (why) return why;
  }
  // Not excused by an equal outcome: two `docker run`s at the same counter give identical
  // containers, and keeping one would silently lose the other learner command.
  if (changes.rng !== undefined && !deepEqual(stored.rng, prev.daemon.rng)) {
    return 'both tabs drew new ids from the same generator state';
  }
  return null;
}
