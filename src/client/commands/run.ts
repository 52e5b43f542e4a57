/** `docker run` / `docker container run`: create (pulling first if needed), start, attach, wait. */
import { familiarString, parseNormalizedNamed, withDefaultTag } from '../../reference/reference';
import type { FlagSpec } from '../flags';
import { parsePublish } from '../ports';
import { pullImage } from '../pull-stream';
import type { CommandSpec } from '../spec';
import { daemonError, runStyleError } from '../spec';

const flags: FlagSpec[] = [
  {
    name: 'detach',
    short: 'd',
    type: 'bool',
    description: 'Start the container in the background and print its ID',
  },
  { name: 'entrypoint', type: 'string', description: "Replace the image's ENTRYPOINT" },
  { name: 'env', short: 'e', type: 'list', description: 'Set an environment variable (NAME=value)' },
  { name: 'hostname', short: 'h', type: 'string', description: "Set the container's host name" },
  { name: 'interactive', short: 'i', type: 'bool', description: "Keep the container's standard input open" },
  { name: 'name', type: 'string', description: 'Give the container a name of your choosing' },
  {
    name: 'publish',
    short: 'p',
    type: 'list',
    description: 'Publish a container port on the host (hostPort:containerPort)',
  },
  { name: 'rm', type: 'bool', description: 'Delete the container as soon as it exits' },
  { name: 'tty', short: 't', type: 'bool', description: 'Give the container a terminal' },
  {
    name: 'workdir',
    short: 'w',
    type: 'string',
    description: 'Set the working directory inside the container',
  },
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
    const [image = '', ...cmd] = args;
    const parsed = parseNormalizedNamed(image);
    if (!parsed.ok) {
      runStyleError(ctx, parsed.error);
      return 125;
    }
    const published = parsePublish(Array.isArray(f.publish) ? f.publish : []);
    if (!published.ok) {
      runStyleError(ctx, published.error);
      return 125;
    }
    const bindings = Object.keys(published.bindings).length > 0 ? published.bindings : undefined;
    const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
    const entrypoint = str(f.entrypoint);
    const params = {
      Image: image,
      Cmd: cmd,
      Tty: f.tty === true,
      OpenStdin: f.interactive === true,
      HostConfig: { AutoRemove: f.rm === true, ...(bindings ? { PortBindings: bindings } : {}) },
      ...(str(f.name) !== undefined ? { name: str(f.name) } : {}),
      ...(entrypoint !== undefined ? { Entrypoint: [entrypoint] } : {}),
      ...(str(f.hostname) !== undefined ? { Hostname: str(f.hostname) } : {}),
      ...(str(f.workdir) !== undefined ? { WorkingDir: str(f.workdir) } : {}),
      ...(Array.isArray(f.env) ? { Env: f.env } : {}),
    };

    let created = ctx.api.call('ContainerCreate', params);
    if (!created.ok && created.error.status === 404 && created.error.message.startsWith('No such image')) {
      const ref = withDefaultTag(parsed.ref);
      ctx.out.errLine(`Unable to find image '${familiarString(ref)}' locally`);
      const pulled = pullImage(ctx, ref, 'stderr');
      if (!pulled.ok) {
        runStyleError(ctx, daemonError(pulled.message));
        return 125;
      }
      created = ctx.api.call('ContainerCreate', params);
    }
    if (!created.ok) {
      runStyleError(ctx, daemonError(created.error.message));
      return 125;
    }
    for (const w of created.reply.Warnings) ctx.out.errLine(`WARNING: ${w}`);
    const id = created.reply.Id;

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
      if (params.Tty && params.OpenStdin) {
        ctx.attach(id);
        return 0;
      }
      // A server stays in the foreground: the terminal shows its output until Ctrl-C, which
      // docker's default --sig-proxy forwards to PID 1 as SIGINT (the shell's `interrupt`).
      ctx.follow(id, true);
      return 0;
    }
    if (f.rm !== true) {
      const waited = ctx.api.call('ContainerWait', { id });
      if (waited.ok) exitCode = waited.reply.StatusCode;
    }
    return exitCode;
  },
};
