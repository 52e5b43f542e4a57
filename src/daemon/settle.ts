/**
 * Time passing inside the daemon: a PID 1 blocked in a timed wait (`sleep 100`) ends once the
 * clock has passed its end. Run at the start of every step, so whatever the step reads (ps, logs,
 * wait, stop) sees the container as it is at `now`; silently, since no client is attached to it
 * (a foreground `docker run` that follows it notices on its next input).
 */
import { exited } from './lifecycle';
import type { DaemonState } from './types';

export function settle(state: DaemonState, now: number): DaemonState {
  let next = state;
  for (const c of Object.values(state.containers)) {
    // A frozen (paused) process does not wake until it is thawed.
    if (!c.endsAt || !c.State.Running || c.State.Paused || c.endsAt.at > now) continue;
    next = exited(next, c, c.endsAt.exitCode, [], 0, { now: c.endsAt.at }).state;
  }
  return next;
}
