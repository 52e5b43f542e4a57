/** bash with Ubuntu's `HISTCONTROL=ignoreboth`: no lines that start with a space, no repeats. */
export function addToHistory(history: readonly string[], line: string): readonly string[] {
  if (line.trim() === '' || line.startsWith(' ') || history.at(-1) === line) return history;
  return [...history, line];
}

/** bash's `history` listing: `%5d  %s`. */
export function formatHistory(history: readonly string[]): string {
  return history.map((line, i) => `${String(i + 1).padStart(5)}  ${line}\n`).join('');
}
