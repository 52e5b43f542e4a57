/**
 * Which docker commands exist, read from the client's own command list, so a lesson that needs a
 * command nobody has built yet is "coming soon" and lights up by itself when the command lands.
 */
import { COMMANDS } from '../client/commands/index';

/** Every command path the client knows: `run`, `system df`, `container prune`… */
export const KNOWN_COMMANDS: ReadonlySet<string> = new Set(
  COMMANDS.flatMap((spec) => spec.paths.map((path) => path.join(' '))),
);

/** The needed commands the client lacks, in the order given. */
export function missingCommands(
  needs: readonly string[],
  known: ReadonlySet<string> = KNOWN_COMMANDS,
): string[] {
  return needs.filter((path) => !known.has(path));
}

/**
 * The docker command a line runs (`docker container prune -f` → `container prune`), or null for
 * anything else (`curl`, a line in a container's shell). Flags before the command are skipped.
 */
export function dockerCommand(line: string, known: ReadonlySet<string> = KNOWN_COMMANDS): string | null {
  const words = line.trim().split(/\s+/);
  if (words[0] !== 'docker') return null;
  const rest = words.slice(1).filter((w) => !w.startsWith('-'));
  const two = rest.slice(0, 2).join(' ');
  if (known.has(two)) return two;
  const one = rest[0];
  return one !== undefined && known.has(one) ? one : null;
}
