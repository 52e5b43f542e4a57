/**
 * One input line, start to finish: lex it, run its commands with bash's `;`/`&&`/`||` rules,
 * and return the new session with everything to play back. Never throws.
 */
import { runDocker } from '../client/cli';
import { BUILTINS } from './builtins';
import { answerLine } from './confirm';
import { attachedHistory, containerShellLine } from './container-shell';
import { curl } from './curl';
import { followLine, isFollowing } from './follow';
import { addToHistory } from './history';
import { expandHistory } from './history-expansion';
import { HOST_TOOL_NAMES, hostFilesFor, runHostTool, withHostFs } from './host-tools';
import { type SimpleCommand, splitCommands, tokenize } from './tokenize';
import type { CommandResult, Session, ShellHost, TimelineEntry } from './types';

const INCOMPLETE_TEXT: Record<string, string> = {
  'single-quote': "bash: unexpected EOF while looking for matching `''\n",
  'double-quote': 'bash: unexpected EOF while looking for matching `"\'\n',
  backslash: '',
  continuation: 'bash: syntax error: unexpected end of file\n',
};

/** Whether a command after `op` runs, given the status so far (bash's left-to-right and-or lists). */
function shouldRun(op: SimpleCommand['op'], status: number): boolean {
  return op === '&&' ? status === 0 : op === '||' ? status !== 0 : true;
}

export function runLine(session: Session, line: string, host: ShellHost): CommandResult {
  try {
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
  } catch (e) {
    // A bug must not take the terminal down: report it like a crashed program would.
    const message = e instanceof Error ? e.message : String(e);
    return {
      session: { ...session, lastStatus: 1 },
      timeline: [{ kind: 'write', stream: 'stderr', text: `dockyard: internal error: ${message}\n` }],
      status: 1,
    };
  }
}

function hostLine(session: Session, line: string, host: ShellHost): CommandResult {
  const history = addToHistory(session.history, line);
  let current: Session = { ...session, history };
  const timeline: TimelineEntry[] = [];
  const finish = (status: number, exitRequested = false): CommandResult => ({
    session: { ...current, lastStatus: status },
    timeline,
    status,
    ...(exitRequested ? { exitRequested } : {}),
  });
  const lexed = tokenize(line, { status: session.lastStatus });
  if (!lexed.ok) {
    const text = 'error' in lexed ? `${lexed.error}\n` : (INCOMPLETE_TEXT[lexed.incomplete] ?? '');
    if (text) timeline.push({ kind: 'write', stream: 'stderr', text });
    return finish(2);
  }
  const commands = splitCommands(lexed.tokens);
  if (commands.length === 0) return { session: current, timeline, status: session.lastStatus };
  if (commands.some((c) => c.op === '|')) {
    timeline.push({
      kind: 'write',
      stream: 'stderr',
      text: 'dockyard: pipes are not supported in this shell yet\n',
    });
    return finish(2);
  }

  let status = session.lastStatus;
  let prevOp: SimpleCommand['op'] = null;
  for (const cmd of commands) {
    const runIt = shouldRun(prevOp, status);
    prevOp = cmd.op;
    if (!runIt) continue;
    const first = cmd.words[0];
    const last = cmd.words.at(-1);
    if (!first || !last) continue;
    // Expand `$?` per command, as bash does, so `false; echo $?` sees the `false`.
    const relexed = tokenize(line.slice(first.start, last.end), { status });
    const argv = relexed.ok
      ? splitCommands(relexed.tokens).flatMap((c) => c.words.map((w) => w.value))
      : cmd.words.map((w) => w.value);
    const [name, ...args] = argv;
    if (name === undefined) continue;

    if (name === 'docker') {
      const files = hostFilesFor(current.hostFs);
      const result = runDocker(args, {
        state: current.daemon,
        now: host.clock.now(),
        tty: true,
        host: files.files,
      });
      current = { ...current, daemon: result.state };
      if (files.saved() !== current.hostFs) current = withHostFs(current, files.saved());
      timeline.push(...result.timeline);
      status = result.status;
      if (result.follow) {
        // The rest of the line waits (and, a known gap, is dropped): the terminal follows output.
        const { containerId, sigProxy } = result.follow;
        current = {
          ...current,
          attached: { containerId, history: [], lastStatus: 0, mode: 'follow', sigProxy },
        };
        return finish(status);
      }
      if (result.confirm) {
        // The command reads its answer from the terminal: the next line (the rest of this one is
        // dropped, the same known gap as following).
        current = { ...current, pendingConfirm: { argv: args } };
        return finish(status);
      }
      if (result.attached) {
        // The rest of the line waits: the terminal now belongs to the container's shell.
        const shell = result.attachedShell;
        current = {
          ...current,
          attached: {
            containerId: result.attached,
            history: attachedHistory(current.daemon, result.attached, shell?.argv),
            lastStatus: 0,
            ...(shell ? { argv: shell.argv, exec: shell.exec } : {}),
            ...(shell?.workdir ? { cwd: shell.workdir } : {}),
          },
        };
        return finish(status);
      }
      continue;
    }
    if (name === 'curl') {
      const result = curl(args, current.daemon, host.clock.now());
      current = { ...current, daemon: result.state };
      timeline.push(...result.timeline);
      status = result.status;
      continue;
    }
    if (HOST_TOOL_NAMES.has(name)) {
      const result = runHostTool(argv, current.hostFs, host.clock.now());
      if (result.hostFs !== current.hostFs) current = withHostFs(current, result.hostFs);
      timeline.push(...result.timeline);
      status = result.status;
      continue;
    }
    if (name === 'exit') {
      timeline.push({ kind: 'write', stream: 'stdout', text: 'exit\n' });
      return finish(args[0] !== undefined && /^\d+$/.test(args[0]) ? Number(args[0]) & 255 : status, true);
    }
    const builtin = BUILTINS[name];
    if (builtin) {
      status = builtin(args, {
        history,
        write: (e) => timeline.push(e),
        ...(host.advanceClock ? { advanceClock: (ms: number) => host.advanceClock?.(ms) } : {}),
      });
      continue;
    }
    timeline.push({ kind: 'write', stream: 'stderr', text: `bash: ${name}: command not found\n` });
    status = 127;
  }
  return finish(status);
}
