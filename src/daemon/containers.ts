/**
 * Container endpoints: create, start, wait, list, inspect, delete (moby's daemon/create.go,
 * start.go, list.go, delete.go). Texts are moby v28.2.2's (docker-behavior.md §4, §7, §9).
 */
import type { ContainerCreateParams, ContainerSummary, StepContext, StepResult } from './api';
import type { DaemonEvent } from './events';
import { findContainer, findImage, noSuchImage } from './lookup';
import { generateName, VALID_CONTAINER_NAME } from './names';
import { isInteractiveShell, resolveProgram } from './programs';
import { RngCursor } from './rng';
import { commandText, statusText } from './status';
import { fail, ok, shortId } from './step';
import type { Container, DaemonState } from './types';

const noSuchContainer = (id: string) => `No such container: ${id}`;

function withContainer(state: DaemonState, c: Container): DaemonState {
  return { ...state, containers: { ...state.containers, [c.Id]: c } };
}

export function containerCreate(
  state: DaemonState,
  params: ContainerCreateParams,
  ctx: StepContext,
): StepResult<{ readonly Id: string; readonly Warnings: readonly string[] }> {
  // The image is resolved before the name is checked, as moby does.
  const img = findImage(state, params.Image);
  if (!img) return fail(state, 404, noSuchImage(params.Image));
  const names = new Set(Object.values(state.containers).map((c) => c.Name));
  if (params.name !== undefined && params.name !== '') {
    if (!VALID_CONTAINER_NAME.test(params.name)) {
      return fail(
        state,
        400,
        `Invalid container name (${params.name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`,
      );
    }
    const name = params.name.replace(/^\//, '');
    const holder = Object.values(state.containers).find((c) => c.Name === name);
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

  const rng = new RngCursor(state.rng);
  const id = rng.hex(64);
  const name = params.name ? params.name.replace(/^\//, '') : generateName(rng, (n) => names.has(n), id);
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
    },
    HostConfig: { AutoRemove: params.HostConfig?.AutoRemove ?? false },
    program: img.program,
    output: [],
  };
  const events: DaemonEvent[] = [
    { type: 'container.created', id, name, image: params.Image, durationMs: 60 },
  ];
  return ok({ ...withContainer(state, container), rng: rng.state }, { Id: id, Warnings: [] }, events);
}

/** `POST /containers/{id}/start`: runs PID 1; a program that ends on its own runs to its end. */
export function containerStart(
  state: DaemonState,
  params: { id: string },
  ctx: StepContext,
): StepResult<null> {
  const c = findContainer(state, params.id);
  if (!c) return fail(state, 404, noSuchContainer(params.id));
  if (c.State.Running) return ok(state, null);
  const program = resolveProgram(c.program, c.Path);
  if (!program) {
    const failed: Container = { ...c, State: { ...c.State, ExitCode: 127 } };
    return fail(
      withContainer(state, failed),
      400,
      `failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "${c.Path}": executable file not found in $PATH: unknown`,
    );
  }
  const started: DaemonEvent = { type: 'container.started', id: c.Id, durationMs: 80 };
  const running: Container = {
    ...c,
    State: {
      Status: 'running',
      Running: true,
      Paused: false,
      ExitCode: 0,
      StartedAt: ctx.now,
      FinishedAt: 0,
    },
  };
  if (c.Config.Tty && c.Config.OpenStdin && isInteractiveShell(c.program, c.Path)) {
    // An interactive shell waits for its terminal; the host shell drives it until it exits.
    return ok(withContainer(state, running), null, [started]);
  }
  const img = state.images[c.ImageID];
  const run = program({
    argv: [c.Path, ...c.Args],
    env: c.Config.Env,
    architecture: img?.Architecture ?? 'amd64',
    hostname: c.Config.Hostname,
    tty: c.Config.Tty,
    stdinOpen: c.Config.OpenStdin,
  });
  return exited(state, running, run.exitCode, run.output, run.durationMs, ctx, [started]);
}

/** PID 1 ended: record its output and code, and remove the container when `--rm` asked for it. */
export function exited(
  state: DaemonState,
  c: Container,
  exitCode: number,
  output: Container['output'],
  durationMs: number,
  ctx: StepContext,
  before: readonly DaemonEvent[] = [],
): StepResult<null> {
  const events: DaemonEvent[] = [...before];
  output.forEach((chunk, i) => {
    events.push({
      type: 'container.output',
      id: c.Id,
      stream: chunk.stream,
      data: chunk.data,
      durationMs: i === 0 ? durationMs : 0,
    });
  });
  events.push({ type: 'container.exited', id: c.Id, exitCode, durationMs: 30 });
  if (c.HostConfig.AutoRemove) {
    const containers = { ...state.containers };
    delete containers[c.Id];
    events.push({ type: 'container.removed', id: c.Id, durationMs: 30 });
    return ok({ ...state, containers }, null, events);
  }
  const done: Container = {
    ...c,
    State: {
      ...c.State,
      Status: 'exited',
      Running: false,
      Paused: false,
      ExitCode: exitCode,
      FinishedAt: ctx.now,
    },
    output: [...c.output, ...output],
  };
  return ok(withContainer(state, done), null, events);
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

/**
 * The parts of a container's summary that only change when the container record does. Records
 * are replaced, never mutated, so a WeakMap keyed on the record is always right: `docker ps` on a
 * big world then formats only what depends on the time.
 */
const fixedSummaries = new WeakMap<Container, Omit<ContainerSummary, 'Image' | 'State' | 'Status'>>();

function fixedSummary(c: Container): Omit<ContainerSummary, 'Image' | 'State' | 'Status'> {
  let fixed = fixedSummaries.get(c);
  if (!fixed) {
    fixed = {
      Id: c.Id,
      Names: [`/${c.Name}`],
      ImageID: c.ImageID,
      Command: commandText(c),
      Created: Math.floor(c.Created / 1000),
      Ports: [],
    };
    fixedSummaries.set(c, fixed);
  }
  return fixed;
}

/** Containers newest first (moby's byCreatedDescending), kept per containers record like an index. */
const orderIndexes = new WeakMap<DaemonState['containers'], readonly Container[]>();

function newestFirst(containers: DaemonState['containers']): readonly Container[] {
  let order = orderIndexes.get(containers);
  if (!order) {
    order = Object.values(containers).sort((a, b) => b.Created - a.Created || (a.Id < b.Id ? 1 : -1));
    orderIndexes.set(containers, order);
  }
  return order;
}

export function containerList(
  state: DaemonState,
  params: { all?: boolean; limit?: number },
  ctx: StepContext,
): StepResult<readonly ContainerSummary[]> {
  const limit = params.limit ?? -1;
  let list = newestFirst(state.containers);
  // `-n`/`-l` look at all states, as docker does.
  if (!params.all && limit <= 0) list = list.filter((c) => c.State.Running);
  if (limit > 0) list = list.slice(0, limit);
  // Many containers share a reference: resolve each distinct one once.
  const resolved = new Map<string, string | undefined>();
  const resolve = (ref: string) => {
    if (!resolved.has(ref)) resolved.set(ref, findImage(state, ref)?.Id);
    return resolved.get(ref);
  };
  const summaries = list.map((c): ContainerSummary => {
    const fixed = fixedSummary(c);
    // The IMAGE column shows the reference typed, unless it now names another image (moby refreshImage).
    const image = resolve(c.Image) === c.ImageID ? c.Image : shortId(c.ImageID);
    return {
      Id: fixed.Id,
      Names: fixed.Names,
      Image: image,
      ImageID: fixed.ImageID,
      Command: fixed.Command,
      Created: fixed.Created,
      State: c.State.Status,
      Status: statusText(c, ctx.now),
      Ports: fixed.Ports,
    };
  });
  return ok(state, summaries);
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
  if (c.State.Running && !params.force) {
    return fail(
      state,
      409,
      `cannot remove container "${params.id}": container is running: stop the container before removing or force remove`,
    );
  }
  const containers = { ...state.containers };
  delete containers[c.Id];
  return ok({ ...state, containers }, null, [{ type: 'container.removed', id: c.Id, durationMs: 40 }]);
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
