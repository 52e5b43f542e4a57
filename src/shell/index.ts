/** The shell room's public face: what the page and `npm run sim` drive. */
import { emptyDaemon } from '../daemon/index';
import { containerPrompt } from './container-shell';
import type { Session } from './types';

export { runLine } from './run-line';
export type { CommandResult, Session, ShellHost, TimelineEntry } from './types';

/** The host prompt: a learner's own machine. */
export const HOST_PROMPT = 'learner@dockyard:~$ ';

export function newSession(seed = 1): Session {
  return { daemon: emptyDaemon(seed), history: [], lastStatus: 0 };
}

export function promptFor(session: Session): string {
  return containerPrompt(session) ?? HOST_PROMPT;
}
