/**
 * `GET /containers/{id}/top` and `GET /containers/{id}/stats?stream=false`: what `docker top` and
 * `docker stats --no-stream` show. The simulation has no kernel, so host PIDs, memory and network
 * counters are drawn from the container's id: plausible, and the same on every call, which keeps
 * tests and transcripts stable.
 */
import type { StepContext, StepResult } from './api';
import { liveExecs, pid1Of } from './exec-processes';
import { noSuchContainer } from './lifecycle';
import { findContainer } from './lookup';
import { fail, ok } from './step';
import type { Container, DaemonState } from './types';

export interface TopReply {
  readonly Titles: readonly string[];
  readonly Processes: readonly (readonly string[])[];
}

/** A number in [0, span) from the id's hex, so each container keeps its own values. */
function fromId(c: Container, offset: number, span: number): number {
  return Number.parseInt(c.Id.slice(offset, offset + 6), 16) % span;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** `ps -ef` on the host names a uid from the host's passwd: root and nobody are there. */
const hostUser = (uid: number) => (uid === 0 ? 'root' : uid === 65534 ? 'nobody' : String(uid));

const stime = (ms: number) => {
  const d = new Date(ms);
  return `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
};

/**
 * `ps -ef` on the host, narrowed to the container's processes: PID 1 and whatever `docker exec`
 * started that still runs, each a child of the containerd shim (a few PIDs before PID 1).
 */
export function containerTop(
  state: DaemonState,
  params: { id: string },
  ctx: StepContext,
): StepResult<TopReply> {
  const c = findContainer(state, params.id);
  if (!c) return fail(state, 404, noSuchContainer(params.id));
  // A paused container still has its processes (moby checks IsRunning, which paused ones are).
  if (!c.State.Running) return fail(state, 409, `container ${c.Id} is not running`);
  const pid = pid1Of(c);
  const shim = String(pid - 21);
  const row = (p: { pid: number; uid: number; started: number; tty?: string; argv: readonly string[] }) => [
    hostUser(p.uid),
    String(p.pid),
    shim,
    '0',
    stime(p.started),
    p.tty ?? '?',
    '00:00:00',
    p.argv.join(' '),
  ];
  const first = { pid, uid: 0, started: c.State.StartedAt, argv: [c.Path, ...c.Args] };
  return ok(state, {
    Titles: ['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD'],
    Processes: [row(c.Config.Tty ? { ...first, tty: 'pts/0' } : first), ...liveExecs(c, ctx.now).map(row)],
  });
}

/** One sample, already reduced to what the stats table shows (the cli computes these from it). */
export interface StatsReply {
  readonly Id: string;
  readonly Name: string;
  readonly CpuPercent: number;
  readonly MemUsage: number;
  readonly MemLimit: number;
  readonly NetRx: number;
  readonly NetTx: number;
  readonly BlockRead: number;
  readonly BlockWrite: number;
  readonly Pids: number;
}

/** The machine's memory, as `docker info` reports it (Total Memory: 7.748GiB). */
export const MEM_TOTAL = 8_319_399_526;

export function containerStats(
  state: DaemonState,
  params: { id: string },
  ctx: StepContext,
): StepResult<StatsReply> {
  const c = findContainer(state, params.id);
  if (!c) return fail(state, 404, noSuchContainer(params.id));
  const base = { Id: c.Id, Name: c.Name, MemLimit: MEM_TOTAL, BlockRead: 0, BlockWrite: 0 };
  // A stopped container has no cgroup: moby reports zeros, and no limit.
  if (!c.State.Running) {
    return ok(state, { ...base, MemLimit: 0, CpuPercent: 0, MemUsage: 0, NetRx: 0, NetTx: 0, Pids: 0 });
  }
  return ok(state, {
    ...base,
    // A paused container uses no CPU.
    CpuPercent: c.State.Paused ? 0 : fromId(c, 6, 20) / 100,
    MemUsage: (2 + fromId(c, 12, 30)) * 1024 * 1024 + fromId(c, 18, 1024 * 1024),
    NetRx: 800 + fromId(c, 24, 4000),
    NetTx: 0,
    Pids: 1 + liveExecs(c, ctx.now).length,
  });
}
