/**
 * The terminal following a container's output (`docker run nginx`, `docker logs -f web`): no
 * prompt, typed lines go nowhere, and Ctrl-C is the way out. What Ctrl-C does is docker's:
 * - `run` (sig-proxy on, the default without -t): the client forwards SIGINT to PID 1. The five
 *   servers handle it and exit 0 (nginx: "TERM, INT: fast shutdown", nginx.org/en/docs/control.html;
 *   redis, postgres: SIGINT is their fast shutdown), so `docker run` returns 0, not 130, and bash
 *   goes on. A PID 1 without a handler would drop the signal (Linux's rule for PID 1) and the
 *   client would stay attached, as docker's does.
 * - `logs -f`: SIGINT kills the client itself; bash reports 128 + 2 = 130. The container runs on.
 * A followed PID 1 may also end on its own (`docker run ubuntu sleep 5`: sleep as PID 1 drops
 * SIGINT, so Ctrl-C does not end it). The page cannot block, so its end is noticed at the next
 * input (a typed line or Ctrl-C) after the clock has passed it; the transcript waits it out.
 * The rest of the line (`docker run nginx; echo hi`) runs once the client returns, unless the
 * client died of the signal (`logs -f`), which makes bash drop the line.
 */
import { ApiClient } from '../client/api-client';
import { Output } from '../client/output';
import { cancelConfirm } from './confirm';
import type { CommandResult, Session, ShellHost } from './types';

export const isFollowing = (s: Session): boolean => s.attached?.mode === 'follow';

/**
 * A line typed while following: the terminal echoed it; nothing reads it. If the followed
 * container has ended meanwhile, `docker run` has returned its code and the prompt is back.
 */
export function followLine(session: Session, host: ShellHost): CommandResult {
  const ended = endedCode(session, host);
  if (ended) return detach(session, ended.code, new Output(), ended.daemon);
  return { session, timeline: [], status: session.attached?.lastStatus ?? session.lastStatus };
}

/** The followed `docker run` container's exit code once it is no longer running (logs -f too). */
function endedCode(
  session: Session,
  host: ShellHost,
): { code: number; daemon: Session['daemon'] } | undefined {
  const a = session.attached;
  if (a?.mode !== 'follow' || a.untilInterrupt) return undefined;
  const api = new ApiClient(session.daemon, host.clock.now(), new Output());
  const waited = api.call('ContainerWait', { id: a.containerId });
  if (waited.ok) return { code: a.sigProxy ? waited.reply.StatusCode : 0, daemon: api.state };
  // Removed (--rm, or from elsewhere): run has returned; its code is no longer known here.
  if (waited.error.status === 404) return { code: 0, daemon: api.state };
  return undefined;
}

/**
 * When the followed PID 1 ends on its own at a known time, that time (the sim's transcript
 * waits until then on its virtual clock, as a user waiting at the terminal would).
 */
export function followedEndsAt(session: Session): number | undefined {
  const a = session.attached;
  return a?.mode === 'follow' && !a.untilInterrupt
    ? session.daemon.containers[a.containerId]?.endsAt?.at
    : undefined;
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
  if (session.pendingConfirm) return cancelConfirm(session);
  const a = session.attached;
  if (a?.mode !== 'follow') {
    const next: Session = a
      ? { ...session, attached: { ...a, lastStatus: 130 } }
      : { ...session, lastStatus: 130 };
    return { session: next, timeline: [], status: 130 };
  }
  const out = new Output();
  if (!a.sigProxy) {
    // The client died of SIGINT: bash drops the rest of the line with it.
    const { resume: _dropped, ...rest } = session;
    return detach(rest, 130, out);
  }
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
