/**
 * `docker inspect` (any object: a container first, then an image, as cli/command/system/inspect.go
 * tries them) and `docker container inspect`. The printing is the shared inspector's.
 */
import type { FlagSpec } from '../flags';
import { containerInspectJson } from '../inspect/container-json';
import { containerGoValue } from '../inspect/go-types';
import { type GetRef, INSPECT_FORMAT_HELP, runInspect } from '../inspect/inspector';
import type { CommandContext, CommandSpec } from '../spec';
import { daemonError } from '../spec';
import { inspectJson } from './image-inspect';

const formatFlag: FlagSpec = { name: 'format', short: 'f', type: 'string', description: INSPECT_FORMAT_HELP };

/** The types `--type` accepts, in docker's order (allTypes). */
const TYPES = [
  'config',
  'container',
  'image',
  'network',
  'node',
  'plugin',
  'secret',
  'service',
  'task',
  'volume',
];

type Lookup =
  | { ok: true; value: unknown; typed?: unknown }
  | { ok: false; notFound: boolean; message: string };

function lookupContainer(ctx: CommandContext, ref: string, size: boolean): Lookup {
  const res = ctx.api.call('ContainerInspect', { id: ref });
  if (!res.ok) return { ok: false, notFound: res.error.status === 404, message: res.error.message };
  // The image config tells Entrypoint from Cmd; an image removed since leaves it unknown.
  const img = ctx.api.call('ImageInspect', { name: res.reply.ImageID });
  const value = containerInspectJson(res.reply, img.ok ? img.reply : undefined, size);
  return { ok: true, value, typed: containerGoValue(value) };
}

function lookupImage(ctx: CommandContext, ref: string): Lookup {
  const res = ctx.api.call('ImageInspect', { name: ref });
  if (!res.ok) return { ok: false, notFound: res.error.status === 404, message: res.error.message };
  return { ok: true, value: inspectJson(res.reply) };
}

const asGetRef =
  (find: (ref: string) => Lookup): GetRef =>
  (ref) => {
    const r = find(ref);
    return r.ok ? r : { ok: false, error: daemonError(r.message) };
  };

export const inspect: CommandSpec = {
  paths: [['inspect']],
  usage: '[OPTIONS] NAME|ID [NAME|ID...]',
  description: 'Show what the daemon knows about containers or images, as JSON',
  flags: [
    formatFlag,
    { name: 'size', short: 's', type: 'bool', description: 'Add file sizes, for containers' },
    { name: 'type', type: 'string', description: 'Look only for objects of this type' },
  ],
  args: { kind: 'min', n: 1 },
  completes: 'object',
  group: 'other',
  run(ctx, { flags: f, args }) {
    const type = String(f.type ?? '');
    const size = f.size === true;
    const all = `"${TYPES.join('", "')}"`;
    if (type !== '' && !TYPES.includes(type)) {
      ctx.out.errLine(`unknown type: "${type}": must be one of ${all}`);
      return 1;
    }
    const getRef: GetRef = (ref) => {
      if (type === 'container') return asGetRef((r) => lookupContainer(ctx, r, size))(ref);
      if (type === 'image') return asGetRef((r) => lookupImage(ctx, r))(ref);
      if (type === '') {
        for (const find of [() => lookupContainer(ctx, ref, size), () => lookupImage(ctx, ref)]) {
          const r = find();
          if (r.ok) return r;
          if (!r.notFound) return { ok: false, error: daemonError(r.message) };
        }
      }
      // Networks, volumes and swarm objects do not exist in this simulation.
      return { ok: false, error: `Error: No such object: ${ref}` };
    };
    return runInspect(ctx, args, String(f.format ?? ''), getRef);
  },
};

export const containerInspect: CommandSpec = {
  paths: [['container', 'inspect']],
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  description: 'Show what the daemon knows about one or more containers, as JSON',
  flags: [formatFlag, { name: 'size', short: 's', type: 'bool', description: 'Add file sizes' }],
  args: { kind: 'min', n: 1 },
  completes: 'container',
  group: 'other',
  run(ctx, { flags: f, args }) {
    const size = f.size === true;
    return runInspect(
      ctx,
      args,
      String(f.format ?? ''),
      asGetRef((r) => lookupContainer(ctx, r, size)),
    );
  },
};
