/** `docker pause` / `docker unpause`: freeze and thaw every process of a container. */
import type { CommandSpec } from '../spec';
import { forEachContainer } from './each';

export const pause: CommandSpec = {
  paths: [['container', 'pause'], ['pause']],
  usage: 'CONTAINER [CONTAINER...]',
  description: 'Freeze every process in one or more containers',
  flags: [],
  args: { kind: 'min', n: 1 },
  completes: 'running-container',
  group: 'other',
  run: (ctx, { args }) =>
    forEachContainer(ctx, args, (id) => ctx.api.call('ContainerPause', { id, pause: true })),
};

export const unpause: CommandSpec = {
  paths: [['container', 'unpause'], ['unpause']],
  usage: 'CONTAINER [CONTAINER...]',
  description: 'Let the processes of one or more paused containers run again',
  flags: [],
  args: { kind: 'min', n: 1 },
  completes: 'paused-container',
  group: 'other',
  run: (ctx, { args }) =>
    forEachContainer(ctx, args, (id) => ctx.api.call('ContainerPause', { id, pause: false })),
};
