/** bash with Ubuntu's `HISTCONTROL=ignoreboth`: no lines that start with a space, no repeats. */
export function addToHistory(history: readonly string[], line: string): readonly string[] {
  if (line.trim() === '' || line.startsWith(' ') || history.at(-1) === line) return history;
  return [...history, line];
}

export { formatHistory } from '../daemon/bash-history';
