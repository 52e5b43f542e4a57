/**
 * Answering a docker `[y/N]` question (the prune commands). The real client reads one line from
 * stdin (cli/command/utils.go PromptForConfirmation): `y` or `yes`, in any case and spacing, is
 * yes; anything else is no, which removes nothing and exits 0. The answer is read by docker, not
 * bash, so it does not enter the shell's history.
 */
import { runDocker } from '../client/cli';
import type { CommandResult, Session, ShellHost } from './types';

const YES = /^(y|yes)$/i;

export const isYes = (answer: string): boolean => YES.test(answer.trim());

export function answerLine(session: Session, line: string, host: ShellHost): CommandResult {
  const { pendingConfirm, ...rest } = session;
  if (!pendingConfirm || !isYes(line))
    return { session: { ...rest, lastStatus: 0 }, timeline: [], status: 0 };
  // Yes: what docker does next is what `--force` does, without the question.
  const result = runDocker([...pendingConfirm.argv, '--force'], {
    state: session.daemon,
    now: host.clock.now(),
    tty: true,
  });
  return {
    session: { ...rest, daemon: result.state, lastStatus: result.status },
    timeline: result.timeline,
    status: result.status,
  };
}

/** Ctrl-C at the question: the client is interrupted, nothing is removed; bash reports 130. */
export function cancelConfirm(session: Session): CommandResult {
  // Killed by SIGINT, docker takes the rest of the line with it, as bash drops a list then.
  const { pendingConfirm: _dropped, resume: _rest, ...rest } = session;
  return { session: { ...rest, lastStatus: 130 }, timeline: [], status: 130 };
}
