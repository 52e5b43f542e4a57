/**
 * `docker system df -v`: a table per kind, as formatter/disk_usage.go's verboseWrite lays them
 * out: images with their shared and unique bytes and how many containers use them, containers as
 * `ps -s` shows them, then the (empty) volumes and build cache.
 */
import { humanSizeWithPrecision } from '../../units';
import { CONTAINER_HEADER, containerRow, IMAGE_HEADER, imageRow } from '../list-format';
import type { CommandContext } from '../spec';
import { daemonError } from '../spec';
import { dockerFormat, GoStruct, renderRows } from '../template/index';
import { splitTag } from './images';

const IMAGES =
  'table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}\t{{.SharedSize}}\t{{.UniqueSize}}\t{{.Containers}}';
const CONTAINERS =
  'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.LocalVolumes}}\t{{.Size}}\t{{.RunningFor}}\t{{.Status}}\t{{.Names}}';
const VOLUMES = 'table {{.Name}}\t{{.Links}}\t{{.Size}}';
const CACHE =
  'table {{.ID}}\t{{.CacheType}}\t{{.Size}}\t{{.CreatedSince}}\t{{.LastUsedSince}}\t{{.UsageCount}}\t{{.Shared}}';
const VOLUME_HEADER = { Name: 'VOLUME NAME', Links: 'LINKS', Size: 'SIZE' };
const CACHE_HEADER = {
  ID: 'CACHE ID',
  CacheType: 'CACHE TYPE',
  Size: 'SIZE',
  CreatedSince: 'CREATED',
  LastUsedSince: 'LAST USED',
  UsageCount: 'USAGE',
  Shared: 'SHARED',
};

const table = (format: string, rows: readonly unknown[], header: Readonly<Record<string, string>>) => {
  const r = renderRows(dockerFormat(format), rows, header);
  return r.ok ? r.text : '';
};

export function systemDfVerbose(ctx: CommandContext): number {
  const du = ctx.api.call('SystemDataUsage', {});
  const images = ctx.api.call('ImageList', { all: false });
  const containers = ctx.api.call('ContainerList', { all: true, size: true });
  for (const r of [du, images, containers]) {
    if (!r.ok) {
      ctx.out.errLine(daemonError(r.error.message));
      return 1;
    }
  }
  if (!du.ok || !images.ok || !containers.ok) return 1;
  const usage = new Map(du.reply.Images.map((i) => [i.Id, i]));
  const imageRows = images.reply.flatMap((img) => {
    const u = usage.get(img.Id);
    const shared = u?.SharedSize ?? 0;
    return (img.RepoTags.length > 0 ? img.RepoTags : ['<none>']).map((ref) => {
      const [repo, tag] = splitTag(ref);
      const row = imageRow(img, repo, tag, '<none>', ctx.now, false);
      return new GoStruct(row.typeName, {
        ...row.fields,
        SharedSize: humanSizeWithPrecision(shared, 3),
        UniqueSize: humanSizeWithPrecision(img.Size - shared, 3),
        Containers: String(u?.Containers ?? 0),
      });
    });
  });
  const containerRows = containers.reply.map((c) => containerRow(c, ctx.now, false));
  ctx.out.stdout(
    [
      'Images space usage:\n\n',
      table(IMAGES, imageRows, IMAGE_HEADER),
      '\nContainers space usage:\n\n',
      table(CONTAINERS, containerRows, CONTAINER_HEADER),
      '\nLocal Volumes space usage:\n\n',
      table(VOLUMES, [], VOLUME_HEADER),
      '\nBuild cache usage: 0B\n\n',
      table(CACHE, [], CACHE_HEADER),
    ].join(''),
  );
  return 0;
}
