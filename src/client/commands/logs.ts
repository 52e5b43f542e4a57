/** `docker logs` / `docker container logs`: replays what the container's PID 1 wrote. */
import type { OutputChunk } from '../../daemon/types';
import type { FlagSpec } from '../flags';
import type { CommandSpec } from '../spec';
import { daemonError } from '../spec';

const flags: FlagSpec[] = [
  { name: 'follow', short: 'f', type: 'bool', description: 'Keep printing new output as it comes' },
  {
    name: 'tail',
    short: 'n',
    type: 'string',
    default: 'all',
    description: 'Show only this many lines from the end',
  },
  {
    name: 'timestamps',
    short: 't',
    type: 'bool',
    description: 'Start each line with the time it was written',
  },
];

/** Go's jsonmessage.RFC3339NanoFixed: nine fractional digits, always. */
function rfc3339NanoFixed(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 23)}000000Z`;
}

/** The chunks split into lines, each keeping its stream and time (docker logs frames per line). */
function lines(chunks: readonly OutputChunk[]): OutputChunk[] {
  return chunks.flatMap((c) => (c.data.match(/[^\n]*\n|[^\n]+$/g) ?? []).map((data) => ({ ...c, data })));
}

export const logs: CommandSpec = {
  paths: [['container', 'logs'], ['logs']],
  usage: '[OPTIONS] CONTAINER',
  description: 'Show what a container has printed',
  flags,
  args: { kind: 'exact', n: 1 },
  completes: 'container',
  group: 'other',
  run(ctx, { flags: f, args }) {
    const id = args[0] ?? '';
    const res = ctx.api.call('ContainerLogs', { id });
    if (!res.ok) {
      ctx.out.errLine(daemonError(res.error.message));
      return 1;
    }
    let all = lines(res.reply);
    // moby logs.go: a tail that is not a number means all lines.
    const tail = /^\d+$/.test(String(f.tail)) ? Number(f.tail) : -1;
    if (tail >= 0) all = tail === 0 ? [] : all.slice(-tail);
    for (const l of all) {
      const text = f.timestamps === true ? `${rfc3339NanoFixed(l.time ?? 0)} ${l.data}` : l.data;
      if (l.stream === 'stdout') ctx.out.stdout(text);
      else ctx.out.stderr(text);
    }
    // -f stays on a running container until Ctrl-C ends the client (the shell's `interrupt`);
    // on a stopped one there is nothing more to wait for and it returns at once, as docker's does.
    if (f.follow === true) {
      const c = ctx.api.call('ContainerInspect', { id });
      if (c.ok && c.reply.State.Running) ctx.follow(c.reply.Id, false);
    }
    return 0;
  },
};
