/** `docker rm` / `docker container rm`. */
import type { FlagSpec } from '../flags';
import type { CommandSpec } from '../spec';
import { daemonError } from '../spec';

const flags: FlagSpec[] = [
  {
    name: 'force',
    short: 'f',
    type: 'bool',
    description: 'Remove the container even if it is running, killing it first',
  },
];

export const rm: CommandSpec = {
  paths: [['container', 'rm'], ['container', 'remove'], ['rm']],
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  description: 'Delete one or more containers',
  flags,
  args: { kind: 'min', n: 1 },
  completes: 'container',
  group: 'other',
  run(ctx, { flags: f, args }) {
    const force = f.force === true;
    let failed = false;
    for (const id of args) {
      const res = ctx.api.call('ContainerDelete', { id, force });
      if (res.ok) {
        ctx.out.line(id);
        continue;
      }
      ctx.out.errLine(daemonError(res.error.message));
      // `rm -f` of a container that is not there is not a failure (cli rm.go).
      if (!(force && res.error.status === 404)) failed = true;
    }
    return failed ? 1 : 0;
  },
};
