/** `docker stop` / `docker container stop`: the stop signal, SIGKILL after the grace period. */
import type { FlagSpec } from '../flags';
import type { CommandSpec } from '../spec';
import { forEachContainer } from './each';

/** Shared by restart, which stops the same way. */
export const stopFlags: FlagSpec[] = [
  {
    name: 'signal',
    short: 's',
    type: 'string',
    description: "Signal to send instead of the image's STOPSIGNAL",
  },
  { name: 'timeout', short: 't', type: 'int', description: 'Seconds to wait before killing the container' },
];

/** Shared by restart, which takes the same flags. */
export function stopParams(f: Record<string, unknown>): { t?: number; signal?: string } {
  return {
    // pflag leaves -t at 0 when not given; docker then sends no timeout and the daemon uses 10 s.
    ...(typeof f.timeout === 'number' && f.timeout !== 0 ? { t: f.timeout } : {}),
    ...(typeof f.signal === 'string' && f.signal !== '' ? { signal: f.signal } : {}),
  };
}

export const stop: CommandSpec = {
  paths: [['container', 'stop'], ['stop']],
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  description: 'Stop one or more running containers',
  flags: stopFlags,
  args: { kind: 'min', n: 1 },
  completes: 'running-container',
  group: 'other',
  run(ctx, { flags: f, args }) {
    const p = stopParams(f);
    return forEachContainer(ctx, args, (id) => ctx.api.call('ContainerStop', { id, ...p }));
  },
};
