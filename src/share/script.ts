/**
 * The session's commands as a shell script, to run again on a machine with real Docker. Only lines
 * that are docker commands or harmless shell run; the rest stay in the script as comments, so the
 * slide still shows what was typed: lines typed inside a container's shell, answers to `[y/N]`,
 * Ctrl-C, commands this playground did not know, and `exit`.
 */
import type { RecordedCommand } from './transcript';

/** Commands that are safe to run as they are on a presenter's own machine. */
const SAFE = new Set(['docker', 'echo', 'printf', 'sleep', 'true', 'false', 'pwd', 'date', 'whoami']);

/** Why a command is commented out, or null when it runs. */
export function commentReason(command: RecordedCommand): string | null {
  if (command.line === null) return 'Ctrl-C';
  if (command.before.pendingConfirm) return 'answer to the question above';
  if (command.before.attached) return 'typed inside the container';
  const line = command.line.trim();
  if (line === '' || line.startsWith('#')) return null;
  // Anything that could chain, substitute or redirect into something else is left for a person.
  if (/[;&|<>`$\\]|\n/.test(line)) return 'check before running';
  if (command.status === 127) return 'not a command here';
  const word = /^[A-Za-z0-9_.-]+/.exec(line)?.[0] ?? '';
  if (!SAFE.has(word)) return 'not docker';
  return null;
}

/** The script's text; `when` goes in its header (the learner's local date and time). */
export function shellScriptOf(commands: readonly RecordedCommand[], when: string): string {
  let text = `#!/bin/sh\n# Commands from a Dockyard session, ${when}.\n`;
  text += '# Lines starting with "#" were typed in Dockyard but are not run by this script.\n\n';
  for (const command of commands) {
    const reason = commentReason(command);
    const shown = command.line ?? '^C';
    if (reason === null) {
      if (shown.trim() !== '') text += `${shown}\n`;
      continue;
    }
    const lines = shown.split('\n');
    text += `# ${lines[0]}  # (${reason})\n`;
    for (const more of lines.slice(1)) text += `# ${more}\n`;
  }
  return text;
}
