/**
 * Container endpoints: create, start, wait, list, inspect, delete (moby's daemon/create.go,
 * start.go, list.go, delete.go). Texts are moby v28.2.2's (docker-behavior.md §4, §7, §9).
 */

import { wholeSeconds } from '../units/duration';
import type { ContainerCreateParams, ContainerSummary, StepContext, StepResult } from './api';
import { containerFilter, type ListFilters, writableSize } from './container-filters';
import { type ListRow, listIndex } from './container-list-index';
import type { DaemonEvent } from './events';
import { exited, noSuchContainer, withContainer } from './lifecycle';
import { containerByName, findContainer, findImage, noSuchImage } from './lookup';
import { generateName, VALID_CONTAINER_NAME } from './names';
import { assignHostPorts } from './ports';
import { removeContainer } from './record-origin';
import { RngCursor } from './rng';
import { fail, ok } from './step';
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
      Env: mergeEnv(params.Env ?? [], img.Config.Env),
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

/** moby's merge (daemon/commit.go): the user's variables first, then the image's not overridden. */
function mergeEnv(user: readonly string[], image: readonly string[]): string[] {
  const key = (kv: string) => kv.split('=')[0];
  const keys = new Set(user.map(key));
  return [...user, ...image.filter((kv) => !keys.has(key(kv)))];
}
