/** `docker kill` / `docker container kill`: one signal, SIGKILL unless told. */
import type { FlagSpec } from '../flags';
import type { CommandSpec } from '../spec';
import { forEachContainer } from './each';

const flags: FlagSpec[] = [
  { name: 'signal', short: 's', type: 'string', description: 'Signal to send (SIGKILL when not given)' },
];

export const kill: CommandSpec = {
  paths: [['container', 'kill'], ['kill']],
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  description: 'Send a signal to one or more running containers (SIGKILL: end them now)',
  flags,
  args: { kind: 'min', n: 1 },
  completes: 'running-container',
  group: 'other',
  run(ctx, { flags: f, args }) {
    const signal = typeof f.signal === 'string' && f.signal !== '' ? f.signal : undefined;
    return forEachContainer(ctx, args, (id) =>
      ctx.api.call('ContainerKill', { id, ...(signal ? { signal } : {}) }),
    );
  },
};
