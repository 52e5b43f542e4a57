/** `docker ps` / `docker container ls`. */
import type { ContainerSummary } from '../../daemon/api';
import { DurationPhrases } from '../../units/duration';
import { ellipsis, goQuote, truncateId } from '../display';
import type { FlagSpec } from '../flags';
import { KeyedTable } from '../keyed-table';
import { CONTAINER_HEADER, containerRow, containerSize, writeFormatted } from '../list-format';
import { displayablePorts } from '../ports';
import type { CommandSpec } from '../spec';
import { daemonError } from '../spec';
import { flatString, Table } from '../tabwriter';

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
  {
    name: 'format',
    type: 'string',
    description: 'Lay each container out with a Go template ("table" adds headers), or json',
  },
  { name: 'no-trunc', type: 'bool', description: 'Print IDs and commands in full' },
  { name: 'quiet', short: 'q', type: 'bool', description: 'Print container IDs only' },
  {
    name: 'size',
    short: 's',
    type: 'bool',
    description: 'Add a SIZE column: written data, and the image under it',
  },
  {
    name: 'filter',
    short: 'f',
    type: 'filter',
    description: 'Keep only containers matching key=value (status, name, id, ancestor, exited)',
  },
];

/** `key=value` entries as filters.Args holds them: each key with its values, in order given. */
export function filterArgs(entries: readonly string[]): Record<string, string[]> | undefined {
  if (entries.length === 0) return undefined;
  const out: Record<string, string[]> = {};
  for (const entry of entries) {
    const eq = entry.indexOf('=');
    const key = entry.slice(0, eq);
    const values = out[key] ?? [];
    values.push(entry.slice(eq + 1));
    out[key] = values;
  }
  return out;
}

const HEADER = ['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'];

/** The COMMAND cell for each distinct command: a big world repeats the same few many times. */
const commandCells = new Map<string, string>();
function commandCell(command: string): string {
  let cell = commandCells.get(command);
  if (cell === undefined) {
    if (commandCells.size > 50_000) commandCells.clear();
    cell = flatString(goQuote(ellipsis(command, 20)));
    commandCells.set(command, cell);
  }
  return cell;
}

/** The CREATED cell, built once per duration phrase. */
const created = new DurationPhrases((d) => `${d} ago`);
const CREATED_COLUMN = 3;
const STATUS_COLUMN = 4;

/**
 * The default table's cells but CREATED, which moves with the clock, per (immutable) summary.
 * `before` is the summary listed at the same place last time, with its cells: mostly the same
 * container, whose status alone moved on.
 */
function defaultCells(
  c: ContainerSummary,
  before?: ContainerSummary,
  cells?: readonly string[],
): readonly string[] {
  if (
    before !== undefined &&
    cells !== undefined &&
    before.Id === c.Id &&
    before.Image === c.Image &&
    before.Command === c.Command &&
    before.Ports === c.Ports &&
    before.Names === c.Names
  ) {
    const next = cells.slice();
    next[STATUS_COLUMN] = c.Status;
    return next;
  }
  return [
    truncateId(c.Id),
    c.Image,
    commandCell(c.Command),
    '',
    c.Status,
    c.Ports.length === 0 ? '' : displayablePorts(c.Ports),
    c.Names.length === 1 ? (c.Names[0] as string).slice(1) : c.Names.map((n) => n.slice(1)).join(','),
  ];
}

/**
 * The default table, remembered between calls: the daemon hands back the same summary object
 * while a container's status reads the same, so a repeated `docker ps` rebuilds only the lines
 * whose status or age moved on (see KeyedTable).
 */
const defaultTable = new KeyedTable<ContainerSummary>(
  HEADER.length,
  CREATED_COLUMN,
  defaultCells,
  (c) => c.Created,
);

export const ps: CommandSpec = {
  paths: [['container', 'ls'], ['container', 'list'], ['container', 'ps'], ['ps']],
  usage: '[OPTIONS]',
  description: 'Show containers (running ones unless asked for all)',
  flags,
  args: { kind: 'none' },
  group: 'common',
  run(ctx, { flags: f }) {
    const limit = f.latest === true ? 1 : Number(f.last);
    const format = String(f.format ?? '');
    // The cli asks for sizes when a template reads them, as well as for -s (ps.go).
    const size = f.quiet !== true && (f.size === true || format.includes('.Size'));
    const filters = filterArgs((f.filter as string[] | undefined) ?? []);
    const res = ctx.api.call('ContainerList', { all: f.all === true, limit, size, filters });
    if (!res.ok) {
      ctx.out.errLine(daemonError(res.error.message));
      return 1;
    }
    const noTrunc = f['no-trunc'] === true;
    if (f.quiet === true) {
      for (const c of res.reply) ctx.out.line(noTrunc ? c.Id : truncateId(c.Id));
      return 0;
    }
    // A custom format leaves the default table's fast path below untouched (`table` alone is it).
    if (format !== '' && format !== 'table') {
      const rows = res.reply.map((c) => containerRow(c, ctx.now, noTrunc));
      return writeFormatted(ctx, format, rows, CONTAINER_HEADER);
    }
    // Created is whole Unix seconds, so whole seconds since then are now's seconds minus it.
    const nowSeconds = Math.floor(ctx.now / 1000);
    if (!size && !noTrunc) {
      const chunks = defaultTable.format(HEADER, res.reply, (t) => created.ofSeconds(nowSeconds - t));
      if (chunks !== undefined) {
        for (const chunk of chunks) ctx.out.stdout(chunk);
        return 0;
      }
    }
    const header = size ? [...HEADER, 'SIZE'] : HEADER;
    const table = new Table(header.length);
    for (const h of header) table.add(h);
    for (const c of res.reply) {
      table.add(noTrunc ? c.Id : truncateId(c.Id));
      table.add(c.Image);
      table.add(noTrunc ? goQuote(c.Command) : commandCell(c.Command));
      table.add(created.ofSeconds(nowSeconds - c.Created));
      table.add(c.Status);
      table.add(c.Ports.length === 0 ? '' : displayablePorts(c.Ports));
      table.add(
        c.Names.length === 1 ? (c.Names[0] as string).slice(1) : c.Names.map((n) => n.slice(1)).join(','),
      );
      if (size) table.add(containerSize(c));
    }
    for (const chunk of table.format()) ctx.out.stdout(chunk);
    return 0;
  },
};
