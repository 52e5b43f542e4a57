/**
 * One input line, start to finish: lex it, run its commands with bash's `;`/`&&`/`||` rules,
 * and return the new session with everything to play back. Never throws.
 */
import { type DockerRun, runDocker } from '../client/cli';
import { runPipeline, type StageIo, type StageResult } from '../daemon/proc/pipeline';
import { containerFiles, redirWording } from '../daemon/proc/shell-pipeline';
import { BUILTINS } from './builtins';
import { answerLine, isYes } from './confirm';
import { attachedHistory, containerShellLine } from './container-shell';
import { curl } from './curl';
import { followLine, interrupt, isFollowing } from './follow';
import { addToHistory } from './history';
import { expandHistory } from './history-expansion';
import { HOST_HOME, hostView } from './host-fs';
import { HOST_TOOL_NAMES, runHostToolOn, withHostFs } from './host-tools';
import { expandStages, shouldRun } from './pipelines';
import { type Pipeline, splitCommands, splitPipelines, tokenize } from './tokenize';
import type { CommandResult, Session, ShellHost, TimelineEntry } from './types';

const INCOMPLETE_TEXT: Record<string, string> = {
  'single-quote': "bash: unexpected EOF while looking for matching `''\n",
  'double-quote': 'bash: unexpected EOF while looking for matching `"\'\n',
  backslash: '',
  continuation: 'bash: syntax error: unexpected end of file\n',
};

export function runLine(session: Session, line: string, host: ShellHost): CommandResult {
  try {
    return continueAfter(runLineHere(session, line, host), host);
  } catch (e) {
    return internalError(session, e);
  }
}

/** Ctrl-C, then whatever of the line waited for the command it ended. */
export function interruptLine(session: Session, host: ShellHost): CommandResult {
  try {
    return continueAfter(interrupt(session, host), host);
  } catch (e) {
    return internalError(session, e);
  }
}

/** A line typed while following (or the sim waiting one out), then the rest of the line if it ended. */
export function followLineAndRest(session: Session, host: ShellHost): CommandResult {
  return continueAfter(followLine(session, host), host);
}

/** A bug must not take the terminal down: report it like a crashed program would. */
function internalError(session: Session, e: unknown): CommandResult {
  const message = e instanceof Error ? e.message : String(e);
  return {
    session: { ...session, lastStatus: 1 },
    timeline: [{ kind: 'write', stream: 'stderr', text: `dockyard: internal error: ${message}\n` }],
    status: 1,
  };
}

/** The line in whichever shell has the prompt. */
function runLineHere(session: Session, line: string, host: ShellHost): CommandResult {
  {
    if (isFollowing(session)) return followLine(session, host);
    if (session.pendingConfirm) return answerLine(session, line, host);
    // History expansion comes first, against the history of the shell that has the prompt.
    const expansion = expandHistory(line, session.attached?.history ?? session.history);
    if (!expansion.ok) {
      // Nothing runs and `$?` stays as it was, as in bash.
      const status = session.attached?.lastStatus ?? session.lastStatus;
      return {
        session,
        timeline: [{ kind: 'write', stream: 'stderr', text: `${expansion.error}\n` }],
        status,
      };
    }
    const expanded = expansion.line;
    const result = session.attached
      ? containerShellLine(session, expanded, host)
      : hostLine(session, expanded, host);
    if (!expansion.changed) return result;
    // bash shows the line it is about to run.
    const echo: TimelineEntry = { kind: 'write', stream: 'stderr', text: `${expanded}\n` };
    return { ...result, timeline: [echo, ...result.timeline] };
  }
}

function hostLine(session: Session, line: string, host: ShellHost): CommandResult {
  const history = addToHistory(session.history, line);
  const current: Session = { ...session, history };
  const lexed = tokenize(line, { status: session.lastStatus });
  if (!lexed.ok) {
    const text = 'error' in lexed ? `${lexed.error}\n` : (INCOMPLETE_TEXT[lexed.incomplete] ?? '');
    const timeline: TimelineEntry[] = text ? [{ kind: 'write', stream: 'stderr', text }] : [];
    return { session: { ...current, lastStatus: 2 }, timeline, status: 2 };
  }
  const pipelines = splitPipelines(splitCommands(lexed.tokens));
  if (pipelines.length === 0) return { session: current, timeline: [], status: session.lastStatus };
  return runPipelines(current, line, pipelines, 0, host);
}

/**
 * The rest of a line whose command had the terminal (a followed container, a `[y/N]` question,
 * a container's shell): once the host prompt would be back, bash goes on with the line.
 */
export function continueAfter(result: CommandResult, host: ShellHost): CommandResult {
  const { resume, ...session } = result.session;
  if (!resume || session.attached || session.pendingConfirm || result.exitRequested) return result;
  const lexed = tokenize(resume.line, { status: session.lastStatus });
  if (!lexed.ok) return { ...result, session };
  const rest = runPipelines(
    session,
    resume.line,
    splitPipelines(splitCommands(lexed.tokens)),
    resume.next,
    host,
  );
  return { ...rest, timeline: [...result.timeline, ...rest.timeline] };
}

/** The host's bash words a failed redirection as a container's bash does. */
const HOST_WORDING = redirWording({ dialect: 'bash', cwd: HOST_HOME, vars: {}, interactive: true });

/** Runs pipelines[from…] with bash's and-or rules, `$?` being the session's. */
function runPipelines(
  session: Session,
  line: string,
  pipelines: readonly Pipeline[],
  from: number,
  host: ShellHost,
): CommandResult {
  let current = session;
  const timeline: TimelineEntry[] = [];
  let status = session.lastStatus;
  let exitRequested = false;
  /** Set when a command keeps the terminal: the line stops there and resumes later. */
  let holds = false;
  const out = (stream: 'stdout' | 'stderr') => (text: string) => {
    if (text) timeline.push({ kind: 'write', stream, text });
  };

  /**
   * The host's files for one pipeline: one view that its redirections, its file tools and `docker
   * cp` all write to, stored back in the session once the pipeline is done.
   */
  let fs = hostView(current.hostFs);
  const hostFiles = { cwd: HOST_HOME, view: () => fs, save: () => {} };

  /** A command's writes go through its descriptors (a pipe, a file); events straight to the timeline. */
  const route = (e: TimelineEntry, io: StageIo) => {
    if (e.kind !== 'write') timeline.push(e);
    else if (e.stream === 'stdout') io.out(e.text);
    else io.err(e.text);
  };

  const runStage = (argv: readonly string[], io: StageIo, alone: boolean): StageResult => {
    const [name, ...args] = argv;
    if (name === undefined) return { status: 0 };
    if (name === 'docker') {
      const env = { state: current.daemon, now: host.clock.now(), tty: true, host: hostFiles };
      const result = runDocker(args, env);
      current = { ...current, daemon: result.state };
      for (const e of result.timeline) route(e, io);
      // Following into a pipe (`docker logs -f web | grep GET`): the rest of the pipeline filters
      // what there is, then the terminal stays with it until Ctrl-C.
      if (!alone && result.follow) holds = keepsTerminal(result, args);
      if (!alone) return { status: pipedAnswer(result, args, io) };
      holds = keepsTerminal(result, args);
      return { status: result.status };
    }
    if (name === 'curl') {
      const result = curl(args, current.daemon, host.clock.now());
      current = { ...current, daemon: result.state };
      for (const e of result.timeline) route(e, io);
      return { status: result.status };
    }
    if (name === 'exit') {
      // In a pipeline `exit` ends only its subshell.
      const code = args[0] !== undefined && /^\d+$/.test(args[0]) ? Number(args[0]) & 255 : status;
      if (!alone) return { status: code };
      io.out('exit\n');
      exitRequested = true;
      return { status: code, exit: code };
    }
    if (HOST_TOOL_NAMES.has(name)) return { status: runHostToolOn(fs, argv, host.clock.now(), io) };
    const builtin = BUILTINS[name];
    if (builtin) {
      return {
        status: builtin(args, {
          history: current.history,
          write: (e) => route(e, io),
          ...(host.advanceClock ? { advanceClock: (ms: number) => host.advanceClock?.(ms) } : {}),
        }),
      };
    }
    io.err(`bash: ${name}: command not found\n`);
    return { status: 127 };
  };

  /** A followed container, a question or a container's shell now has the terminal. */
  const keepsTerminal = (result: DockerRun, args: readonly string[]): boolean => {
    if (result.follow) {
      const { containerId, sigProxy, untilInterrupt } = result.follow;
      current = {
        ...current,
        attached: {
          containerId,
          history: [],
          lastStatus: 0,
          mode: 'follow',
          sigProxy,
          ...(untilInterrupt ? { untilInterrupt } : {}),
        },
      };
      return true;
    }
    if (result.confirm) {
      current = { ...current, pendingConfirm: { argv: args } };
      return true;
    }
    if (result.attached) {
      const shell = result.attachedShell;
      current = {
        ...current,
        attached: {
          containerId: result.attached,
          history: attachedHistory(current.daemon, result.attached, shell?.argv),
          lastStatus: 0,
          ...(shell ? { argv: shell.argv, exec: shell.exec } : {}),
          ...(shell?.user ? { user: shell.user } : {}),
          ...(shell?.pid !== undefined ? { pid: shell.pid } : {}),
          ...(shell?.workdir ? { cwd: shell.workdir } : {}),
        },
      };
      return true;
    }
    return false;
  };

  /**
   * In a pipeline a docker command does not get the terminal: a question reads its answer from
   * the pipe (`echo y | docker container prune`), where no answer is no.
   */
  const pipedAnswer = (result: DockerRun, args: readonly string[], io: StageIo): number => {
    if (!result.confirm || !isYes(firstLine(io.stdin))) return result.status;
    const forced = runDocker([...args, '--force'], {
      state: current.daemon,
      now: host.clock.now(),
      tty: true,
      host: hostFiles,
    });
    current = { ...current, daemon: forced.state };
    for (const e of forced.timeline) route(e, io);
    return forced.status;
  };

  for (let i = from; i < pipelines.length; i++) {
    const pipeline = pipelines[i] as Pipeline;
    if (!shouldRun(i > 0 ? (pipelines[i - 1]?.op ?? null) : null, status)) continue;
    const stages = expandStages(line, pipeline, { status });
    fs = hostView(current.hostFs);
    const r = runPipeline(stages, {
      files: containerFiles(fs, HOST_HOME, host.clock.now()),
      wording: HOST_WORDING,
      run: runStage,
      out: out('stdout'),
      err: out('stderr'),
    });
    if (fs.changed) current = withHostFs(current, fs.writable());
    status = r.status;
    if (exitRequested) break;
    if (holds) {
      if (i + 1 < pipelines.length) current = { ...current, resume: { line, next: i + 1 } };
      break;
    }
  }
  return {
    session: { ...current, lastStatus: status },
    timeline,
    status,
    ...(exitRequested ? { exitRequested } : {}),
  };
}

const firstLine = (text: string | undefined) => text?.split('\n')[0] ?? '';
