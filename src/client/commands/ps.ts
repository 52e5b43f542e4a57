/** `docker ps` / `docker container ls`. */
import { humanDuration } from '../../units';
import { ellipsis, goQuote, truncateId } from '../display';
import type { FlagSpec } from '../flags';
import type { CommandSpec } from '../spec';
import { daemonError } from '../spec';
import { formatTable } from '../tabwriter';

const flags: FlagSpec[] = [
  {
    name: 'all',
    short: 'a',
    type: 'bool',
    description: 'Include stopped containers (only running ones are shown by default)',
  },
  {
    name: 'last',
    short: 'n',
    type: 'int',
    default: -1,
    description: 'Show the n most recently created containers, in any state',
  },
  {
    name: 'latest',
    short: 'l',
    type: 'bool',
    description: 'Show only the most recently created container, in any state',
  },
  { name: 'no-trunc', type: 'bool', description: 'Print IDs and commands in full' },
  { name: 'quiet', short: 'q', type: 'bool', description: 'Print container IDs only' },
];

const HEADER = ['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'];

/** The COMMAND cell for each distinct command: a big world repeats the same few many times. */
const commandCells = new Map<string, string>();
function commandCell(command: string): string {
  let cell = commandCells.get(command);
  if (cell === undefined) {
    if (commandCells.size > 50_000) commandCells.clear();
    cell = goQuote(ellipsis(command, 20));
    commandCells.set(command, cell);
  }
  return cell;
}

export const ps: CommandSpec = {
  paths: [['container', 'ls'], ['container', 'list'], ['container', 'ps'], ['ps']],
  usage: '[OPTIONS]',
  description: 'Show containers (running ones unless asked for all)',
  flags,
  args: { kind: 'none' },
  group: 'common',
  run(ctx, { flags: f }) {
    const limit = f.latest === true ? 1 : Number(f.last);
    const res = ctx.api.call('ContainerList', { all: f.all === true, limit });
    if (!res.ok) {
      ctx.out.errLine(daemonError(res.error.message));
      return 1;
    }
    const noTrunc = f['no-trunc'] === true;
    if (f.quiet === true) {
      for (const c of res.reply) ctx.out.line(noTrunc ? c.Id : truncateId(c.Id));
      return 0;
    }
    const rows = res.reply.map((c) => [
      noTrunc ? c.Id : truncateId(c.Id),
      c.Image,
      noTrunc ? goQuote(c.Command) : commandCell(c.Command),
      `${humanDuration(ctx.now - c.Created * 1000)} ago`,
      c.Status,
      '',
      c.Names.map((n) => n.slice(1)).join(','),
    ]);
    ctx.out.stdout(`${formatTable([HEADER, ...rows]).join('\n')}\n`);
    return 0;
  },
};
