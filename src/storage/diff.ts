/**
 * What a commit must write, computed once from `(prev, next)` so that every backend applies the
 * same difference. Comparison is by reference: the daemon replaces records rather than mutating
 * them, so `!==` means "changed" and costs nothing to check.
 */
import type { Container, Image, RngState } from '../daemon/types';
import type { Session } from '../shell/types';

/** Puts and deletes for one keyed collection. */
export interface RecordChanges<T> {
  readonly put: readonly T[];
  readonly delete: readonly string[];
}

/**
 * How to turn the stored history into the new one: drop `drop` lines from the front, then append
 * `append`. `drop === prevLength` (with `prevLength > 0`, or a full write) means a rewrite.
 */
export interface HistoryChanges {
  readonly drop: number;
  readonly append: readonly string[];
  /** Length of the history the change applies to. */
  readonly prevLength: number;
}

/** Everything one commit writes. `undefined` fields are unchanged. */
export interface SessionChanges {
  /** `prev` was null: clear everything stored, then write all of `next`. */
  readonly full: boolean;
  readonly images: RecordChanges<Image>;
  readonly containers: RecordChanges<Container>;
  readonly history: HistoryChanges | undefined;
  readonly rng: RngState | undefined;
  readonly lastStatus: number | undefined;
  /** The container shell the terminal is attached to: `null` when it was left, `undefined` unchanged. */
  readonly attached: Session['attached'] | null | undefined;
  /** The host's files (`Session.hostFs`): `null` when back to none, `undefined` unchanged. */
  readonly hostFs: Session['hostFs'] | null | undefined;
}

function diffRecords<T>(
  prev: Readonly<Record<string, T>> | undefined,
  next: Readonly<Record<string, T>>,
): RecordChanges<T> {
  if (prev === next) return { put: [], delete: [] };
  const put: T[] = [];
  const del: string[] = [];
  for (const key in next) {
    const value = next[key] as T;
    if (prev === undefined || prev[key] !== value) put.push(value);
  }
  if (prev !== undefined) {
    for (const key in prev) if (!Object.hasOwn(next, key)) del.push(key);
  }
  return { put, delete: del };
}

/**
 * History is append-mostly, and a capped history also loses lines at the front. Finds the smallest
 * `drop` such that `prev` without its first `drop` lines is a prefix of `next`; then only the tail
 * of `next` is new. Any `drop` that fits gives a correct result (the stored lines become exactly
 * `next`); the smallest writes least. With no overlap it degenerates to a rewrite.
 */
export function diffHistory(prev: readonly string[], next: readonly string[]): HistoryChanges {
  for (let drop = 0; drop < prev.length; drop++) {
    const overlap = prev.length - drop;
    if (overlap > next.length) continue;
    let fits = true;
    for (let i = 0; i < overlap; i++) {
      if (prev[drop + i] !== next[i]) {
        fits = false;
        break;
      }
    }
    if (fits) return { drop, append: next.slice(overlap), prevLength: prev.length };
  }
  return { drop: prev.length, append: next.slice(), prevLength: prev.length };
}

/** The difference between two sessions; `prev === null` asks for a full write. */
export function diffSessions(prev: Session | null, next: Session): SessionChanges {
  if (prev === null) {
    return {
      full: true,
      images: diffRecords(undefined, next.daemon.images),
      containers: diffRecords(undefined, next.daemon.containers),
      history: { drop: 0, append: next.history.slice(), prevLength: 0 },
      rng: next.daemon.rng,
      lastStatus: next.lastStatus,
      attached: next.attached ?? null,
      hostFs: next.hostFs ?? null,
    };
  }
  return {
    full: false,
    images: diffRecords(prev.daemon.images, next.daemon.images),
    containers: diffRecords(prev.daemon.containers, next.daemon.containers),
    history: prev.history === next.history ? undefined : diffHistory(prev.history, next.history),
    rng: prev.daemon.rng === next.daemon.rng ? undefined : next.daemon.rng,
    lastStatus: prev.lastStatus === next.lastStatus ? undefined : next.lastStatus,
    attached: prev.attached === next.attached ? undefined : (next.attached ?? null),
    hostFs: prev.hostFs === next.hostFs ? undefined : (next.hostFs ?? null),
  };
}

/** True when the commit has nothing to write (a command that changed nothing, e.g. `docker ps`). */
export function isEmpty(c: SessionChanges): boolean {
  return (
    !c.full &&
    c.images.put.length === 0 &&
    c.images.delete.length === 0 &&
    c.containers.put.length === 0 &&
    c.containers.delete.length === 0 &&
    (c.history === undefined || (c.history.drop === 0 && c.history.append.length === 0)) &&
    c.rng === undefined &&
    c.lastStatus === undefined &&
    c.attached === undefined &&
    c.hostFs === undefined
  );
}
