/**
 * A container's life after create: start, stop, kill, restart, pause, unpause, rename, logs
 * (moby daemon/start.go, stop.go, kill.go, pause.go, unpause.go, rename.go, logs.go). Texts are
 * moby v28.2.2's; signals follow Linux's rule for PID 1: a signal it has no handler for is dropped,
 * so only a server that handles its stop signal ends before `docker stop` falls back to SIGKILL.
 */
import type { StepContext, StepResult } from './api';
import type { DaemonEvent } from './events';
import { executableFound, runInContainer, runtimeShell } from './exec';
import { findContainer } from './lookup';
import { VALID_CONTAINER_NAME } from './names';
import { allocatedBy } from './ports';
import { isInteractiveShell } from './programs';
import { removeContainer, setContainer } from './record-origin';
import { serviceOf, signalService, startService } from './services';
import { fail, ok } from './step';
import type { Container, DaemonState, OutputChunk } from './types';

export const noSuchContainer = (id: string) => `No such container: ${id}`;
const notRunning = (c: Container) => `container ${c.Id} is not running`;

export function withContainer(state: DaemonState, c: Container): DaemonState {
  return { ...state, containers: setContainer(state.containers, c) };
}

/** Chunks stamped with the time they were written, for `docker logs -t`. */
const stamped = (output: readonly OutputChunk[], now: number): OutputChunk[] =>
  output.map((o) => (o.time === undefined ? { ...o, time: now } : o));

function outputEvents(c: Container, output: readonly OutputChunk[], firstMs: number): DaemonEvent[] {
  return output.map((chunk, i) => ({
    type: 'container.output',
    id: c.Id,
    stream: chunk.stream,
    data: chunk.data,
    durationMs: i === 0 ? firstMs : 0,
  }));
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
  const events: DaemonEvent[] = [...before, ...outputEvents(c, output, durationMs)];
  events.push({ type: 'container.exited', id: c.Id, exitCode, durationMs: 30 });
  if (c.HostConfig.AutoRemove) {
    events.push({ type: 'container.removed', id: c.Id, durationMs: 30 });
    return ok({ ...state, containers: removeContainer(state.containers, c.Id) }, null, events);
  }
  const { endsAt: _ended, ...rest } = c;
  const done: Container = {
    ...rest,
    State: {
      ...c.State,
      Status: 'exited',
      Running: false,
      Paused: false,
      ExitCode: exitCode,
      FinishedAt: ctx.now,
    },
    output: [...c.output, ...stamped(output, ctx.now)],
  };
  return ok(withContainer(state, done), null, events);
}

/** `POST /containers/{id}/start`: runs PID 1; a program that ends on its own runs to its end. */
export function containerStart(
  state: DaemonState,
  params: { id: string },
  ctx: StepContext,
): StepResult<null> {
  const c = findContainer(state, params.id);
  if (!c) return fail(state, 404, noSuchContainer(params.id));
  if (c.State.Paused) return fail(state, 409, 'cannot start a paused container, try unpause instead');
  if (c.State.Running) return ok(state, null);
  const img = state.images[c.ImageID];
  const service = serviceOf(img, c);
  if (service === undefined && !executableFound(state, c, c.Path)) {
    const failed: Container = { ...c, State: { ...c.State, ExitCode: 127 } };
    return fail(
      withContainer(state, failed),
      400,
      `failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "${c.Path}": executable file not found in $PATH: unknown`,
    );
  }
  const clash = allocatedBy(state, c);
  if (clash) {
    // The endpoint id is libnetwork's own random id; ours is derived from the container's so that
    // the same world always prints the same text.
    const endpoint = c.Id.slice(32) + c.Id.slice(0, 32);
    return fail(
      state,
      500,
      `failed to set up container networking: driver failed programming external connectivity on endpoint ${c.Name} (${endpoint}): Bind for 0.0.0.0:${clash} failed: port is already allocated`,
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
  if (service !== undefined) {
    // The start-up log is written against the record as it was: postgres initialises only once.
    const s = startService(service, c, ctx.now);
    if (s.exitCode !== undefined) return exited(state, running, s.exitCode, s.output, 200, ctx, [started]);
    const up: Container = { ...running, output: [...c.output, ...stamped(s.output, ctx.now)] };
    return ok(withContainer(state, up), null, [started, ...outputEvents(c, s.output, 300)]);
  }
  if (c.Config.Tty && c.Config.OpenStdin && isInteractiveShell(c.program, c.Path)) {
    // An interactive shell waits for its terminal; the host shell drives it until it exits.
    return ok(withContainer(state, running), null, [started]);
  }
  // PID 1 runs on the container's own filesystem; what it writes stays in its writable layer.
  const run = runInContainer(state, running, runtimeShell(running, c.Config.Tty), [c.Path, ...c.Args], {
    tty: c.Config.Tty,
    now: ctx.now,
  });
  if (run.blockedMs > 0) {
    // PID 1 sleeps: the container is up until StartedAt + the time blocked (settle ends it).
    // Known simplification: what it prints is all recorded now, even what follows the sleep.
    const up: Container = {
      ...run.container,
      output: [...run.container.output, ...stamped(run.output, ctx.now)],
      endsAt: { at: ctx.now + run.blockedMs, exitCode: run.exitCode },
    };
    return ok(withContainer(state, up), null, [started, ...outputEvents(c, run.output, 0)]);
  }
  return exited(state, run.container, run.exitCode, run.output, run.durationMs, ctx, [started]);
}

/**
 * Delivers `signal` to PID 1: a server that handles it shuts down; anything else drops it, except
 * SIGKILL, which nothing survives (exit 128 + 9). Undefined: the container is still running.
 */
function deliver(
  state: DaemonState,
  c: Container,
  signal: string,
  ctx: StepContext,
  waitedMs: number,
): StepResult<null> | undefined {
  if (signal === 'SIGKILL') return exited(state, c, 137, [], waitedMs, ctx);
  if (c.State.Paused) return undefined;
  const service = serviceOf(state.images[c.ImageID], c);
  const handled = service && signalService(service, signal, ctx.now);
  return handled ? exited(state, c, handled.exitCode, handled.output, 100, ctx) : undefined;
}

/** `POST /containers/{id}/stop`: the stop signal, then SIGKILL after `t` seconds (default 10). */
export function containerStop(
  state: DaemonState,
  params: { id: string; t?: number; signal?: string },
  ctx: StepContext,
): StepResult<null> {
  const c = findContainer(state, params.id);
  if (!c) return fail(state, 404, noSuchContainer(params.id));
  // Stopping a stopped container is a success (HTTP 304).
  if (!c.State.Running) return ok(state, null);
  const signal = params.signal ?? c.Config.StopSignal ?? 'SIGTERM';
  const graceMs = Math.max(0, params.t ?? 10) * 1000;
  // A paused container is thawed so that the signals reach it (moby stop.go).
  const thawed: Container = c.State.Paused
    ? { ...c, State: { ...c.State, Paused: false, Status: 'running' } }
    : c;
  return (
    deliver(state, thawed, signal, ctx, 0) ??
    (deliver(state, thawed, 'SIGKILL', ctx, graceMs) as StepResult<null>)
  );
}

/** `POST /containers/{id}/kill`: one signal, SIGKILL unless told. */
export function containerKill(
  state: DaemonState,
  params: { id: string; signal?: string },
  ctx: StepContext,
): StepResult<null> {
  const c = findContainer(state, params.id);
  if (!c) return fail(state, 404, noSuchContainer(params.id));
  if (!c.State.Running) return fail(state, 409, `Cannot kill container: ${params.id}: ${notRunning(c)}`);
  return deliver(state, c, params.signal ?? 'SIGKILL', ctx, 0) ?? ok(state, null);
}

/** `POST /containers/{id}/restart`: stop (if running), then start. */
export function containerRestart(
  state: DaemonState,
  params: { id: string; t?: number; signal?: string },
  ctx: StepContext,
): StepResult<null> {
  const stopped = containerStop(state, params, ctx);
  if (!stopped.ok) return stopped;
  const started = containerStart(stopped.state, params, ctx);
  if (!started.ok) return started;
  return ok(started.state, null, [...stopped.events, ...started.events]);
}

/** `POST /containers/{id}/pause` and `/unpause`: the cgroup freezer. */
export function containerPause(state: DaemonState, params: { id: string; pause: boolean }): StepResult<null> {
  const c = findContainer(state, params.id);
  if (!c) return fail(state, 404, noSuchContainer(params.id));
  if (params.pause) {
    if (!c.State.Running) return fail(state, 409, notRunning(c));
    if (c.State.Paused) return fail(state, 409, `container ${c.Id} is already paused`);
  } else if (!c.State.Paused) {
    return fail(state, 409, `container ${c.Id} is not paused`);
  }
  const next: Container = {
    ...c,
    State: { ...c.State, Paused: params.pause, Status: params.pause ? 'paused' : 'running' },
  };
  return ok(withContainer(state, next), null);
}

/** `POST /containers/{id}/rename?name=…` */
export function containerRename(state: DaemonState, params: { id: string; name: string }): StepResult<null> {
  const c = findContainer(state, params.id);
  if (!c) return fail(state, 404, noSuchContainer(params.id));
  const name = params.name.replace(/^\//, '');
  if (!VALID_CONTAINER_NAME.test(name)) {
    return fail(state, 400, `Invalid container name (${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`);
  }
  if (name === c.Name) return fail(state, 400, 'Renaming a container with the same name as its current name');
  const holder = Object.values(state.containers).find((o) => o.Name === name);
  if (holder) {
    return fail(
      state,
      409,
      `Error when allocating new name: Conflict. The container name "/${name}" is already in use by container "${holder.Id}". You have to remove (or rename) that container to be able to reuse that name.`,
    );
  }
  return ok(withContainer(state, { ...c, Name: name }), null);
}

/** `GET /containers/{id}/logs`: what PID 1 wrote, both streams, in order. */
export function containerLogs(
  state: DaemonState,
  params: { id: string },
): StepResult<readonly OutputChunk[]> {
  const c = findContainer(state, params.id);
  return c ? ok(state, c.output) : fail(state, 404, noSuchContainer(params.id));
}
