/** `docker rmi` / `docker image rm`. */
import type { FlagSpec } from '../flags';
import type { CommandSpec } from '../spec';
import { daemonError } from '../spec';

const flags: FlagSpec[] = [
  {
    name: 'force',
    short: 'f',
    type: 'bool',
    description: 'Remove the image even if stopped containers use it or it has several tags',
  },
];

export const rmi: CommandSpec = {
  paths: [['image', 'rm'], ['image', 'remove'], ['rmi']],
  usage: '[OPTIONS] IMAGE [IMAGE...]',
  description: 'Delete one or more images',
  flags,
  args: { kind: 'min', n: 1 },
  completes: 'image',
  group: 'other',
  run(ctx, { flags: f, args }) {
    let failed = false;
    for (const name of args) {
      const res = ctx.api.call('ImageDelete', { name, force: f.force === true });
      if (!res.ok) {
        ctx.out.errLine(daemonError(res.error.message));
        failed = true;
        continue;
      }
      for (const item of res.reply)
        ctx.out.line('Untagged' in item ? `Untagged: ${item.Untagged}` : `Deleted: ${item.Deleted}`);
    }
    return failed ? 1 : 0;
  },
};
