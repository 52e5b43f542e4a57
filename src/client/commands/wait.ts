/** `docker wait` / `docker container wait`: each container's exit code, once it has stopped. */
import type { CommandSpec } from '../spec';
import { daemonError } from '../spec';

export const wait: CommandSpec = {
  paths: [['container', 'wait'], ['wait']],
  usage: 'CONTAINER [CONTAINER...]',
  description: 'Wait for containers to stop, then print their exit codes',
  flags: [],
  args: { kind: 'min', n: 1 },
  completes: 'container',
  group: 'other',
  run(ctx, { args }) {
    let failed = false;
    for (const id of args) {
      const res = ctx.api.call('ContainerWait', { id });
      if (res.ok) ctx.out.line(String(res.reply.StatusCode));
      else {
        // Known gap: docker blocks on a running container; the terminal cannot wait yet.
        ctx.out.errLine(daemonError(res.error.message));
        failed = true;
      }
    }
    return failed ? 1 : 0;
  },
};
