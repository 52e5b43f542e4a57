/** `docker rename` / `docker container rename`. */
import type { CommandSpec } from '../spec';
import { daemonError } from '../spec';

export const rename: CommandSpec = {
  paths: [['container', 'rename'], ['rename']],
  usage: 'CONTAINER NEW_NAME',
  description: 'Give a container a new name',
  flags: [],
  args: { kind: 'exact', n: 2 },
  completes: 'container',
  completesFirstOnly: true,
  group: 'other',
  run(ctx, { args }) {
    const [id = '', name = ''] = args;
    // cli rename.go checks this before calling the daemon (the `Error: ` is part of its text).
    if (id.trim() === '' || name.trim() === '') {
      ctx.out.errLine('Error: Neither old nor new names may be empty');
      return 1;
    }
    const res = ctx.api.call('ContainerRename', { id, name });
    if (res.ok) return 0;
    ctx.out.errLine(daemonError(res.error.message));
    return 1;
  },
};
