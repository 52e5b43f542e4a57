/**
 * `docker history` / `docker image history`: cli/command/image/history.go and
 * formatter/history.go. `--format` and `--platform` are not supported yet.
 */
import { humanDuration, humanSizeWithPrecision } from '../../units';
import { ellipsis, truncateId } from '../display';
import type { FlagSpec } from '../flags';
import type { CommandSpec } from '../spec';
import { daemonError } from '../spec';
import { formatTable } from '../tabwriter';

const flags: FlagSpec[] = [
  {
    name: 'human',
    short: 'H',
    type: 'bool',
    default: true,
    description: 'Show sizes and times for people (2 months ago, 1.84kB) instead of exact values',
  },
  { name: 'no-trunc', type: 'bool', description: 'Show full image IDs and build steps' },
  { name: 'quiet', short: 'q', type: 'bool', description: 'Print only the image IDs' },
];

/** Go's time.Format(time.RFC3339) of Unix seconds, in UTC (the simulated machine's zone). */
function rfc3339(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export const history: CommandSpec = {
  paths: [['image', 'history'], ['history']],
  usage: '[OPTIONS] IMAGE',
  description: 'Show the build steps an image was made of, newest first',
  flags,
  args: { kind: 'exact', n: 1 },
  completes: 'image',
  group: 'other',
  run(ctx, { flags: f, args }) {
    const res = ctx.api.call('ImageHistory', { name: args[0] ?? '' });
    if (!res.ok) {
      ctx.out.errLine(daemonError(res.error.message));
      return 1;
    }
    const trunc = f['no-trunc'] !== true;
    const human = f.human !== false;
    const id = (raw: string) => (trunc ? truncateId(raw) : raw);
    if (f.quiet === true) {
      for (const h of res.reply) ctx.out.line(id(h.Id));
      return 0;
    }
    const nowSeconds = Math.floor(ctx.now / 1000);
    const rows: string[][] = [['IMAGE', human ? 'CREATED' : 'CREATED AT', 'CREATED BY', 'SIZE', 'COMMENT']];
    for (const h of res.reply) {
      // The formatter flattens tabs so a RUN line keeps to one cell.
      const createdBy = h.CreatedBy.replaceAll('\t', ' ');
      rows.push([
        id(h.Id),
        human ? `${humanDuration((nowSeconds - h.Created) * 1000)} ago` : rfc3339(h.Created),
        trunc ? ellipsis(createdBy, 45) : createdBy,
        human ? humanSizeWithPrecision(h.Size, 3) : String(h.Size),
        h.Comment,
      ]);
    }
    for (const line of formatTable(rows)) ctx.out.line(line);
    return 0;
  },
};
