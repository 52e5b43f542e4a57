/**
 * The processes `docker exec` leaves running in a container, for `docker top`: an exec'd shell
 * until its `exit`, a detached command until its time is up. They belong to one run of the
 * container: a restart starts without them.
 */
import { withContainer } from './lifecycle';
import type { Container, DaemonState, ExecProcess } from './types';

/** The host PID docker top shows for PID 1, drawn from the id so it stays put. */
export function pid1Of(c: Container): number {
  return 2000 + (Number.parseInt(c.Id.slice(0, 6), 16) % 60_000);
}

/** The exec processes still running at `now`. */
export function liveExecs(c: Container, now: number): readonly ExecProcess[] {
  return (c.execs ?? []).filter(
    (e) => e.started >= c.State.StartedAt && (e.endsAt === undefined || e.endsAt > now),
  );
}

/** The container with one more exec process, and that process's PID. */
export function addExec(
  c: Container,
  proc: Omit<ExecProcess, 'pid' | 'tty'> & { readonly tty: boolean },
  now: number,
): { readonly container: Container; readonly pid: number } {
  const live = liveExecs(c, now);
  const pid = Math.max(pid1Of(c), ...live.map((e) => e.pid)) + 23;
  const ttys = new Set(live.map((e) => e.tty));
  let n = c.Config.Tty ? 1 : 0;
  while (ttys.has(`pts/${n}`)) n++;
  const { tty, ...rest } = proc;
  const added: ExecProcess = { ...rest, pid, ...(tty ? { tty: `pts/${n}` } : {}) };
  return { container: { ...c, execs: [...live, added] }, pid };
}

/** An exec'd process ended (its shell's `exit`). */
export function endExec(state: DaemonState, containerId: string, pid: number): DaemonState {
  const c = state.containers[containerId];
  if (!c?.execs?.some((e) => e.pid === pid)) return state;
  const execs = c.execs.filter((e) => e.pid !== pid);
  return withContainer(state, { ...c, execs });
}
