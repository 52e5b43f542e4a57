/**
 * What `docker create` and `docker run` share: their flags, and creating the container (pulling
 * the image first when the daemon has not got it), as cli container/create.go's createContainer
 * serves both commands.
 */
import { familiarString, parseNormalizedNamed, withDefaultTag } from '../../reference/reference';
import type { FlagSpec, FlagValues } from '../flags';
import { parsePublish } from '../ports';
import { pullImage } from '../pull-stream';
import type { CommandContext } from '../spec';
import { daemonError, runStyleError } from '../spec';

export const containerFlags: FlagSpec[] = [
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

export type Created =
  | { ok: true; id: string; tty: boolean; openStdin: boolean }
  | { ok: false; status: number };

/**
 * Creates the container `args` (IMAGE [COMMAND] [ARG...]) and `f` describe. Only flag-parsing
 * errors carry the `docker:` prefix and help hint in both commands; `run` wraps every other
 * error the same way (exit 125) while `create` returns it plainly (exit 1), as cobra prints it.
 */
export function createContainer(
  ctx: CommandContext,
  f: FlagValues,
  args: readonly string[],
  style: 'run' | 'create',
): Created {
  const fail = (message: string): Created => {
    if (style === 'run') {
      runStyleError(ctx, message);
      return { ok: false, status: 125 };
    }
    ctx.out.errLine(message);
    return { ok: false, status: 1 };
  };
  const [image = '', ...cmd] = args;
  const published = parsePublish(Array.isArray(f.publish) ? f.publish : []);
  if (!published.ok) {
    runStyleError(ctx, published.error);
    return { ok: false, status: 125 };
  }
  const parsed = parseNormalizedNamed(image);
  if (!parsed.ok) return fail(parsed.error);
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
    if (!pulled.ok) return fail(daemonError(pulled.message));
    created = ctx.api.call('ContainerCreate', params);
  }
  if (!created.ok) return fail(daemonError(created.error.message));
  for (const w of created.reply.Warnings) ctx.out.errLine(`WARNING: ${w}`);
  return { ok: true, id: created.reply.Id, tty: params.Tty, openStdin: params.OpenStdin };
}
