/**
 * Container endpoints: create, start, wait, list, inspect, delete (moby's daemon/create.go,
 * start.go, list.go, delete.go). Texts are moby v28.2.2's (docker-behavior.md §4, §7, §9).
 */

import { type DurationPhrases, wholeSeconds } from '../units/duration';
import type { ContainerCreateParams, ContainerSummary, StepContext, StepResult } from './api';
import { containerFilter, type ListFilters, writableSize } from './container-filters';
import type { DaemonEvent } from './events';
import { exited, noSuchContainer, withContainer } from './lifecycle';
import { containerByName, findContainer, findImage, noSuchImage } from './lookup';
import { generateName, VALID_CONTAINER_NAME } from './names';
import { assignHostPorts, summaryPorts } from './ports';
import { RecordIndex, removeContainer } from './record-origin';
import { RngCursor } from './rng';
import { commandText, type StatusClock, statusClock } from './status';
import { fail, ok, shortId } from './step';
import type { Container, DaemonState } from './types';

export { containerStart, exited } from './lifecycle';

export function containerCreate(
  state: DaemonState,
  params: ContainerCreateParams,
  ctx: StepContext,
): StepResult<{ readonly Id: string; readonly Warnings: readonly string[] }> {
  // The image is resolved before the name is checked, as moby does.
  const img = findImage(state, params.Image);
  if (!img) return fail(state, 404, noSuchImage(params.Image));
  if (params.name !== undefined && params.name !== '') {
    if (!VALID_CONTAINER_NAME.test(params.name)) {
      return fail(
        state,
        400,
        `Invalid container name (${params.name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`,
      );
    }
    const name = params.name.replace(/^\//, '');
    const holder = containerByName(state, name);
    if (holder) {
      return fail(
        state,
        409,
        `Conflict. The container name "/${name}" is already in use by container "${holder.Id}". You have to remove (or rename) that container to be able to reuse that name.`,
      );
    }
  }
  const entrypoint =
    params.Entrypoint && params.Entrypoint.length > 0 ? params.Entrypoint : (img.Config.Entrypoint ?? []);
  const cmd = params.Cmd && params.Cmd.length > 0 ? params.Cmd : (img.Config.Cmd ?? []);
  const argv = [...entrypoint, ...cmd];
  const [path, ...args] = argv;
  if (path === undefined) return fail(state, 400, 'no command specified');

  // Publishing a port exposes it too (moby's create merges -p into ExposedPorts).
  const bindings = params.HostConfig?.PortBindings;
  const exposed = { ...(img.Config.ExposedPorts ?? {}) };
  for (const port of Object.keys(bindings ?? {})) exposed[port] = {};
  const rng = new RngCursor(state.rng);
  const id = rng.hex(64);
  const name = params.name
    ? params.name.replace(/^\//, '')
    : generateName(rng, (n) => containerByName(state, n) !== undefined, id);
  const container: Container = {
    Id: id,
    Name: name,
    Image: params.Image,
    ImageID: img.Id,
    Path: path,
    Args: args,
    Created: ctx.now,
    State: { Status: 'created', Running: false, Paused: false, ExitCode: 0, StartedAt: 0, FinishedAt: 0 },
    Config: {
      Hostname: params.Hostname || id.slice(0, 12),
      Tty: params.Tty ?? false,
      OpenStdin: params.OpenStdin ?? false,
      Env: [...img.Config.Env, ...(params.Env ?? [])],
      WorkingDir: params.WorkingDir || img.Config.WorkingDir || '/',
      ...(Object.keys(exposed).length > 0 ? { ExposedPorts: exposed } : {}),
      ...(img.Config.StopSignal !== undefined ? { StopSignal: img.Config.StopSignal } : {}),
    },
    HostConfig: {
      AutoRemove: params.HostConfig?.AutoRemove ?? false,
      ...(bindings !== undefined ? { PortBindings: assignHostPorts(state, bindings) } : {}),
    },
    program: img.program,
    output: [],
  };
  const events: DaemonEvent[] = [
    { type: 'container.created', id, name, image: params.Image, durationMs: 60 },
  ];
  return ok({ ...withContainer(state, container), rng: rng.state }, { Id: id, Warnings: [] }, events);
}

export function containerWait(
  state: DaemonState,
  params: { id: string },
): StepResult<{ readonly StatusCode: number }> {
  const c = findContainer(state, params.id);
  if (!c) return fail(state, 404, noSuchContainer(params.id));
  if (c.State.Running) return fail(state, 409, `container ${c.Id} is still running`);
  return ok(state, { StatusCode: c.State.ExitCode });
}

/** What listing needs from a container record, derived once: records are replaced, never
 * mutated, so a WeakMap keyed on the record is always right. */
interface ListRow extends StatusClock {
  readonly Id: string;
  readonly Name: string;
  /** The reference the container was created from, and the image it named then. */
  readonly ref: string;
  readonly ImageID: string;
  readonly Command: string;
  /** Unix seconds, as listed; `createdMs` is the record's own time, which orders the list. */
  readonly Created: number;
  readonly createdMs: number;
  readonly State: string;
  readonly running: boolean;
  readonly ports: ContainerSummary['Ports'];
  /** Names as listed (`/name`): shared by the summaries of the row, which never change it. */
  readonly names: readonly string[];
  /** The summary this row was last listed as, whichever index listed it (see ListIndex.listed). */
  last?: ContainerSummary;
}

const listRows = new WeakMap<Container, ListRow>();

/** One string per distinct command, shared by the rows that run it: a listing then reads a few
 * strings, not 10k scattered ones. Bounded, as odd worlds may run many distinct commands. */
const commandTexts = new Map<string, string>();
function sharedCommand(text: string): string {
  const shared = commandTexts.get(text);
  if (shared !== undefined) return shared;
  if (commandTexts.size >= 10_000) commandTexts.clear();
  commandTexts.set(text, text);
  return text;
}

function listRow(c: Container): ListRow {
  let row = listRows.get(c);
  if (!row) {
    const clock = statusClock(c);
    row = {
      Id: c.Id,
      Name: c.Name,
      ref: c.Image,
      ImageID: c.ImageID,
      Command: sharedCommand(commandText(c)),
      Created: Math.floor(c.Created / 1000),
      createdMs: c.Created,
      State: c.State.Status,
      running: c.State.Running,
      ports: summaryPorts(c),
      names: [`/${c.Name}`],
      text: clock.text,
      phrases: clock.phrases,
      since: clock.since,
    };
    listRows.set(c, row);
  }
  return row;
}

/**
 * Rows newest first (moby's byCreatedDescending), kept per containers record like an index. What
 * a listing reads for every row sits in dense arrays, read in order, rather than in each row.
 */
interface ListIndex {
  readonly rows: readonly ListRow[];
  readonly running: readonly boolean[];
  readonly clocks: readonly (DurationPhrases | undefined)[];
  readonly since: Float64Array;
  readonly texts: readonly string[];
  /** The IMAGE column, for the images record it was resolved against (it depends on both). */
  images: DaemonState['images'] | undefined;
  /** Undefined where a row was put in since (resolved at the next listing). */
  imageColumn: readonly (string | undefined)[];
  /**
   * The summary last listed for each row, and its status. A summary is immutable and only its
   * status depends on the time, so it is reused while the status reads the same: a listing then
   * builds objects only for containers whose status text moved on.
   */
  readonly listed: (ContainerSummary | undefined)[];
  readonly listedStatus: (string | undefined)[];
}

/** moby's byCreatedDescending: newest first; > 0 when `a` lists after `b`. */
const listOrder = (a: ListRow, b: ListRow): number => b.createdMs - a.createdMs || (a.Id < b.Id ? 1 : -1);

function indexOfRows(rows: readonly ListRow[]): ListIndex {
  return {
    rows,
    running: rows.map((r) => r.running),
    clocks: rows.map((r) => r.phrases),
    since: Float64Array.from(rows, (r) => r.since),
    texts: rows.map((r) => r.text),
    images: undefined,
    imageColumn: [],
    listed: new Array<ContainerSummary | undefined>(rows.length).fill(undefined),
    listedStatus: new Array<string | undefined>(rows.length).fill(undefined),
  };
}

/**
 * Per containers record; after `docker run` or `rm` the rows of the record copied are carried
 * over, the changed container's row taken out and put in its place, instead of sorted again.
 * (Summaries listed before are found again through their rows' `last`.)
 */
const listIndexes = new RecordIndex<ListIndex>(
  // Sorted as rows, not records: rows are compact, records are scattered over the heap.
  (containers) => indexOfRows(Object.values(containers).map(listRow).sort(listOrder)),
  (old, from, to, id) => {
    const before = from[id];
    const after = to[id];
    let index = old;
    if (before !== undefined) {
      const at = index.rows.indexOf(listRow(before));
      if (at < 0) return undefined;
      index = spliced(index, at, 1);
    }
    if (after !== undefined) {
      const row = listRow(after);
      const { rows } = index;
      // The first row that lists after the new one.
      let lo = 0;
      let hi = rows.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (listOrder(rows[mid] as ListRow, row) > 0) hi = mid;
        else lo = mid + 1;
      }
      index = spliced(index, lo, 0, row);
    }
    return index;
  },
);

/**
 * `index` with `remove` rows taken out at `at` and `row` put in there: its dense arrays spliced
 * rather than mapped again from the rows. The IMAGE cell of a new row is resolved when listed.
 */
function spliced(index: ListIndex, at: number, remove: number, row?: ListRow): ListIndex {
  const splice = <T>(xs: readonly T[], x: T): T[] => {
    const copy = xs.slice();
    if (row === undefined) copy.splice(at, remove);
    else copy.splice(at, remove, x);
    return copy;
  };
  const since = new Float64Array(index.since.length - remove + (row === undefined ? 0 : 1));
  since.set(index.since.subarray(0, at));
  if (row !== undefined) since[at] = row.since;
  since.set(index.since.subarray(at + remove), at + (row === undefined ? 0 : 1));
  return {
    rows: splice(index.rows, row as ListRow),
    running: splice(index.running, row?.running ?? false),
    clocks: splice(index.clocks, row?.phrases),
    since,
    texts: splice(index.texts, row?.text ?? ''),
    images: index.images,
    imageColumn: splice(index.imageColumn, undefined),
    listed: splice(index.listed, undefined),
    listedStatus: splice(index.listedStatus, undefined),
  };
}

/**
 * Each distinct reference resolved once per images record, as [image id, flat copy of it]: a
 * reference built by a template is a V8 rope, walked again for every row that shows it when the
 * listing's text is flattened, so the rows showing it share one flat string.
 */
const refsByImages = new WeakMap<DaemonState['images'], Map<string, readonly [string | undefined, string]>>();

/** The IMAGE cell of a row: the reference typed, unless it now names another image (moby refreshImage). */
function imageCell(state: DaemonState, row: ListRow): string {
  let refs = refsByImages.get(state.images);
  if (refs === undefined) {
    refs = new Map();
    refsByImages.set(state.images, refs);
  }
  let seen = refs.get(row.ref);
  if (seen === undefined) {
    seen = [findImage(state, row.ref)?.Id, row.ref.split('').join('')];
    refs.set(row.ref, seen);
  }
  return seen[0] === row.ImageID ? seen[1] : shortId(row.ImageID);
}

function listIndex(state: DaemonState): ListIndex {
  const index = listIndexes.of(state.containers);
  if (index.images === state.images && index.imageColumn.includes(undefined)) {
    index.imageColumn = index.imageColumn.map(
      (cell, i) => cell ?? imageCell(state, index.rows[i] as ListRow),
    );
  }
  if (index.images !== state.images) {
    index.imageColumn = index.rows.map((row) => imageCell(state, row));
    index.images = state.images;
    // Summaries carry the IMAGE cell: none listed before still holds.
    index.listed.fill(undefined);
  }
  return index;
}

export function containerList(
  state: DaemonState,
  params: { all?: boolean; limit?: number; size?: boolean; filters?: ListFilters },
  ctx: StepContext,
): StepResult<readonly ContainerSummary[]> {
  const limit = params.limit ?? -1;
  const filter = params.filters === undefined ? undefined : containerFilter(state, params.filters);
  if (filter !== undefined && 'error' in filter) return fail(state, 400, filter.error);
  const index = listIndex(state);
  const { running, clocks, since, texts, listed, listedStatus } = index;
  // `-n`/`-l` look at all states, as docker does.
  const runningOnly = !params.all && limit <= 0 && !filter?.impliesAll;
  // With a filter, the limit counts the containers that pass it (moby's idx), not the rows seen.
  const end = limit > 0 && !filter ? Math.min(limit, running.length) : running.length;
  const now = ctx.now;
  const summaries: ContainerSummary[] = [];
  for (let i = 0; i < end; i++) {
    if (runningOnly && !running[i]) continue;
    if (filter) {
      if (limit > 0 && summaries.length === limit) break;
      const c = state.containers[(index.rows[i] as ListRow).Id];
      if (c === undefined || !filter.keep(c)) continue;
    }
    const clock = clocks[i];
    const status =
      clock === undefined ? (texts[i] as string) : clock.ofSeconds(wholeSeconds(now - (since[i] as number)));
    let summary = listed[i];
    if (summary === undefined || listedStatus[i] !== status) {
      const row = index.rows[i] as ListRow;
      const image = index.imageColumn[i] as string;
      // A new index (the world changed) starts from the summaries its rows had in the last one.
      summary = row.last;
      if (summary === undefined || summary.Status !== status || summary.Image !== image) {
        summary = {
          Id: row.Id,
          Names: row.names,
          Image: image,
          ImageID: row.ImageID,
          Command: row.Command,
          Created: row.Created,
          State: row.State,
          Status: status,
          Ports: row.ports,
        };
        row.last = summary;
      }
      listed[i] = summary;
      listedStatus[i] = status;
    }
    if (params.size) summary = withSize(state, summary);
    summaries.push(summary);
  }
  return ok(state, summaries);
}

/** `?size=1`: a copy, so the cached summary stays the cheap one the plain listing shares. */
function withSize(state: DaemonState, summary: ContainerSummary): ContainerSummary {
  const c = state.containers[summary.Id];
  const rw = c ? writableSize(c) : 0;
  return { ...summary, SizeRw: rw, SizeRootFs: (state.images[summary.ImageID]?.Size ?? 0) + rw };
}

export function containerInspect(state: DaemonState, params: { id: string }): StepResult<Container> {
  const c = findContainer(state, params.id);
  return c ? ok(state, c) : fail(state, 404, noSuchContainer(params.id));
}

export function containerDelete(
  state: DaemonState,
  params: { id: string; force?: boolean },
): StepResult<null> {
  const c = findContainer(state, params.id);
  if (!c) return fail(state, 404, noSuchContainer(params.id));
  if (c.State.Paused && !params.force) {
    return fail(
      state,
      409,
      `cannot remove container "${params.id}": container is paused and must be unpaused first`,
    );
  }
  if (c.State.Running && !params.force) {
    return fail(
      state,
      409,
      `cannot remove container "${params.id}": container is running: stop the container before removing or force remove`,
    );
  }
  return ok({ ...state, containers: removeContainer(state.containers, c.Id) }, null, [
    { type: 'container.removed', id: c.Id, durationMs: 40 },
  ]);
}

/**
 * Not an Engine endpoint: the simulated kernel reporting that an interactive PID 1 (a shell the
 * host drove) has ended, with what it printed.
 */
export function processExit(
  state: DaemonState,
  params: { id: string; exitCode: number; output?: Container['output'] },
  ctx: StepContext,
): StepResult<null> {
  const c = findContainer(state, params.id);
  if (!c) return fail(state, 404, noSuchContainer(params.id));
  if (!c.State.Running) return ok(state, null);
  return exited(state, c, params.exitCode, params.output ?? [], 0, ctx);
}
