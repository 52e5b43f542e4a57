/**
 * `--help` texts in docker's layout (cobra's usage template as docker customises it). The words
 * are ours; the layout is docker's so that a learner's eye finds things where docker puts them.
 */
import { COMMANDS, type CommandGroup, GROUPS } from './commands/index';
import { formatFlagUsages } from './flags';
import type { CommandSpec } from './spec';

const pad = (name: string) => name.padEnd(11);

function listing(entries: readonly (readonly [string, string])[]): string {
  return entries.map(([name, text]) => `  ${pad(name)} ${text}\n`).join('');
}

export function commandHelp(spec: CommandSpec, invokedAs: string): string {
  let text = `Usage:  ${invokedAs} ${spec.usage}\n\n${spec.description}\n`;
  if (spec.paths.length > 1) {
    text += `\nAliases:\n  ${spec.paths.map((p) => ['docker', ...p].join(' ')).join(', ')}\n`;
  }
  const visible = spec.flags.filter((f) => !f.hidden);
  if (visible.length > 0) text += `\nOptions:\n${formatFlagUsages(visible)}`;
  return text;
}

export function groupHelp(group: CommandGroup): string {
  const subs = COMMANDS.flatMap((spec) =>
    spec.paths
      .filter((p) => p[0] === group.name && p.length === 2)
      .slice(0, 1)
      .map((p) => [p[1] ?? '', spec.description] as const),
  ).sort((a, b) => a[0].localeCompare(b[0]));
  return (
    `Usage:  docker ${group.name} COMMAND\n\n${group.description}\n\nCommands:\n${listing(subs)}\n` +
    `Run 'docker ${group.name} COMMAND --help' for more information on a command.\n`
  );
}

export function overview(): string {
  const top = (spec: CommandSpec) => spec.paths.find((p) => p.length === 1)?.[0];
  const common = COMMANDS.filter((s) => s.group === 'common' && top(s)).map(
    (s) => [top(s) ?? '', s.description] as const,
  );
  const other = COMMANDS.filter((s) => s.group === 'other' && top(s))
    .map((s) => [top(s) ?? '', s.description] as const)
    .sort((a, b) => a[0].localeCompare(b[0]));
  const groups = GROUPS.map((g) => [g.name, g.description] as const);
  return (
    'Usage:  docker [OPTIONS] COMMAND\n\n' +
    'Run and manage containers in Dockyard, a Docker engine simulated in your browser\n\n' +
    `Common Commands:\n${listing(common)}\n` +
    `Management Commands:\n${listing(groups)}\n` +
    `Commands:\n${listing(other)}\n` +
    'Global Options:\n' +
    '  -h, --help      Show this help\n' +
    '  -v, --version   Show the client version and quit\n\n' +
    "Run 'docker COMMAND --help' for more information on a command.\n"
  );
}
