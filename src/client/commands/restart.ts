/** `docker restart` / `docker container restart`: stop as `docker stop` does, then start. */
import type { FlagSpec } from '../flags';
import type { CommandSpec } from '../spec';
import { forEachContainer } from './each';
import { stopParams } from './stop';

const flags: FlagSpec[] = [
  {
    name: 'signal',
    short: 's',
    type: 'string',
    description: "Signal to send instead of the image's STOPSIGNAL",
  },
  { name: 'timeout', short: 't', type: 'int', description: 'Seconds to wait before killing the container' },
];

export const restart: CommandSpec = {
  paths: [['container', 'restart'], ['restart']],
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  description: 'Stop and start one or more containers again',
  flags,
  args: { kind: 'min', n: 1 },
  completes: 'container',
  group: 'other',
  run(ctx, { flags: f, args }) {
    const p = stopParams(f);
    return forEachContainer(ctx, args, (id) => ctx.api.call('ContainerRestart', { id, ...p }));
  },
};
