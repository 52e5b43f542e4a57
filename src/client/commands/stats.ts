/**
 * `docker stats` / `docker container stats`, one snapshot (`--no-stream`). Streaming redraws the
 * table every second until Ctrl-C, which the simulation does not do yet: it says so and exits 1.
 */
import { humanSizeWithPrecision } from '../../units';
import { formatGoG } from '../../units/size';
import { truncateId } from '../display';
import type { FlagSpec } from '../flags';
import type { CommandSpec } from '../spec';
import { daemonError } from '../spec';
import { Table } from '../tabwriter';

const flags: FlagSpec[] = [
  {
    name: 'all',
    short: 'a',
    type: 'bool',
    description: 'Include stopped containers (only running ones by default)',
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

export const stats: CommandSpec = {
  paths: [['container', 'stats'], ['stats']],
  usage: '[OPTIONS] [CONTAINER...]',
  description: 'Show the CPU, memory, network and disk use of containers',
  flags,
  args: { kind: 'any' },
  completes: 'running-container',
  group: 'other',
  run(ctx, { flags: f, args }) {
    if (f['no-stream'] !== true) {
      ctx.out.errLine('docker stats: live streaming is not simulated yet; use docker stats --no-stream');
      return 1;
    }
    let ids = args;
    if (ids.length === 0) {
      const list = ctx.api.call('ContainerList', { all: f.all === true });
      if (!list.ok) {
        ctx.out.errLine(daemonError(list.error.message));
        return 1;
      }
      ids = list.reply.map((c) => c.Id);
    }
    const noTrunc = f['no-trunc'] === true;
    const table = new Table(HEADER.length);
    for (const h of HEADER) table.add(h);
    const errors: string[] = [];
    for (const id of ids) {
      const res = ctx.api.call('ContainerStats', { id });
      if (!res.ok) {
        errors.push(daemonError(res.error.message));
        continue;
      }
      const s = res.reply;
      const memPercent = s.MemLimit > 0 ? (s.MemUsage / s.MemLimit) * 100 : 0;
      table.add(noTrunc ? s.Id : truncateId(s.Id));
      table.add(s.Name);
      table.add(`${s.CpuPercent.toFixed(2)}%`);
      table.add(`${bytesSize(s.MemUsage)} / ${bytesSize(s.MemLimit)}`);
      table.add(`${memPercent.toFixed(2)}%`);
      table.add(`${decimal(s.NetRx)} / ${decimal(s.NetTx)}`);
      table.add(`${decimal(s.BlockRead)} / ${decimal(s.BlockWrite)}`);
      table.add(String(s.Pids));
    }
    // The cli reports the containers it could not read instead of a table (stats.go).
    if (errors.length > 0) {
      for (const e of errors) ctx.out.errLine(e);
      return 1;
    }
    for (const chunk of table.format()) ctx.out.stdout(chunk);
    return 0;
  },
};
