/**
 * The bash inside a container started with `-it`: its prompt, its few builtins, and the image's
 * programs. On `exit` the container's PID 1 ends and the terminal returns to the host.
 *
 * A shortcut to revisit: the container's shell reaches daemon/programs directly instead of going
 * through an attach stream.
 */
import { ApiClient } from '../client/api-client';
import { Output } from '../client/output';
import { findContainer } from '../daemon/lookup';
import { resolveProgram } from '../daemon/programs';
import { addToHistory, formatHistory } from './history';
import { splitCommands, tokenize } from './tokenize';
import type { CommandResult, Session, ShellHost } from './types';

export function containerPrompt(session: Session): string | null {
  const id = session.attached?.containerId;
  const c = id ? findContainer(session.daemon, id) : undefined;
  return c ? `root@${c.Config.Hostname}:${c.Config.WorkingDir || '/'}# ` : null;
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
  let status = attached.lastStatus;
  const lexed = tokenize(line, { status });
  if (!lexed.ok) {
    out.errLine('error' in lexed ? lexed.error : 'bash: unexpected EOF while looking for matching quote');
    return {
      session: { ...session, attached: { ...attached, history, lastStatus: 2 } },
      timeline: out.timeline,
      status: 2,
    };
  }
  for (const cmd of splitCommands(lexed.tokens)) {
    const [name, ...args] = cmd.words.map((w) => w.value);
    if (name === undefined) continue;
    if (name === 'exit') {
      const code = args[0] !== undefined && /^\d+$/.test(args[0]) ? Number(args[0]) & 255 : status;
      out.line('exit');
      const api = new ApiClient(session.daemon, host.clock.now(), out);
      api.call('ProcessExit', { id: c.Id, exitCode: code });
      const { attached: _done, ...rest } = session;
      return {
        session: { ...rest, daemon: api.state, lastStatus: code },
        timeline: out.timeline,
        status: code,
      };
    }
    if (name === 'history') {
      out.stdout(formatHistory(history));
      status = 0;
      continue;
    }
    if (name === 'clear') {
      out.timeline.push({ kind: 'clear' });
      status = 0;
      continue;
    }
    const program = resolveProgram(c.program, name);
    if (!program) {
      out.errLine(`bash: ${name}: command not found`);
      status = 127;
      continue;
    }
    const run = program({
      argv: [name, ...args],
      env: c.Config.Env,
      architecture: 'amd64',
      hostname: c.Config.Hostname,
      tty: true,
      stdinOpen: true,
    });
    for (const chunk of run.output)
      (chunk.stream === 'stdout' ? out.stdout : out.stderr).call(out, chunk.data);
    status = run.exitCode;
  }
  return {
    session: { ...session, attached: { ...attached, history, lastStatus: status } },
    timeline: out.timeline,
    status,
  };
}
