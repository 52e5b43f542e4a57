/**
 * `docker system df`: the daemon's disk usage in docker's table (cli/command/formatter/
 * disk_usage.go): SIZE and RECLAIMABLE with units.HumanSize, the percentage as an integer
 * division, only when the total is not zero.
 */
import { humanSize } from '../../units';
import type { CommandSpec } from '../spec';
import { daemonError } from '../spec';
import { formatTable } from '../tabwriter';
import { systemDfVerbose } from './system-df-verbose';

function reclaimable(bytes: number, total: number): string {
  return total > 0 ? `${humanSize(bytes)} (${Math.floor((bytes * 100) / total)}%)` : humanSize(bytes);
}

export const systemDf: CommandSpec = {
  paths: [['system', 'df']],
  usage: '[OPTIONS]',
  description: 'Show how much disk space images and containers take',
  flags: [
    {
      name: 'verbose',
      short: 'v',
      type: 'bool',
      description: 'One table per image, container, volume and cache entry',
    },
  ],
  args: { kind: 'none' },
  group: 'other',
  run(ctx, { flags }) {
    if (flags.verbose === true) return systemDfVerbose(ctx);
    const res = ctx.api.call('SystemDataUsage', {});
    if (!res.ok) {
      ctx.out.errLine(daemonError(res.error.message));
      return 1;
    }
    const du = res.reply;
    const activeImages = du.Images.filter((i) => i.Containers > 0);
    // What stays in use: the used images' bytes not shared with another image (disk_usage.go).
    const used = activeImages.reduce((sum, i) => sum + i.Size - i.SharedSize, 0);
    const containersActive = du.Containers.filter(
      (c) => c.State === 'running' || c.State === 'paused',
    ).length;
    const rows = [
      ['TYPE', 'TOTAL', 'ACTIVE', 'SIZE', 'RECLAIMABLE'],
      [
        'Images',
        String(du.Images.length),
        String(activeImages.length),
        humanSize(du.LayersSize),
        reclaimable(du.LayersSize - used, du.LayersSize),
      ],
      ['Containers', String(du.Containers.length), String(containersActive), '0B', '0B'],
      ['Local Volumes', '0', '0', '0B', '0B'],
      ['Build Cache', '0', '0', '0B', '0B'],
    ];
    ctx.out.stdout(`${formatTable(rows).join('\n')}\n`);
    return 0;
  },
};
