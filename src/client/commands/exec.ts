/**
 * `docker exec` / `docker container exec`: a command in a running container. With `-it` and a
 * shell the terminal goes to that shell, whose `exit` leaves the container running; `-d` runs it
 * in the background and prints nothing.
 */
import type { CommandSpec } from '../spec';
import { daemonError } from '../spec';

export const exec: CommandSpec = {
  paths: [['container', 'exec'], ['exec']],
  usage: '[OPTIONS] CONTAINER COMMAND [ARG...]',
  description: 'Run a command in a running container',
  flags: [
    { name: 'detach', short: 'd', type: 'bool', description: 'Run the command in the background' },
    { name: 'env', short: 'e', type: 'list', description: 'Set an environment variable (NAME=value)' },
    { name: 'interactive', short: 'i', type: 'bool', description: "Keep the command's standard input open" },
    { name: 'tty', short: 't', type: 'bool', description: 'Give the command a terminal' },
    {
      name: 'user',
      short: 'u',
      type: 'string',
      description: 'Run as this user: a name or UID, optionally with :GROUP or :GID',
    },
    { name: 'workdir', short: 'w', type: 'string', description: 'Working directory inside the container' },
  ],
  args: { kind: 'min', n: 2 },
  completes: 'running-container',
  interspersed: false,
  group: 'other',
  run(ctx, { flags, args }) {
    const [id = '', ...cmd] = args;
    const workdir = typeof flags.workdir === 'string' && flags.workdir ? flags.workdir : undefined;
    const res = ctx.api.call('ContainerExec', {
      id,
      Cmd: cmd,
      Tty: flags.tty === true,
      AttachStdin: flags.interactive === true,
      Detach: flags.detach === true,
      ...(workdir ? { WorkingDir: workdir } : {}),
      ...(Array.isArray(flags.env) ? { Env: flags.env } : {}),
      ...(typeof flags.user === 'string' && flags.user ? { User: flags.user } : {}),
    });
    if (!res.ok) {
      // The runtime's own failure reaches the client through the exec stream: printed as is.
      if (
        res.error.message.startsWith('OCI runtime exec failed') ||
        res.error.message.startsWith('unable to find user')
      ) {
        ctx.out.line(res.error.message);
        return 126;
      }
      ctx.out.errLine(daemonError(res.error.message));
      return 1;
    }
    if (res.reply.interactive) {
      const { user, pid } = res.reply;
      ctx.attach(res.reply.Id, {
        argv: cmd,
        exec: true,
        ...(workdir ? { workdir } : {}),
        ...(user ? { user } : {}),
        ...(pid !== undefined ? { pid } : {}),
      });
      return 0;
    }
    for (const chunk of res.reply.output) {
      if (chunk.stream === 'stdout') ctx.out.stdout(chunk.data);
      else ctx.out.stderr(chunk.data);
    }
    return flags.detach === true ? 0 : res.reply.ExitCode;
  },
};
