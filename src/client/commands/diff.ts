/** `docker diff` / `docker container diff`: the container's writable layer, as A/C/D lines. */
import type { CommandSpec } from '../spec';
import { daemonError } from '../spec';

/** The letter the client prints for each moby ChangeType (cli/command/container/diff.go). */
const KIND = ['C', 'A', 'D'] as const;

export const diff: CommandSpec = {
  paths: [['container', 'diff'], ['diff']],
  usage: 'CONTAINER',
  description: "List the files and directories a container changed on top of its image's layers",
  flags: [],
  args: { kind: 'exact', n: 1 },
  completes: 'container',
  group: 'other',
  run(ctx, { args }) {
    const res = ctx.api.call('ContainerChanges', { id: args[0] ?? '' });
    if (!res.ok) {
      ctx.out.errLine(daemonError(res.error.message));
      return 1;
    }
    for (const change of res.reply) ctx.out.line(`${KIND[change.Kind]} ${change.Path}`);
    return 0;
  },
};
