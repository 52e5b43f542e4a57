/** `docker run` / `docker container run`: create (pulling first if needed), start, attach, wait. */
import type { FlagSpec } from '../flags';
import type { CommandSpec } from '../spec';
import { daemonError, runStyleError } from '../spec';
import { containerFlags, createContainer } from './create-container';

const flags: FlagSpec[] = [
  {
    name: 'detach',
    short: 'd',
    type: 'bool',
    description: 'Start the container in the background and print its ID',
  },
  ...containerFlags,
];

/** cli run.go `toStatusError`: what a failed start means for the exit status. */
function startFailureStatus(message: string): number {
  if (message.includes('executable file not found') || message.includes('no such file or directory'))
    return 127;
  if (message.includes('permission denied')) return 126;
  return 125;
}

export const run: CommandSpec = {
  paths: [['container', 'run'], ['run']],
  usage: '[OPTIONS] IMAGE [COMMAND] [ARG...]',
  description: 'Create a container from an image and start it',
  flags,
  args: { kind: 'min', n: 1 },
  completes: 'image-or-catalog',
  interspersed: false,
  group: 'common',
  runStyleErrors: true,
  run(ctx, { flags: f, args }) {
    const created = createContainer(ctx, f, args, 'run');
    if (!created.ok) return created.status;
    const id = created.id;

    // Attached, and waiting for the exit, before the start, as docker's client does, so no output
    // and no exit is missed. With --rm the model answers no wait (the container is gone).
    if (f.detach !== true) ctx.api.call('ContainerAttach', { id });
    const waits = f.detach !== true && f.rm !== true;
    if (waits) ctx.api.send('ContainerWait', { id, condition: 'next-exit' });
    const started = ctx.api.call('ContainerStart', { id });
    if (!started.ok) {
      runStyleError(ctx, daemonError(started.error.message));
      return startFailureStatus(started.error.message);
    }
    let exitCode = 0;
    let running = true;
    for (const e of started.events) {
      ctx.out.event(e);
      if (e.type === 'container.output' && f.detach !== true) {
        if (e.stream === 'stdout') ctx.out.stdout(e.data);
        else ctx.out.stderr(e.data);
      }
      if (e.type === 'container.exited') {
        exitCode = e.exitCode;
        running = false;
      }
    }
    if (f.detach === true) {
      ctx.out.line(id);
      return 0;
    }
    if (running) {
      if (created.tty && created.openStdin) {
        ctx.attach(id);
        return 0;
      }
      // A server stays in the foreground: the terminal shows its output until Ctrl-C, which
      // docker's default --sig-proxy forwards to PID 1 as SIGINT (the shell's `interrupt`).
      ctx.follow(id, true);
      return 0;
    }
    if (waits) {
      const waited = ctx.api.call('ContainerWait', { id, condition: 'next-exit' });
      if (waited.ok) exitCode = waited.reply.StatusCode;
    }
    return exitCode;
  },
};
