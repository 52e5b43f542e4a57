/**
 * The terminal following a container's output (`docker run nginx`, `docker logs -f web`): no
 * prompt, typed lines go nowhere, and Ctrl-C is the way out. What Ctrl-C does is docker's:
 * - `run` (sig-proxy on, the default without -t): the client forwards SIGINT to PID 1. The five
 *   servers handle it and exit 0 (nginx: "TERM, INT: fast shutdown", nginx.org/en/docs/control.html;
 *   redis, postgres: SIGINT is their fast shutdown), so `docker run` returns 0, not 130, and bash
 *   goes on. A PID 1 without a handler would drop the signal (Linux's rule for PID 1) and the
 *   client would stay attached, as docker's does.
 * - `logs -f`: SIGINT kills the client itself; bash reports 128 + 2 = 130. The container runs on.
 * Known gap: the rest of a line after the followed command (`docker run nginx; echo hi`) is not run.
 */
import { ApiClient } from '../client/api-client';
import { Output } from '../client/output';
import type { CommandResult, Session, ShellHost } from './types';

export const isFollowing = (s: Session): boolean => s.attached?.mode === 'follow';

/** A line typed while following: the terminal echoed it; nothing reads it. */
export function followLine(session: Session): CommandResult {
  return { session, timeline: [], status: session.attached?.lastStatus ?? session.lastStatus };
}

/** The host shell again, with `$?` set. */
function detach(session: Session, status: number, out: Output, daemon = session.daemon): CommandResult {
  const { attached: _gone, ...host } = session;
  return { session: { ...host, daemon, lastStatus: status }, timeline: out.timeline, status };
}

/**
 * Ctrl-C. While following: as described above. At a prompt: `$?` becomes 130 (128 + SIGINT) in
 * whichever shell has the prompt, as in bash (the terminal drew `^C` already).
 */
export function interrupt(session: Session, host: ShellHost): CommandResult {
  const a = session.attached;
  if (a?.mode !== 'follow') {
    const next: Session = a
      ? { ...session, attached: { ...a, lastStatus: 130 } }
      : { ...session, lastStatus: 130 };
    return { session: next, timeline: [], status: 130 };
  }
  const out = new Output();
  if (!a.sigProxy) return detach(session, 130, out);
  const api = new ApiClient(session.daemon, host.clock.now(), out);
  const killed = api.call('ContainerKill', { id: a.containerId, signal: 'SIGINT' });
  let code: number | undefined;
  if (killed.ok) {
    for (const e of killed.events) {
      if (e.type === 'container.output') {
        if (e.stream === 'stdout') out.stdout(e.data);
        else out.stderr(e.data);
      }
      if (e.type === 'container.exited') code = e.exitCode;
    }
    // The program ignored SIGINT (or is frozen): docker run stays attached.
    if (code === undefined)
      return { session: { ...session, daemon: api.state }, timeline: out.timeline, status: a.lastStatus };
  } else {
    // It ended some other way meanwhile (another tab stopped it): run returns its code.
    const waited = api.call('ContainerWait', { id: a.containerId });
    code = waited.ok ? waited.reply.StatusCode : 0;
  }
  return detach(session, code, out, api.state);
}
