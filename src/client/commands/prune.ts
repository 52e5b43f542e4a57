/**
 * `docker container prune` and `docker system prune`. Without `-f` they print the question and
 * read the answer from stdin: the shell takes the next line typed (ctx.confirm) and, on yes, runs
 * the command again with --force; anything else (or end of input) is "no": status 0.
 * Texts: cli/command/container/prune.go and cli/command/system/prune.go (docker-behavior.md §9).
 */
import { humanSize } from '../../units';
import type { FlagSpec } from '../flags';
import type { CommandContext, CommandSpec } from '../spec';
import { daemonError } from '../spec';
import { filterArgs } from './ps';

const force: FlagSpec = {
  name: 'force',
  short: 'f',
  type: 'bool',
  description: 'Do not ask for confirmation',
};
const CONFIRM = 'Are you sure you want to continue? [y/N] ';

export const PRUNE_FILTER: FlagSpec = {
  name: 'filter',
  type: 'filter',
  description: 'Prune only what matches key=value: until=<time or duration>, label=<key>[=<value>], label!=…',
};

/** The `--filter` entries as the API takes them. */
export const pruneFilters = (f: Readonly<Record<string, unknown>>) =>
  filterArgs((f.filter as string[] | undefined) ?? []);

/** Removes stopped containers; the lines docker prints for them, and the bytes, or an error. */
function pruneContainers(
  ctx: CommandContext,
  filters: ReturnType<typeof pruneFilters>,
): { ok: true; output: string; space: number } | { ok: false } {
  const res = ctx.api.call('ContainerPrune', filters ? { filters } : {});
  if (!res.ok) {
    ctx.out.errLine(daemonError(res.error.message));
    return { ok: false };
  }
  const ids = res.reply.ContainersDeleted ?? [];
  const output = ids.length > 0 ? `Deleted Containers:\n${ids.map((id) => `${id}\n`).join('')}` : '';
  return { ok: true, output, space: res.reply.SpaceReclaimed };
}

export const containerPrune: CommandSpec = {
  paths: [['container', 'prune']],
  usage: '[OPTIONS]',
  description: 'Delete every container that is not running',
  flags: [PRUNE_FILTER, force],
  args: { kind: 'none' },
  group: 'other',
  run(ctx, { flags: f }) {
    if (f.force !== true) {
      ctx.out.line('WARNING! This will remove all stopped containers.');
      ctx.out.stdout(CONFIRM);
      ctx.confirm();
      return 0;
    }
    const r = pruneContainers(ctx, pruneFilters(f));
    if (!r.ok) return 1;
    if (r.output) ctx.out.line(r.output);
    ctx.out.line(`Total reclaimed space: ${humanSize(r.space)}`);
    return 0;
  },
};

export const systemPrune: CommandSpec = {
  paths: [['system', 'prune']],
  usage: '[OPTIONS]',
  description: 'Delete stopped containers, dangling images and other unused data',
  flags: [
    {
      name: 'all',
      short: 'a',
      type: 'bool',
      description: 'Also remove tagged images that no container uses',
    },
    PRUNE_FILTER,
    force,
    { name: 'volumes', type: 'bool', description: 'Also remove anonymous volumes' },
  ],
  args: { kind: 'none' },
  group: 'other',
  run(ctx, { flags: f }) {
    const all = f.all === true;
    if (f.force !== true) {
      const items = [
        'all stopped containers',
        'all networks not used by at least one container',
        ...(f.volumes === true ? ['all anonymous volumes not used by at least one container'] : []),
        all ? 'all images without at least one container associated to them' : 'all dangling images',
        all ? 'all build cache' : 'unused build cache',
      ];
      ctx.out.stdout(`WARNING! This will remove:\n${items.map((i) => `  - ${i}\n`).join('')}\n${CONFIRM}`);
      ctx.confirm();
      return 0;
    }
    // Containers first, so their images become unused; networks, volumes and build cache do
    // not exist in the simulation and print nothing, as an empty prune does.
    const filters = pruneFilters(f);
    const containers = pruneContainers(ctx, filters);
    if (!containers.ok) return 1;
    if (containers.output) ctx.out.line(containers.output);
    const images = ctx.api.call('ImagePrune', { all, ...(filters ? { filters } : {}) });
    if (!images.ok) {
      ctx.out.errLine(daemonError(images.error.message));
      return 1;
    }
    const deleted = images.reply.ImagesDeleted ?? [];
    if (deleted.length > 0) {
      const lines = deleted.map((d) =>
        'Untagged' in d ? `untagged: ${d.Untagged}` : `deleted: ${d.Deleted}`,
      );
      ctx.out.line(`Deleted Images:\n${lines.join('\n')}\n`);
    }
    ctx.out.line(`Total reclaimed space: ${humanSize(containers.space + images.reply.SpaceReclaimed)}`);
    return 0;
  },
};
