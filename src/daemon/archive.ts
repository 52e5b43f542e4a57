/**
 * The archive endpoints `docker cp` uses: `HEAD /containers/{id}/archive` (stat a path),
 * `GET …/archive` (a tar of a path) and `PUT …/archive` (extract a tar into a directory). They
 * work on stopped containers too, on the writable layer over the image's. Errors are moby
 * v28.2.2's (daemon/archive.go: containerFileNotFound, ErrExtractPointNotDirectory).
 */
import type { StepResult } from './api';
import type { DaemonEvent } from './events';
import { containerView, withWritable } from './exec';
import { normalize } from './fs/path';
import { extract, splitPathDirEntry, type TarEntry, tarBytes, tarOf } from './fs/tar';
import { type ContainerFs, entrySize, type Resolved } from './fs/view';
import { withContainer } from './lifecycle';
import { findContainer } from './lookup';
import { fail, ok } from './step';
import type { Container, DaemonState } from './types';

/** `X-Docker-Container-Path-Stat`, trimmed to what the client reads. */
export interface PathStat {
  readonly name: string;
  readonly size: number;
  readonly isDir: boolean;
  readonly linkTarget: string;
}

export interface ArchiveReply {
  readonly stat: PathStat;
  readonly entries: readonly TarEntry[];
  /** Bytes of the tar stream, which `docker cp` counts. */
  readonly bytes: number;
}

export interface PutArchiveParams {
  /** The container as the user named it. */
  readonly id: string;
  /** The directory to extract into. */
  readonly path: string;
  readonly entries: readonly TarEntry[];
}

/** Simulated copy speed over the socket. */
const BYTES_PER_MS = 50_000;

const notFound = (path: string, name: string) => `Could not find the file ${path} in container ${name}`;

type Located =
  | { readonly missing: string }
  | { readonly c: Container; readonly fs: ContainerFs; readonly abs: string; readonly r: Resolved };

function located(state: DaemonState, id: string, path: string): Located {
  const c = findContainer(state, id);
  if (!c) return { missing: `No such container: ${id}` };
  const fs = containerView(state, c);
  // GetResourcePath: relative paths are from /, and the last element is not followed.
  const abs = normalize('/', path);
  const r = fs.resolve(abs, path.endsWith('/'));
  return { c, fs, abs, r };
}

export function containerStatPath(
  state: DaemonState,
  params: { id: string; path: string },
): StepResult<PathStat> {
  const at = located(state, params.id, params.path);
  if ('missing' in at) return fail(state, 404, at.missing);
  if ('error' in at.r) return fail(state, 404, notFound(params.path, params.id));
  const e = at.r.entry;
  return ok(state, {
    name: splitPathDirEntry(at.r.path).base,
    size: entrySize(e),
    isDir: e.type === 'dir',
    linkTarget: e.type === 'link' ? e.target : '',
  });
}

export function containerArchive(
  state: DaemonState,
  params: { id: string; path: string },
): StepResult<ArchiveReply> {
  const at = located(state, params.id, params.path);
  if ('missing' in at) return fail(state, 404, at.missing);
  if ('error' in at.r) {
    if (at.r.error === 'ENOTDIR') return fail(state, 400, `lstat ${at.abs}: not a directory`);
    return fail(state, 404, notFound(params.path, params.id));
  }
  const e = at.r.entry;
  if (params.path.endsWith('/') && e.type !== 'dir')
    return fail(state, 400, `lstat ${at.abs}: not a directory`);
  const base = splitPathDirEntry(params.path.startsWith('/') ? params.path : `/${params.path}`).base;
  const entries = tarOf(at.fs, at.r.path, base);
  const bytes = tarBytes(entries);
  const event: DaemonEvent = {
    type: 'container.archive',
    id: at.c.Id,
    direction: 'from-container',
    path: params.path,
    bytes,
    durationMs: Math.max(20, bytes / BYTES_PER_MS),
  };
  return ok(
    state,
    {
      stat: {
        name: base,
        size: entrySize(e),
        isDir: e.type === 'dir',
        linkTarget: e.type === 'link' ? e.target : '',
      },
      entries,
      bytes,
    },
    [event],
  );
}

export function putContainerArchive(
  state: DaemonState,
  params: PutArchiveParams,
  now: number,
): StepResult<null> {
  const at = located(state, params.id, params.path);
  if ('missing' in at) return fail(state, 404, at.missing);
  const dir = at.fs.resolve(at.abs);
  if ('error' in dir) return fail(state, 404, notFound(params.path, params.id));
  if (dir.entry.type !== 'dir') return fail(state, 400, 'extraction point is not a directory');
  const problem = extract(at.fs, dir.path, params.entries, now);
  if (problem) return fail(state, 400, problem);
  const bytes = tarBytes(params.entries);
  const event: DaemonEvent = {
    type: 'container.archive',
    id: at.c.Id,
    direction: 'to-container',
    path: params.path,
    bytes,
    durationMs: Math.max(20, bytes / BYTES_PER_MS),
  };
  return ok(withContainer(state, withWritable(at.c, at.fs)), null, [event]);
}
