/** `docker images` / `docker image ls`. */
import { humanDuration, humanSizeWithPrecision } from '../../units';
import { truncateId } from '../display';
import type { FlagSpec } from '../flags';
import type { CommandSpec } from '../spec';
import { daemonError } from '../spec';
import { formatTable } from '../tabwriter';

const flags: FlagSpec[] = [
  {
    name: 'all',
    short: 'a',
    type: 'bool',
    description: 'Include intermediate images, which are hidden by default',
  },
  { name: 'digests', type: 'bool', description: 'Add a DIGEST column' },
  { name: 'no-trunc', type: 'bool', description: 'Print full image IDs instead of shortening them' },
  { name: 'quiet', short: 'q', type: 'bool', description: 'Print image IDs only' },
];

const HEADER = ['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE'];

/** `repo:tag` → [repo, tag]; the colon of a registry port is not a tag separator. */
function splitTag(ref: string): [string, string] {
  const colon = ref.lastIndexOf(':');
  return colon > ref.lastIndexOf('/') ? [ref.slice(0, colon), ref.slice(colon + 1)] : [ref, '<none>'];
}

function matches(filter: string | undefined, repo: string, tag: string): boolean {
  if (filter === undefined) return true;
  const [fRepo, fTag] = filter.includes(':') ? splitTag(filter) : [filter, undefined];
  return repo === fRepo && (fTag === undefined || fTag === tag);
}

export const images: CommandSpec = {
  paths: [['image', 'ls'], ['image', 'list'], ['images']],
  usage: '[OPTIONS] [REPOSITORY[:TAG]]',
  description: 'Show the images stored locally',
  flags,
  args: { kind: 'max', n: 1 },
  completes: 'repository',
  group: 'common',
  run(ctx, { flags: f, args }) {
    const res = ctx.api.call('ImageList', { all: f.all === true });
    if (!res.ok) {
      ctx.out.errLine(daemonError(res.error.message));
      return 1;
    }
    const noTrunc = f['no-trunc'] === true;
    const digests = f.digests === true;
    const rows: string[][] = [];
    const ids = new Set<string>();
    for (const img of res.reply) {
      const id = noTrunc ? img.Id : truncateId(img.Id);
      const created = `${humanDuration(ctx.now - img.Created * 1000)} ago`;
      const size = humanSizeWithPrecision(img.Size, 3);
      const tags =
        img.RepoTags.length > 0 ? img.RepoTags.map(splitTag) : [['<none>', '<none>'] as [string, string]];
      for (const [repo, tag] of tags) {
        if (!matches(args[0], repo, tag)) continue;
        const digest = img.RepoDigests.find((d) => d.startsWith(`${repo}@`))?.split('@')[1] ?? '<none>';
        rows.push(digests ? [repo, tag, digest, id, created, size] : [repo, tag, id, created, size]);
        ids.add(id);
      }
    }
    if (f.quiet === true) {
      for (const id of ids) ctx.out.line(id);
      return 0;
    }
    const header = digests ? ['REPOSITORY', 'TAG', 'DIGEST', 'IMAGE ID', 'CREATED', 'SIZE'] : HEADER;
    ctx.out.stdout(`${formatTable([header, ...rows]).join('\n')}\n`);
    return 0;
  },
};
