/**
 * Processes inside a container: PID 1 started without a terminal, a command run by an
 * interactive shell, and `docker exec`. Each builds the container's filesystem view, runs, and
 * stores the writable layer in a new container record when anything changed.
 */
import { ContainerFs, lowerOf } from './fs/view';
import { findProgram } from './proc/index';
import type { Stage } from './proc/pipeline';
import { type CommandIo, type Dialect, runCommand, type ShellState } from './proc/shell';
import { runShellPipeline } from './proc/shell-pipeline';
import type { User } from './proc/users';
import { setContainer } from './record-origin';
import type { Container, DaemonState, OutputChunk } from './types';

/** The container's root filesystem, with the files docker bind-mounts over it. */
export function containerView(state: DaemonState, c: Container): ContainerFs {
  const img = state.images[c.ImageID];
  const created = img ? Date.parse(img.Created) : 0;
  const lower = lowerOf(img ?? { Layers: [] });
  return new ContainerFs(lower, c.writable, Number.isNaN(created) ? 0 : created, {
    '/etc/hostname': { type: 'file', data: `${c.Config.Hostname}\n`, mtime: c.Created },
    '/etc/hosts': {
      type: 'file',
      data: `127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n172.17.0.2\t${c.Config.Hostname}\n`,
      mtime: c.Created,
    },
  });
}

/** The container record with the view's writable layer, or the same record if nothing changed. */
export function withWritable(c: Container, fs: ContainerFs): Container {
  return fs.changed ? { ...c, writable: fs.writable() } : c;
}

/** The variables a shell in this container starts with (docker sets HOSTNAME, HOME, TERM). */
export function initialVars(c: Container, tty: boolean): Record<string, string> {
  const vars: Record<string, string> = { HOSTNAME: c.Config.Hostname, HOME: '/root' };
  if (tty) vars.TERM = 'xterm';
  for (const kv of c.Config.Env) {
    const eq = kv.indexOf('=');
    if (eq > 0) vars[kv.slice(0, eq)] = kv.slice(eq + 1);
  }
  return vars;
}

/** Which shell dialect `name` is in this container: busybox's ash, dash, or bash. */
export function dialectOf(state: DaemonState, c: Container, name: string): Dialect {
  const fs = containerView(state, c);
  const found = findProgram({ env: initialVars(c, false), fs, cwd: '/' }, name);
  if (found.ok && found.flavor === 'busybox') return 'ash';
  const r = found.ok ? fs.resolve(found.path) : undefined;
  return r && 'entry' in r && r.entry.type === 'file' && r.entry.exec === 'dash' ? 'dash' : 'bash';
}

export interface ProcessRun {
  readonly container: Container;
  readonly output: readonly OutputChunk[];
  readonly exitCode: number;
  readonly durationMs: number;
  /** Of that, time spent blocked (sleep), which PID 1 spends with the container up. */
  readonly blockedMs: number;
  readonly sh: ShellState;
  /** `exit` was run: the shell ends with this code. */
  readonly exit?: number;
}

/**
 * Runs argv as a command of shell `sh` (a prompt's shell, or the runtime itself for PID 1 and
 * one-shot exec, which find the program the same way and word not-found as docker does), or a
 * pipeline typed at a prompt.
 */
export function runInContainer(
  state: DaemonState,
  c: Container,
  sh: ShellState,
  cmd: readonly string[] | { readonly stages: readonly Stage[] },
  opts: {
    readonly tty: boolean;
    readonly now: number;
    readonly lastStatus?: number;
    readonly history?: readonly string[];
  },
): ProcessRun {
  const fs = containerView(state, c);
  const output: OutputChunk[] = [];
  let durationMs = 20;
  let blockedMs = 0;
  const io: CommandIo = {
    fs,
    hostname: c.Config.Hostname,
    pid1: [c.Path, ...c.Args].join(' '),
    tty: opts.tty,
    now: opts.now,
    lastStatus: opts.lastStatus ?? 0,
    ...(opts.history ? { history: opts.history } : {}),
    out: (data) => data && output.push({ stream: 'stdout', data }),
    err: (data) => data && output.push({ stream: 'stderr', data }),
    spend: (ms) => {
      durationMs += ms;
    },
    block: (ms) => {
      durationMs += ms;
      blockedMs += ms;
    },
  };
  const r = 'stages' in cmd ? runShellPipeline(sh, cmd.stages, io) : runCommand(sh, cmd, io);
  return {
    container: withWritable(c, fs),
    output,
    exitCode: r.status,
    durationMs,
    blockedMs,
    sh: r.sh,
    ...(r.exit !== undefined ? { exit: r.exit } : {}),
  };
}

/** A shell state for a process started by the runtime (PID 1, exec) rather than typed at a prompt. */
export function runtimeShell(c: Container, tty: boolean, cwd?: string, user?: User): ShellState {
  const vars = initialVars(c, tty);
  return {
    dialect: 'bash',
    cwd: cwd || c.Config.WorkingDir || '/',
    vars: user ? { ...vars, HOME: user.home } : vars,
    interactive: true,
    ...(user ? { user } : {}),
  };
}

/** Whether argv[0] exists in the container, for the runtime's own `executable file not found`. */
export function executableFound(state: DaemonState, c: Container, name: string): boolean {
  const found = findProgram({ env: initialVars(c, false), fs: containerView(state, c), cwd: '/' }, name);
  return found.ok;
}

/**
 * One command typed at an interactive shell in a running container: the new state (its writable
 * layer updated) and what the command did. Not an Engine endpoint: the terminal's attach stream.
 */
export function shellCommand(
  state: DaemonState,
  containerId: string,
  sh: ShellState,
  stages: readonly Stage[],
  now: number,
  lastStatus = 0,
  history?: readonly string[],
): { readonly state: DaemonState; readonly run: ProcessRun } | undefined {
  const c = state.containers[containerId];
  if (!c) return undefined;
  const run = runInContainer(
    state,
    c,
    sh,
    { stages },
    { tty: true, now, lastStatus, ...(history ? { history } : {}) },
  );
  const next =
    run.container === c ? state : { ...state, containers: setContainer(state.containers, run.container) };
  return { state: next, run };
}
