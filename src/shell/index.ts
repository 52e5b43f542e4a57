/** The shell room's public face: what the page and `npm run sim` drive. */
import { emptyDaemon } from '../daemon/index';
import { containerPrompt } from './container-shell';
import { isFollowing } from './follow';
import type { Session } from './types';

export { followedEndsAt } from './follow';
export { followLineAndRest as followLine, interruptLine as interrupt, runLine } from './run-line';
export type { CommandResult, Session, ShellHost, TimelineEntry } from './types';

/** The host prompt: a learner's own machine. */
export const HOST_PROMPT = 'learner@dockyard:~$ ';

export function newSession(seed = 1): Session {
  return { daemon: emptyDaemon(seed), history: [], lastStatus: 0 };
}

export function promptFor(session: Session): string {
  // Following a container's output: the terminal belongs to it, there is no prompt.
  if (isFollowing(session)) return '';
  // A docker question waits for its answer: the cursor stays after `[y/N] `.
  if (session.pendingConfirm) return '';
  return containerPrompt(session) ?? HOST_PROMPT;
}
