/**
 * `GET /containers/json?filters=…`: moby's daemon/list.go foldFilter and includeContainerInList
 * for the keys a learner uses (status, name, id, ancestor, exited), and the writable layer's size
 * that `?size=1` reports. Values of one key are ORed, different keys ANDed, as filters.Args does.
 */
import { entrySize } from './fs/view';
import { findImage } from './lookup';
import type { Container, DaemonState } from './types';

/** `--filter key=value` as the client sends it: each key with its values. */
export type ListFilters = Readonly<Record<string, readonly string[]>>;

/** moby's acceptedPsFilterTags: any other key is refused before anything is listed. */
const ACCEPTED = new Set([
  'ancestor',
  'before',
  'expose',
  'exited',
  'health',
  'id',
  'isolation',
  'is-task',
  'label',
  'name',
  'network',
  'publish',
  'since',
  'status',
  'volume',
]);
/** The keys simulated here; the rest of ACCEPTED is valid to docker but refused with our own words. */
const SIMULATED = new Set(['ancestor', 'exited', 'id', 'name', 'status', 'label']);
/** container.IsValidStateString. */
const STATES = new Set(['paused', 'restarting', 'running', 'dead', 'created', 'exited', 'removing']);

export interface ContainerFilter {
  /** A status filter lists stopped containers without `-a` (foldFilter sets config.All). */
  readonly impliesAll: boolean;
  keep(c: Container): boolean;
}

/**
 * filters.Args.Match: true when the key is absent; otherwise some value equals the field or,
 * read as an unanchored regular expression, matches it (a bad expression matches nothing).
 */
function matches(values: readonly string[] | undefined, field: string): boolean {
  if (values === undefined || values.length === 0) return true;
  return values.some((v) => {
    if (v === field) return true;
    try {
      return new RegExp(v).test(field);
    } catch {
      return false;
    }
  });
}

export function containerFilter(
  state: DaemonState,
  filters: ListFilters,
): ContainerFilter | { readonly error: string } {
  for (const key of Object.keys(filters)) {
    if (!ACCEPTED.has(key)) return { error: `invalid filter '${key}'` };
    if (!SIMULATED.has(key)) return { error: `filter '${key}' is not simulated in this playground yet` };
  }
  const status = filters.status ?? [];
  for (const s of status) if (!STATES.has(s)) return { error: `invalid filter 'status=${s}'` };
  const exited: number[] = [];
  for (const v of filters.exited ?? []) {
    // strconv.Atoi's error, passed through as moby does.
    if (!/^[+-]?\d+$/.test(v)) return { error: `strconv.Atoi: parsing ${JSON.stringify(v)}: invalid syntax` };
    exited.push(Number(v));
  }
  // Ancestors name images by name, tag or id; one that resolves to nothing is skipped (moby logs it).
  let ancestors: Set<string> | undefined;
  if (filters.ancestor !== undefined) {
    ancestors = new Set();
    for (const ref of filters.ancestor) {
      const img = findImage(state, ref);
      if (img) ancestors.add(img.Id);
    }
  }
  const { name, id, label } = filters;
  return {
    impliesAll: status.length > 0,
    keep(c) {
      if (!matches(name, `/${c.Name}`) && !matches(name, c.Name)) return false;
      if (!matches(id, c.Id)) return false;
      // No container carries labels in the simulation, so any label filter excludes all.
      if (label !== undefined && label.length > 0) return false;
      if (
        exited.length > 0 &&
        !(!c.State.Running && c.State.StartedAt !== 0 && exited.includes(c.State.ExitCode))
      ) {
        return false;
      }
      if (!matches(status, c.State.Status)) return false;
      if (ancestors !== undefined && !ancestors.has(c.ImageID)) return false;
      return true;
    },
  };
}

/** SizeRw: the bytes of the files in the container's writable layer (whiteouts weigh nothing). */
export function writableSize(c: Container): number {
  let size = 0;
  for (const e of Object.values(c.writable ?? {})) if (e.type === 'file') size += entrySize(e);
  return size;
}
