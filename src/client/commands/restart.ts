/** `docker restart` / `docker container restart`: stop as `docker stop` does, then start. */
import type { CommandSpec } from '../spec';
import { forEachContainer } from './each';
import { stopFlags, stopParams } from './stop';

export const restart: CommandSpec = {
  paths: [['container', 'restart'], ['restart']],
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  description: 'Stop and start one or more containers again',
  flags: stopFlags,
  args: { kind: 'min', n: 1 },
  completes: 'container',
  group: 'other',
  run(ctx, { flags: f, args }) {
    const p = stopParams(f);
    return forEachContainer(ctx, args, (id) => ctx.api.call('ContainerRestart', { id, ...p }));
  },
};
