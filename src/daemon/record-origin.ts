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

/** `containers` with `c` in it (added, or replacing the record of the same id). */
export function setContainer(containers: Containers, c: Container): Containers {
  const next = { ...containers, [c.Id]: c };
  origins.set(next, { from: containers, id: c.Id });
  return next;
}

/** `containers` without the container `id`. */
export function removeContainer(containers: Containers, id: string): Containers {
  const next = { ...containers };
  delete next[id];
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
    let index = this.indexes.get(containers);
    if (index === undefined) {
      const origin = origins.get(containers);
      const old = origin === undefined ? undefined : this.indexes.get(origin.from);
      if (origin !== undefined && old !== undefined)
        index = this.carry(old, origin.from, containers, origin.id);
      index ??= this.build(containers);
      this.indexes.set(containers, index);
    }
    return index;
  }
}
