/**
 * `docker cp`'s archives as data: what go-archive's TarResourceRebase puts in a tar (one entry per
 * path, named from the source's base name), how big Go's tar.Writer makes it (the size `docker cp`
 * reports), and PrepareArchiveCopy / untar on the receiving side. Both ends use it: the daemon
 * for a container's filesystem, the client for the host's.
 */

import type { FsEntry } from '../types';
import { normalize } from './path';
import { type ContainerFs, entrySize } from './view';

/** One tar entry: `name` is relative (`hello.txt`, `dir`, `dir/a`, `./a`). */
export interface TarEntry {
  readonly name: string;
  readonly entry: FsEntry;
}

/** go-archive's errors (copy.go), as the client prints them. */
export const ARCHIVE_ERRORS = {
  notDirectory: 'not a directory',
  dirNotExists: 'no such directory',
  cannotCopyDir: 'cannot copy directory',
} as const;

/** Go's tar.Writer: a 512-byte header per entry, data padded to 512, and two zero blocks at the end. */
export function tarBytes(entries: readonly TarEntry[]): number {
  let n = 1024;
  for (const { entry } of entries) {
    n += 512;
    if (entry.type === 'file') n += Math.ceil(entrySize(entry) / 512) * 512;
  }
  return n;
}

/** Whether a path names a directory by its spelling: a trailing `/` or `/.` (go-archive). */
export function assertsDirectory(path: string): boolean {
  return path.endsWith('/') || specifiesCurrentDir(path);
}

function specifiesCurrentDir(path: string): boolean {
  return path === '.' || path.endsWith('/.');
}

/** SplitPathDirEntry: the cleaned parent and base, keeping a trailing `/.` as base `.`. */
export function splitPathDirEntry(path: string): { dir: string; base: string } {
  if (specifiesCurrentDir(path)) return { dir: normalize('/', path), base: '.' };
  const clean = normalize('/', path);
  const i = clean.lastIndexOf('/');
  return { dir: i <= 0 ? '/' : clean.slice(0, i), base: clean.slice(i + 1) || '/' };
}

/**
 * The archive of `path` (absolute, physical, existing) named from `base`: the entry itself and,
 * for a directory, everything under it, parents first.
 */
export function tarOf(fs: ContainerFs, path: string, base: string): TarEntry[] {
  const out: TarEntry[] = [];
  const walk = (physical: string, name: string) => {
    const e = fs.lstat(physical) ?? (physical === '/' ? ({ type: 'dir' } as const) : undefined);
    if (!e || e.type === 'whiteout') return;
    // A tar header carries the mtime, so the copy keeps the original's.
    out.push({ name, entry: { ...e, mtime: fs.mtime(e) } });
    if (e.type !== 'dir') return;
    for (const child of fs.list(physical)) {
      walk(
        physical === '/' ? `/${child}` : `${physical}/${child}`,
        name === '.' ? `./${child}` : `${name}/${child}`,
      );
    }
  };
  walk(path, base);
  return out;
}

/** RebaseArchiveEntries: names under `from` move under `to`. */
export function rebase(entries: readonly TarEntry[], from: string, to: string): TarEntry[] {
  if (from === to) return [...entries];
  return entries.map(({ name, entry }) => {
    if (name === from) return { name: to, entry };
    if (name.startsWith(`${from}/`)) return { name: to + name.slice(from.length), entry };
    return { name, entry };
  });
}

export interface CopyInfo {
  readonly path: string;
  readonly exists: boolean;
  readonly isDir: boolean;
}

/**
 * PrepareArchiveCopy: the directory to extract into, and the archive renamed so that extracting
 * it there gives `cp -r`'s result; or go-archive's error.
 */
export function prepareArchiveCopy(
  entries: readonly TarEntry[],
  src: { readonly path: string; readonly isDir: boolean },
  dst: CopyInfo,
): { dir: string; entries: TarEntry[] } | { error: string } {
  const srcBase = splitPathDirEntry(src.path).base;
  if (dst.exists && dst.isDir) return { dir: dst.path, entries: [...entries] };
  if (dst.exists && src.isDir) return { error: ARCHIVE_ERRORS.cannotCopyDir };
  const { dir, base } = splitPathDirEntry(dst.path);
  if (!dst.exists && !src.isDir && assertsDirectory(dst.path)) return { error: ARCHIVE_ERRORS.dirNotExists };
  return { dir, entries: rebase(entries, srcBase, base) };
}

/**
 * Untar into `dir` (physical, an existing directory). A directory entry over an existing
 * directory keeps it; anything else replaces what was there. Returns an error text, or null.
 */
export function extract(
  fs: ContainerFs,
  dir: string,
  entries: readonly TarEntry[],
  now: number,
): string | null {
  for (const { name, entry } of entries) {
    const path = normalize(dir, name);
    if (path === dir && entry.type === 'dir') continue;
    const old = fs.lstat(path);
    if (entry.type === 'dir' && old?.type === 'dir') continue;
    if (old?.type === 'dir' && entry.type !== 'dir') {
      return `cannot overwrite directory "${path}" with non-directory "${name}"`;
    }
    if (old && old.type !== 'dir' && entry.type === 'dir') {
      return `cannot overwrite non-directory "${path}" with directory "${name}"`;
    }
    if (old?.type === 'dir') fs.remove(path, now);
    fs.write(path, entry, now);
  }
  return null;
}
