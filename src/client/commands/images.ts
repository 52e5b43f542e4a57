/** `docker images` / `docker image ls`. */
import { humanSizeWithPrecision } from '../../units';
import { DurationPhrases } from '../../units/duration';
import { truncateId } from '../display';
import type { FlagSpec } from '../flags';
import { IMAGE_HEADER, imageRow, writeFormatted } from '../list-format';
import type { CommandSpec } from '../spec';
import { daemonError } from '../spec';
import { flatString, Table } from '../tabwriter';
import { filterArgs } from './ps';

const flags: FlagSpec[] = [
  {
    name: 'all',
    short: 'a',
    type: 'bool',
    description: 'Include intermediate images, which are hidden by default',
  },
  { name: 'digests', type: 'bool', description: 'Add a DIGEST column' },
  {
    name: 'format',
    type: 'string',
    description: 'Lay each image out with a Go template ("table" adds headers), or json',
  },
  { name: 'no-trunc', type: 'bool', description: 'Print full image IDs instead of shortening them' },
  { name: 'quiet', short: 'q', type: 'bool', description: 'Print image IDs only' },
  {
    name: 'filter',
    short: 'f',
    type: 'filter',
    description: 'Keep only images matching key=value (dangling=true|false, reference=PATTERN)',
  },
];

const HEADER = ['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE'];
const NONE = '<none>';
/** An untagged image shows one row, `<none>` split as a reference reads `<none> <none>`. */
const NO_TAGS: readonly string[] = [NONE];

/** The CREATED cell, built once per duration phrase. */
const createdCells = new DurationPhrases((d) => `${d} ago`);

/** The SIZE cell per byte count: images keep their size, so a listing repeats the same few. */
const sizeCells = new Map<number, string>();
function sizeCell(bytes: number): string {
  let cell = sizeCells.get(bytes);
  if (cell === undefined) {
    if (sizeCells.size >= 10_000) sizeCells.clear();
    cell = flatString(humanSizeWithPrecision(bytes, 3));
    sizeCells.set(bytes, cell);
  }
  return cell;
}

/** `repo:tag` → [repo, tag]; the colon of a registry port is not a tag separator. */
export function splitTag(ref: string): [string, string] {
  const colon = ref.lastIndexOf(':');
  return colon > ref.lastIndexOf('/') ? [ref.slice(0, colon), ref.slice(colon + 1)] : [ref, NONE];
}

function matches(filter: string | undefined, repo: string, tag: string): boolean {
  if (filter === undefined) return true;
  // A colon before the last slash is a registry's port (`localhost:5000/app`), not a tag.
  const [fRepo, fTag] =
    filter.lastIndexOf(':') > filter.lastIndexOf('/') ? splitTag(filter) : [filter, undefined];
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
    const filters = filterArgs((f.filter as string[] | undefined) ?? []);
    const res = ctx.api.call('ImageList', { all: f.all === true, filters });
    if (!res.ok) {
      ctx.out.errLine(daemonError(res.error.message));
      return 1;
    }
    const noTrunc = f['no-trunc'] === true;
    const format = String(f.format ?? '');
    // A custom format has its own loop, so the default table's fast path below stays as it is.
    if (format !== '' && format !== 'table' && f.quiet !== true) {
      const rows = [];
      for (const img of res.reply) {
        for (const ref of img.RepoTags.length > 0 ? img.RepoTags : NO_TAGS) {
          const [repo, tag] = splitTag(ref);
          if (!matches(args[0], repo, tag)) continue;
          const digest = img.RepoDigests.find((d) => d.startsWith(`${repo}@`))?.split('@')[1] ?? NONE;
          rows.push(imageRow(img, repo, tag, digest, ctx.now, noTrunc));
        }
      }
      return writeFormatted(ctx, format, rows, IMAGE_HEADER);
    }
    const digests = f.digests === true;
    const quiet = f.quiet === true;
    const header = digests ? ['REPOSITORY', 'TAG', 'DIGEST', 'IMAGE ID', 'CREATED', 'SIZE'] : HEADER;
    const table = new Table(header.length);
    for (const h of header) table.add(h);
    /** `-q` prints each image once, however many of its tags match. */
    const ids = new Set<string>();
    // Created is whole Unix seconds, so whole seconds since then are now's seconds minus it.
    const nowSeconds = Math.floor(ctx.now / 1000);
    for (const img of res.reply) {
      const id = noTrunc ? img.Id : truncateId(img.Id);
      const created = createdCells.ofSeconds(nowSeconds - img.Created);
      const size = sizeCell(img.Size);
      const tags = img.RepoTags.length > 0 ? img.RepoTags : NO_TAGS;
      for (const ref of tags) {
        const [repo, tag] = splitTag(ref);
        if (!matches(args[0], repo, tag)) continue;
        if (quiet) {
          ids.add(id);
          continue;
        }
        if (digests) {
          const digest = img.RepoDigests.find((d) => d.startsWith(`${repo}@`))?.split('@')[1] ?? NONE;
          table.add(repo);
          table.add(tag);
          table.add(digest);
        } else {
          table.add(repo);
          table.add(tag);
        }
        table.add(id);
        table.add(created);
        table.add(size);
      }
    }
    if (quiet) {
      for (const id of ids) ctx.out.line(id);
      return 0;
    }
    for (const chunk of table.format()) ctx.out.stdout(chunk);
    return 0;
  },
};
