/** `docker start` / `docker container start`: start stopped containers; `-a` shows what they print. */
import type { FlagSpec } from '../flags';
import type { CommandContext, CommandSpec } from '../spec';
import { daemonError } from '../spec';

const isShell = (path: string) => /(^|\/)(ba|a|da)?sh$/.test(path);

/**
 * The client attaches before it starts, and starting a running container changes nothing (304):
 * so `start -a` on a running container is `docker attach`. With `-i`, a shell started with `-it`
 * gets the terminal; otherwise the terminal follows the output from now on, Ctrl-C forwarded.
 */
function attachRunning(ctx: CommandContext, id: string, interactive: boolean): boolean {
  const c = ctx.api.call('ContainerInspect', { id });
  if (!c.ok || !c.reply.State.Running || c.reply.State.Paused) return false;
  if (interactive && isShell(c.reply.Path) && c.reply.Config.Tty && c.reply.Config.OpenStdin)
    ctx.attach(c.reply.Id);
  else ctx.follow(c.reply.Id, true);
  return true;
}

const flags: FlagSpec[] = [
  {
    name: 'attach',
    short: 'a',
    type: 'bool',
    description: "Show the container's output (and forward signals)",
  },
  { name: 'interactive', short: 'i', type: 'bool', description: "Connect your input to the container's" },
];

export const start: CommandSpec = {
  paths: [['container', 'start'], ['start']],
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  description: 'Start one or more stopped containers',
  flags,
  args: { kind: 'min', n: 1 },
  completes: 'stopped-container',
  group: 'other',
  run(ctx, { flags: f, args }) {
    const attach = f.attach === true || f.interactive === true;
    if (attach && args.length > 1) {
      ctx.out.errLine('you cannot start and attach multiple containers at once');
      return 1;
    }
    const failed: string[] = [];
    for (const id of args) {
      if (attach && attachRunning(ctx, id, f.interactive === true)) return 0;
      const res = ctx.api.call('ContainerStart', { id });
      if (!res.ok) {
        ctx.out.errLine(daemonError(res.error.message));
        failed.push(id);
        continue;
      }
      let exitCode: number | undefined;
      let started = false;
      for (const e of res.events) {
        if (e.type === 'container.started') started = true;
        ctx.out.event(e);
        if (attach && e.type === 'container.output') {
          if (e.stream === 'stdout') ctx.out.stdout(e.data);
          else ctx.out.stderr(e.data);
        }
        if (e.type === 'container.exited') exitCode = e.exitCode;
      }
      // Attached, docker prints the output instead of the name and exits with the container's code.
      if (!attach) ctx.out.line(id);
      else if (exitCode !== undefined) return exitCode;
      else if (f.interactive === true && started) {
        // `-ai` on a container created with `-it` and a shell: its PID 1 is a new shell waiting
        // for its terminal, which the client connects (stdin included), as `run -it` does.
        const c = ctx.api.call('ContainerInspect', { id });
        const shell = c.ok && isShell(c.reply.Path);
        if (c.ok && shell && c.reply.Config.Tty && c.reply.Config.OpenStdin && c.reply.State.Running) {
          ctx.attach(c.reply.Id);
          return 0;
        }
      }
    }
    if (failed.length > 0) {
      ctx.out.errLine(`Error: failed to start containers: ${failed.join(', ')}`);
      return 1;
    }
    return 0;
  },
};
