/**
 * bash keeps an interactive shell's history in `$HOME/.bash_history`: read when the shell starts,
 * written when it exits (Ubuntu's .bashrc sets `histappend` and HISTFILESIZE=2000). Keeping it in
 * the container's filesystem gives each container its own history, brought back by the next
 * `docker exec -it … bash` or `start -ai`, and shows in `docker diff` as it does on real Docker.
 */
import { containerView, withWritable } from './exec';
import { setContainer } from './record-origin';
import type { Container, DaemonState } from './types';

const HISTFILESIZE = 2000;

function historyPath(home: string | undefined): string {
  return `${home && home !== '/' ? home : '/root'}/.bash_history`;
}

/** The lines a new bash in this container starts with. */
export function readShellHistory(state: DaemonState, c: Container, home?: string): string[] {
  const found = containerView(state, c).resolve(historyPath(home));
  if ('error' in found || found.entry.type !== 'file') return [];
  return found.entry.data.split('\n').filter((l) => l !== '');
}

/** The state with the shell's history written back as bash does at exit; unchanged if it is the same. */
export function writeShellHistory(
  state: DaemonState,
  container: Container,
  lines: readonly string[],
  now: number,
  home?: string,
): DaemonState {
  // The record as it is now: the line that ran `exit` may have written files before it.
  const c = state.containers[container.Id] ?? container;
  const kept = lines.slice(-HISTFILESIZE);
  if (kept.join('\n') === readShellHistory(state, c, home).join('\n')) return state;
  const fs = containerView(state, c);
  const path = historyPath(home);
  const data = kept.map((l) => `${l}\n`).join('');
  fs.write(path, { type: 'file', data, mtime: now, mode: 0o600 }, now);
  const updated = withWritable(c, fs);
  return updated === c ? state : { ...state, containers: setContainer(state.containers, updated) };
}

/** bash's `history` listing: `%5d  %s`. */
export function formatHistory(history: readonly string[]): string {
  return history.map((line, i) => `${String(i + 1).padStart(5)}  ${line}\n`).join('');
}
