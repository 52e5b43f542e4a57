/**
 * A `WorldStore` that keeps the session in memory: for `npm run sim`, tests, and as the fallback
 * when the browser refuses IndexedDB (nothing then survives a reload; `kind` says so).
 *
 * It applies the same difference as the IndexedDB store (see `diff.ts`), record by record, so the
 * two behave alike even when a caller passes a `prev` that is not what was committed.
 */
import type { Container, Image, RngState } from '../daemon/types';
import type { Session } from '../shell/types';
import { diffSessions } from './diff';
import { StoreClosedError, type WorldStore } from './repository';

/** Creates an empty in-memory store; `load()` returns null until the first commit. */
export function createMemoryStore(): WorldStore {
  let images = new Map<string, Image>();
  let containers = new Map<string, Container>();
  let history: string[] = [];
  let rng: RngState | null = null;
  let lastStatus = 0;
  let attached: Session['attached'] | null = null;
  let progress: unknown;
  let hostFs: Session['hostFs'] | null = null;
  let closed = false;

  return {
    kind: 'memory',

    async load() {
      if (closed) throw new StoreClosedError('closed');
      if (rng === null) return null;
      // Copy out, so a caller mutating what it loaded cannot change what is saved.
      return structuredClone({
        daemon: { images: Object.fromEntries(images), containers: Object.fromEntries(containers), rng },
        history,
        lastStatus,
        ...(attached ? { attached } : {}),
        ...(hostFs ? { hostFs } : {}),
      }) satisfies Session;
    },

    async commit(prev, next) {
      if (closed) throw new StoreClosedError('closed');
      const changes = diffSessions(prev, next);
      // Clone everything first: if a record cannot be cloned, nothing is applied (atomic commit),
      // and later mutation of the caller's objects cannot reach what was saved.
      const putImages = changes.images.put.map((i) => structuredClone(i));
      const putContainers = changes.containers.put.map((c) => structuredClone(c));
      const nextRng = changes.rng === undefined ? undefined : structuredClone(changes.rng);
      const nextHostFs = changes.hostFs === undefined ? undefined : structuredClone(changes.hostFs);

      // Nothing below can throw, so applying in place keeps the commit atomic.
      if (changes.full) {
        images = new Map();
        containers = new Map();
        history = [];
      }
      for (const id of changes.images.delete) images.delete(id);
      for (const id of changes.containers.delete) containers.delete(id);
      for (const i of putImages) images.set(i.Id, i);
      for (const c of putContainers) containers.set(c.Id, c);
      if (changes.history !== undefined) {
        history = [...history.slice(changes.history.drop), ...changes.history.append];
      }
      if (nextRng !== undefined) rng = nextRng;
      if (changes.lastStatus !== undefined) lastStatus = changes.lastStatus;
      if (changes.attached !== undefined) attached = structuredClone(changes.attached);
      if (nextHostFs !== undefined) hostFs = nextHostFs;
    },

    async loadProgress() {
      if (closed) throw new StoreClosedError('closed');
      return structuredClone(progress);
    },

    async saveProgress(next) {
      if (closed) throw new StoreClosedError('closed');
      progress = structuredClone(next);
    },

    async isStale() {
      // Nothing outside this page can reach a memory store.
      return false;
    },

    close() {
      closed = true;
    },
  };
}
