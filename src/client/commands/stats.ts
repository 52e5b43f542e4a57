/**
 * `docker stats` / `docker container stats`: the table once (`--no-stream`), or streaming, where
 * the terminal keeps it (cleared and drawn, as each refresh is) until Ctrl-C ends the client with
 * 130. The figures do not move between refreshes here, so one drawing stands for them all.
 * `--format` takes formatter_stats.go's fields (.Container .Name .ID .CPUPerc .MemUsage .NetIO
 * .BlockIO .MemPerc .PIDs).
 */

import type { StatsReply } from '../../daemon/top-stats';
import { humanSizeWithPrecision } from '../../units';
import { formatGoG } from '../../units/size';
import { truncateId } from '../display';
import type { FlagSpec } from '../flags';
import { writeFormatted } from '../list-format';
import type { CommandSpec } from '../spec';
import { daemonError } from '../spec';
import { Table } from '../tabwriter';
import { GoStruct } from '../template/index';

const flags: FlagSpec[] = [
  {
    name: 'all',
    short: 'a',
    type: 'bool',
    description: 'Include stopped containers (only running ones by default)',
  },
  {
    name: 'format',
    type: 'string',
    description: 'Lay each container out with a Go template ("table" adds headers), or json',
  },
  { name: 'no-stream', type: 'bool', description: 'Print one snapshot and exit instead of refreshing' },
  { name: 'no-trunc', type: 'bool', description: 'Print full container IDs' },
];

const HEADER = [
  'CONTAINER ID',
  'NAME',
  'CPU %',
  'MEM USAGE / LIMIT',
  'MEM %',
  'NET I/O',
  'BLOCK I/O',
  'PIDS',
];
const BINARY_ABBRS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];

/** go-units BytesSize: binary units, `%.4g`. */
function bytesSize(bytes: number): string {
  let size = bytes;
  let i = 0;
  while (size >= 1024 && i < BINARY_ABBRS.length - 1) {
    size /= 1024;
    i++;
  }
  return `${formatGoG(size, 4)}${BINARY_ABBRS[i]}`;
}

const decimal = (n: number) => humanSizeWithPrecision(n, 3);

const STATS_HEADER = {
  Container: 'CONTAINER',
  Name: 'NAME',
  ID: 'CONTAINER ID',
  CPUPerc: 'CPU %',
  MemUsage: 'MEM USAGE / LIMIT',
  NetIO: 'NET I/O',
  BlockIO: 'BLOCK I/O',
  MemPerc: 'MEM %',
  PIDs: 'PIDS',
};

/** What formatter_stats.go's statsContext shows a template, every field a string. */
function statsRow(s: StatsReply, asked: string, noTrunc: boolean): Record<keyof typeof STATS_HEADER, string> {
  const memPercent = s.MemLimit > 0 ? (s.MemUsage / s.MemLimit) * 100 : 0;
  return {
    Container: asked,
    Name: s.Name,
    ID: noTrunc ? s.Id : truncateId(s.Id),
    CPUPerc: `${s.CpuPercent.toFixed(2)}%`,
    MemUsage: `${bytesSize(s.MemUsage)} / ${bytesSize(s.MemLimit)}`,
    NetIO: `${decimal(s.NetRx)} / ${decimal(s.NetTx)}`,
    BlockIO: `${decimal(s.BlockRead)} / ${decimal(s.BlockWrite)}`,
    MemPerc: `${memPercent.toFixed(2)}%`,
    PIDs: String(s.Pids),
  };
}

/** Streaming, each refresh homes the cursor and clears the screen before the table. */
const CLEAR = '\x1b[H\x1b[2J';

export const stats: CommandSpec = {
  paths: [['container', 'stats'], ['stats']],
  usage: '[OPTIONS] [CONTAINER...]',
  description: 'Show the CPU, memory, network and disk use of containers',
  flags,
  args: { kind: 'any' },
  completes: 'running-container',
  group: 'other',
  run(ctx, { flags: f, args }) {
    const stream = f['no-stream'] !== true;
    let ids: readonly string[] = args;
    if (ids.length === 0) {
      const list = ctx.api.call('ContainerList', { all: f.all === true });
      if (!list.ok) {
        ctx.out.errLine(daemonError(list.error.message));
        return 1;
      }
      // Listed ones are known by their id, as stats.go adds them.
      ids = list.reply.map((c) => truncateId(c.Id));
    }
    const noTrunc = f['no-trunc'] === true;
    const rows: Record<keyof typeof STATS_HEADER, string>[] = [];
    const errors: string[] = [];
    let first: string | undefined;
    for (const id of ids) {
      const res = ctx.api.call('ContainerStats', { id });
      if (!res.ok) {
        errors.push(daemonError(res.error.message));
        continue;
      }
      first ??= res.reply.Id;
      rows.push(statsRow(res.reply, id, noTrunc));
    }
    // The cli reports the containers it could not read instead of a table (stats.go).
    if (errors.length > 0) {
      for (const e of errors) ctx.out.errLine(e);
      return 1;
    }
    if (stream) ctx.out.stdout(CLEAR);
    const format = typeof f.format === 'string' ? f.format : '';
    if (format !== '' && format !== 'table') {
      const structs = rows.map(
        (r) => new GoStruct('*container.statsContext', r, Object.fromEntries(Object.entries(r).sort())),
      );
      const status = writeFormatted(ctx, format, structs, STATS_HEADER);
      if (status !== 0 || !stream) return status;
    } else {
      const table = new Table(HEADER.length);
      for (const h of HEADER) table.add(h);
      for (const r of rows)
        for (const cell of [r.ID, r.Name, r.CPUPerc, r.MemUsage, r.MemPerc, r.NetIO, r.BlockIO, r.PIDs])
          table.add(cell);
      for (const chunk of table.format()) ctx.out.stdout(chunk);
    }
    // Streaming: the table stays on the terminal until Ctrl-C, which ends the client (130).
    if (stream) ctx.follow(first ?? '', false, { untilInterrupt: true });
    return 0;
  },
};
