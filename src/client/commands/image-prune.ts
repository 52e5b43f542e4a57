/**
 * `docker image prune`. Without `-f` the question is printed and the answer read from stdin: the
 * shell takes the next line typed (ctx.confirm); anything but yes, or end of input, is "no":
 * nothing is removed and the exit status is 0 (docker-behavior.md §9).
 */
import { humanSize } from '../../units';
import type { FlagSpec } from '../flags';
import type { CommandSpec } from '../spec';
import { daemonError } from '../spec';
import { PRUNE_FILTER, pruneFilters } from './prune';

const flags: FlagSpec[] = [
  { name: 'all', short: 'a', type: 'bool', description: 'Also remove tagged images that no container uses' },
  PRUNE_FILTER,
  { name: 'force', short: 'f', type: 'bool', description: 'Do not ask for confirmation' },
];

// cli/command/image/prune.go's warnings.
const DANGLING_WARNING = 'WARNING! This will remove all dangling images.';
const ALL_WARNING = 'WARNING! This will remove all images without at least one container associated to them.';

export const imagePrune: CommandSpec = {
  paths: [['image', 'prune']],
  usage: '[OPTIONS]',
  description: 'Delete images nothing refers to',
  flags,
  args: { kind: 'none' },
  group: 'other',
  run(ctx, { flags: f }) {
    const all = f.all === true;
    if (f.force !== true) {
      ctx.out.line(all ? ALL_WARNING : DANGLING_WARNING);
      ctx.out.stdout('Are you sure you want to continue? [y/N] ');
      ctx.confirm();
      return 0;
    }
    const filters = pruneFilters(f);
    const res = ctx.api.call('ImagePrune', { all, ...(filters ? { filters } : {}) });
    if (!res.ok) {
      ctx.out.errLine(daemonError(res.error.message));
      return 1;
    }
    const deleted = res.reply.ImagesDeleted ?? [];
    if (deleted.length > 0) {
      ctx.out.line('Deleted Images:');
      for (const item of deleted)
        ctx.out.line('Untagged' in item ? `untagged: ${item.Untagged}` : `deleted: ${item.Deleted}`);
      ctx.out.line();
    }
    ctx.out.line(`Total reclaimed space: ${humanSize(res.reply.SpaceReclaimed)}`);
    return 0;
  },
};
