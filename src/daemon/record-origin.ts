/**
 * Where a containers record came from. Records are immutable, so every change copies the whole
 * record (10,000 keys in a big world), and an index keyed on a record (settle's timed containers,
 * the names) was built again from scratch for each new one: a `docker run` paid for that several
 * times. A step that sets or removes one container says so here, and an index of the record it
 * copied is carried over by looking at that container alone.
 */
import type { Container, DaemonState } from './types';

type Containers = DaemonState['containers'];

/** The record a record was copied from, and the id it set or removed. */
interface Origin {
  readonly from: Containers;
  readonly id: string;
}

const origins = new WeakMap<Containers, Origin>();
/** How many unindexed records an index is carried through before it is built afresh instead. */
const MAX_CHAIN = 16;

/**
 * A copy of `containers` without `skip`, keys in the same order. A for-in loop copies a record of
 * 10k keys in half the time a spread does (V8 clones a dictionary-mode object on a slow path).
 */
function copyOf(containers: Containers, skip?: string): Record<string, Container> {
  const next: Record<string, Container> = {};
  for (const id in containers) if (id !== skip) next[id] = containers[id] as Container;
  return next;
}

/** `containers` with `c` in it (added, or replacing the record of the same id). */
export function setContainer(containers: Containers, c: Container): Containers {
  const next = copyOf(containers);
  next[c.Id] = c;
  origins.set(next, { from: containers, id: c.Id });
  return next;
}

/** `containers` without the container `id`. */
export function removeContainer(containers: Containers, id: string): Containers {
  const next = copyOf(containers, id);
  origins.set(next, { from: containers, id });
  return next;
}

/**
 * An index per containers record: built once per record, or carried over from the index of the
 * record it was copied from (`carry` returns undefined when it cannot, and the index is built).
 */
export class RecordIndex<T> {
  private readonly indexes = new WeakMap<Containers, T>();

  constructor(
    private readonly build: (containers: Containers) => T,
    private readonly carry: (old: T, from: Containers, to: Containers, id: string) => T | undefined,
  ) {}

  of(containers: Containers): T {
    const known = this.indexes.get(containers);
    if (known !== undefined) return known;
    // Records nobody indexed lie between this one and the last indexed: carry through them.
    const chain: Origin[] = [];
    let from: Containers = containers;
    let index: T | undefined;
    for (
      let origin = origins.get(from);
      origin !== undefined && chain.length < MAX_CHAIN;
      origin = origins.get(from)
    ) {
      chain.push(origin);
      from = origin.from;
      index = this.indexes.get(from);
      if (index !== undefined) break;
    }
    let to = from;
    for (let i = chain.length - 1; i >= 0 && index !== undefined; i--) {
      const origin = chain[i] as Origin;
      to = i === 0 ? containers : (chain[i - 1] as Origin).from;
      index = this.carry(index, origin.from, to, origin.id);
      if (index !== undefined) this.indexes.set(to, index);
    }
    if (index === undefined || to !== containers) {
      index = this.build(containers);
      this.indexes.set(containers, index);
    }
    return index;
  }
}
