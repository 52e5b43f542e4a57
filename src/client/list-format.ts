/**
 * `--format` for `docker ps` and `docker images`: each row as docker's formatter contexts show it
 * to a template (cli/command/formatter/container.go ContainerContext, image.go ImageContext),
 * with their header names for `table` and their MarshalJSON (every field a string) for `{{json .}}`.
 * The default tables stay on the commands' own fast path; only a custom format comes here.
 */

import type { ContainerSummary, ImageSummary } from '../daemon/api';
import { humanDuration, humanSizeWithPrecision } from '../units';
import { ellipsis, goQuote, truncateId } from './display';
import { displayablePorts } from './ports';
import type { CommandContext } from './spec';
import { dockerFormat, GoStruct, renderRows } from './template/index';

/** Go's time.Time.String() in UTC, as the CreatedAt fields print: `2019-03-15 12:00:00 +0000 UTC`. */
function goTimeString(unixSeconds: number): string {
  return `${new Date(unixSeconds * 1000).toISOString().slice(0, 19).replace('T', ' ')} +0000 UTC`;
}

/** The contexts' MarshalJSON builds a map[string]any, which encoding/json writes in key order. */
function sortedKeys(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).sort(([a], [b]) => (a < b ? -1 : 1)));
}

const since = (now: number, unixSeconds: number) => `${humanDuration(now - unixSeconds * 1000)} ago`;

export const CONTAINER_HEADER = {
  ID: 'CONTAINER ID',
  Image: 'IMAGE',
  Command: 'COMMAND',
  CreatedAt: 'CREATED AT',
  RunningFor: 'CREATED',
  Ports: 'PORTS',
  State: 'STATE',
  Status: 'STATUS',
  Size: 'SIZE',
  Names: 'NAMES',
  Labels: 'LABELS',
  Mounts: 'MOUNTS',
  Networks: 'NETWORKS',
  LocalVolumes: 'LOCAL VOLUMES',
};

/**
 * The SIZE cell (formatter/container.go Size): the writable layer, and the image under it when
 * the daemon reported one.
 */
export function containerSize(c: ContainerSummary): string {
  const rw = humanSizeWithPrecision(c.SizeRw ?? 0, 3);
  const rootFs = c.SizeRootFs ?? 0;
  return rootFs > 0 ? `${rw} (virtual ${humanSizeWithPrecision(rootFs, 3)})` : rw;
}

export function containerRow(c: ContainerSummary, now: number, noTrunc: boolean): GoStruct {
  const fields = {
    ID: noTrunc ? c.Id : truncateId(c.Id),
    Image: c.Image,
    Command: goQuote(noTrunc ? c.Command : ellipsis(c.Command, 20)),
    CreatedAt: goTimeString(c.Created),
    RunningFor: since(now, c.Created),
    Ports: displayablePorts(c.Ports),
    State: c.State,
    Status: c.Status,
    Size: containerSize(c),
    Names: c.Names.map((n) => n.slice(1)).join(','),
    Labels: '',
    Mounts: '',
    Networks: 'bridge',
    LocalVolumes: '0',
  };
  return new GoStruct('*formatter.ContainerContext', fields, sortedKeys(fields));
}

export const IMAGE_HEADER = {
  ID: 'IMAGE ID',
  Repository: 'REPOSITORY',
  Tag: 'TAG',
  Digest: 'DIGEST',
  CreatedSince: 'CREATED',
  CreatedAt: 'CREATED AT',
  Size: 'SIZE',
  Containers: 'CONTAINERS',
  SharedSize: 'SHARED SIZE',
  UniqueSize: 'UNIQUE SIZE',
  VirtualSize: 'SIZE',
};

export function imageRow(
  img: ImageSummary,
  repo: string,
  tag: string,
  digest: string,
  now: number,
  noTrunc: boolean,
): GoStruct {
  const size = humanSizeWithPrecision(img.Size, 3);
  const fields = {
    ID: noTrunc ? img.Id : truncateId(img.Id),
    Repository: repo,
    Tag: tag,
    Digest: digest,
    CreatedSince: since(now, img.Created),
    CreatedAt: goTimeString(img.Created),
    Size: size,
    Containers: 'N/A',
    VirtualSize: size,
    SharedSize: 'N/A',
    UniqueSize: 'N/A',
  };
  return new GoStruct('*formatter.ImageContext', fields, sortedKeys(fields));
}

/** Writes the rows through the format; a template error goes to stderr with status 1, as docker's formatter does. */
export function writeFormatted(
  ctx: CommandContext,
  format: string,
  rows: readonly GoStruct[],
  header: Readonly<Record<string, string>>,
): number {
  // `json` is docker's shorthand for `{{json .}}` (formatter.JSONFormatKey).
  const r = renderRows(dockerFormat(format === 'json' ? '{{json .}}' : format), rows, header);
  if (!r.ok) {
    ctx.out.errLine(r.error);
    return 1;
  }
  ctx.out.stdout(r.text);
  return 0;
}
