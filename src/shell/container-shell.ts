/**
 * The shell inside a container (`docker run -it ubuntu bash`, `docker run -it alpine`, `docker
 * exec -it c sh`): its prompt, the line's `;`/`&&`/`||` flow, history and clear; every command
 * runs in the daemon on the container's filesystem (daemon/exec.ts). On `exit` a PID 1 shell ends
 * the container; an exec'd one only returns the terminal to the host.
 */
import { ApiClient } from '../client/api-client';
import { Output } from '../client/output';
import { readShellHistory, writeShellHistory } from '../daemon/bash-history';
import { dialectOf, initialVars, shellCommand } from '../daemon/exec';
import { endExec } from '../daemon/exec-processes';
import { findContainer } from '../daemon/lookup';
import type { ShellState } from '../daemon/proc/shell';
import type { Container, DaemonState } from '../daemon/types';
import { addToHistory } from './history';
import { expandStages, shouldRun } from './pipelines';
import { type Pipeline, splitCommands, splitPipelines, tokenize } from './tokenize';
import type { CommandResult, Session, ShellHost } from './types';

type Attached = NonNullable<Session['attached']>;

/** The shell the terminal talks to: its dialect from its program, its state from the session. */
function shellState(state: DaemonState, c: Container, a: Attached): ShellState {
  const program = a.argv?.[0] ?? c.Path;
  const vars = a.vars ?? initialVars(c, true);
  return {
    dialect: dialectOf(state, c, program),
    cwd: a.cwd ?? (c.Config.WorkingDir || '/'),
    vars: a.user && !a.vars ? { ...vars, HOME: a.user.home } : vars,
    interactive: true,
    ...(a.user ? { user: a.user } : {}),
  };
}

/** `\w`: the working directory, with $HOME shown as `~` (bash and ash both do; bash not for `/`). */
function shortCwd(cwd: string, home: string | undefined, dialect: string): string {
  if (home === '/' && dialect !== 'ash') return cwd;
  if (home && (cwd === home || cwd.startsWith(`${home}/`))) return `~${cwd.slice(home.length)}`;
  return cwd;
}

export function containerPrompt(session: Session): string | null {
  const a = session.attached;
  const c = a ? findContainer(session.daemon, a.containerId) : undefined;
  if (!a || !c) return null;
  const sh = shellState(session.daemon, c, a);
  const where = shortCwd(sh.cwd, sh.vars.HOME, sh.dialect);
  // ubuntu's bash: `root@<hostname>:/tmp# `; busybox ash (alpine's PS1 '\w \$ '): `/tmp # `.
  // `\$` is `$` for anyone but root; bash names a uid without a passwd entry `I have no name!`.
  const sign = (sh.user?.uid ?? 0) === 0 ? '#' : '$';
  const who = sh.user ? (sh.user.name ?? 'I have no name!') : 'root';
  return sh.dialect === 'ash' ? `${where} ${sign} ` : `${who}@${c.Config.Hostname}:${where}${sign} `;
}

/**
 * What a shell the terminal just attached to starts with: bash reads its history file, so each
 * container keeps its own history across `exec -it` and `start -ai`; ash keeps none.
 */
export function attachedHistory(state: DaemonState, containerId: string, argv?: readonly string[]): string[] {
  const c = findContainer(state, containerId);
  if (!c) return [];
  const sh = shellState(state, c, { containerId, history: [], lastStatus: 0, ...(argv ? { argv } : {}) });
  return sh.dialect === 'bash' ? readShellHistory(state, c, sh.vars.HOME) : [];
}

export function containerShellLine(session: Session, line: string, host: ShellHost): CommandResult {
  const attached = session.attached;
  const c = attached ? findContainer(session.daemon, attached.containerId) : undefined;
  if (!attached || !c?.State.Running) {
    // The container went away under us: back to the host.
    const { attached: _gone, ...host_ } = session;
    return { session: host_, timeline: [], status: session.lastStatus };
  }
  const out = new Output();
  const history = addToHistory(attached.history, line);
  let sh = shellState(session.daemon, c, attached);
  let daemon = session.daemon;
  let status = attached.lastStatus;
  const keep = (): CommandResult => ({
    session: {
      ...session,
      daemon,
      attached: { ...attached, history, lastStatus: status, cwd: sh.cwd, vars: sh.vars },
    },
    timeline: out.timeline,
    status,
  });
  const lexed = tokenize(line, { status, env: { ...sh.vars } });
  if (!lexed.ok) {
    out.errLine('error' in lexed ? lexed.error : 'bash: unexpected EOF while looking for matching quote');
    status = 2;
    return keep();
  }
  let prevOp: Pipeline['op'] = null;
  for (const pipeline of splitPipelines(splitCommands(lexed.tokens))) {
    const runIt = shouldRun(prevOp, status);
    prevOp = pipeline.op;
    if (!runIt) continue;
    const stages = expandStages(line, pipeline, { status, env: { ...sh.vars } });
    const lone = stages.length === 1 && stages[0]?.redirs.length === 0 ? stages[0].argv[0] : undefined;
    if (lone === 'clear') {
      out.timeline.push({ kind: 'clear' });
      status = 0;
      continue;
    }
    const done = shellCommand(daemon, c.Id, sh, stages, host.clock.now(), status, history);
    if (!done) break;
    daemon = done.state;
    sh = done.run.sh;
    status = done.run.exitCode;
    for (const chunk of done.run.output) {
      if (chunk.stream === 'stdout') out.stdout(chunk.data);
      else out.stderr(chunk.data);
    }
    if (done.run.exit !== undefined)
      return leave(session, daemon, out, done.run.exit, sh, { ...attached, history }, c, host);
  }
  return keep();
}

/** `exit`: bash says so; then PID 1 ends the container, an exec'd shell only lets go. */
function leave(
  session: Session,
  daemon: DaemonState,
  out: Output,
  code: number,
  sh: ShellState,
  attached: Attached,
  c: Container,
  host: ShellHost,
): CommandResult {
  if (sh.dialect !== 'ash') out.line('exit');
  if (sh.dialect === 'bash')
    daemon = writeShellHistory(daemon, c, attached.history, host.clock.now(), sh.vars.HOME);
  const { attached: _done, ...rest } = session;
  if (attached.exec) {
    if (attached.pid !== undefined) daemon = endExec(daemon, c.Id, attached.pid);
    return { session: { ...rest, daemon, lastStatus: code }, timeline: out.timeline, status: code };
  }
  const api = new ApiClient(daemon, host.clock.now(), out);
  api.call('ProcessExit', { id: c.Id, exitCode: code });
  return { session: { ...rest, daemon: api.state, lastStatus: code }, timeline: out.timeline, status: code };
}
