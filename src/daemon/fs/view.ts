/**
 * A container's root filesystem as overlayfs presents it: the image's layers merged bottom to
 * top, with the container's writable layer on top. Reads look through every layer; writes,
 * deletions (as whiteouts) and the directories they touch (copied up) go to the writable layer
 * only, which is all a container record stores.
 *
 * Mutable for the length of one process run: a program changes the view, then the daemon stores
 * `writable()` in a new container record.
 */

import { catalogLayerFiles } from '../../registry/catalog/files';
import type { FsEntry, Image, LayerTree } from '../types';
import { ancestors, basename, dirname, normalize, utf8Length } from './path';

/** The image's layers merged once: records are never mutated, so a WeakMap keyed on one is safe. */
interface Lower {
  readonly entries: ReadonlyMap<string, FsEntry>;
  readonly children: ReadonlyMap<string, ReadonlySet<string>>;
}

const lowers = new WeakMap<readonly unknown[], Lower>();

/** The trees of an image's layers, bottom first. */
export function layerTrees(img: Pick<Image, 'Layers'>): LayerTree[] {
  return img.Layers.map((l) => l.files ?? catalogLayerFiles(l.diffId));
}

function mergeLayers(trees: readonly LayerTree[]): Lower {
  const entries = new Map<string, FsEntry>([['/', { type: 'dir' }]]);
  const dropUnder = (path: string) => {
    for (const key of [...entries.keys()]) if (key.startsWith(`${path}/`)) entries.delete(key);
  };
  for (const tree of trees) {
    for (const [path, e] of Object.entries(tree)) {
      if (e.type === 'whiteout') {
        entries.delete(path);
        dropUnder(path);
        continue;
      }
      if (e.type !== 'dir' || e.opaque) dropUnder(path);
      entries.set(path, e);
      // A layer may name a file without its directories: they exist all the same.
      for (const a of ancestors(path)) if (!entries.has(a)) entries.set(a, { type: 'dir' });
    }
  }
  const children = new Map<string, Set<string>>();
  for (const path of entries.keys()) {
    if (path === '/') continue;
    const parent = dirname(path);
    let set = children.get(parent);
    if (!set) {
      set = new Set();
      children.set(parent, set);
    }
    set.add(basename(path));
  }
  return { entries, children };
}

export function lowerOf(img: Pick<Image, 'Layers'>): Lower {
  let lower = lowers.get(img.Layers);
  if (!lower) {
    lower = mergeLayers(layerTrees(img));
    lowers.set(img.Layers, lower);
  }
  return lower;
}

export type FsError = 'ENOENT' | 'ENOTDIR' | 'ELOOP';

export type Resolved = { readonly path: string; readonly entry: FsEntry } | { readonly error: FsError };

/** Size as `ls -l` shows it: a directory's block, a link's target length, a file's bytes. */
export function entrySize(e: FsEntry): number {
  if (e.type === 'dir') return 4096;
  if (e.type === 'link') return e.target.length;
  if (e.type === 'file') return e.size ?? utf8Length(e.data);
  return 0;
}

export class ContainerFs {
  private readonly rw: Map<string, FsEntry>;
  /** Whether anything was written since the view was made. */
  changed = false;

  /**
   * @param baseMtime epoch ms the image's own files carry (its creation time)
   * @param mounts files docker bind-mounts over the rootfs (/etc/hostname, /etc/hosts): visible,
   *   never part of the writable layer or of `docker diff`
   */
  constructor(
    private readonly lower: Lower,
    writable: LayerTree | undefined,
    readonly baseMtime: number,
    private readonly mounts: Readonly<Record<string, FsEntry>> = {},
  ) {
    this.rw = new Map(Object.entries(writable ?? {}));
  }

  /** Whether the lower layers' copy of `path` shows through the writable layer. */
  private lowerVisible(path: string): boolean {
    if (!this.lower.entries.has(path)) return false;
    for (const a of ancestors(path)) {
      const e = this.rw.get(a);
      if (e && (e.type !== 'dir' || e.opaque)) return false;
    }
    const own = this.rw.get(path);
    return own === undefined || (own.type === 'dir' && !own.opaque);
  }

  /** The entry at a physical path, links not followed. */
  lstat(path: string): FsEntry | undefined {
    const mounted = this.mounts[path];
    if (mounted) return mounted;
    const own = this.rw.get(path);
    if (own) return own.type === 'whiteout' ? undefined : own;
    if (this.lowerVisible(path)) return this.lower.entries.get(path);
    // The runtime makes the mount points' directories (hello-world has no /etc of its own).
    return Object.keys(this.mounts).some((m) => m.startsWith(`${path}/`)) ? { type: 'dir' } : undefined;
  }

  /** Walks `path` (absolute) as the kernel does, following links; the last one only if asked. */
  resolve(path: string, followLast = true): Resolved {
    let pending = normalize('/', path).split('/').filter(Boolean);
    let at = '/';
    let hops = 0;
    while (pending.length > 0) {
      const [name, ...rest] = pending as [string, ...string[]];
      const next = at === '/' ? `/${name}` : `${at}/${name}`;
      const e = this.lstat(next);
      if (!e) return { error: 'ENOENT' };
      if (e.type === 'link' && (rest.length > 0 || followLast)) {
        if (++hops > 40) return { error: 'ELOOP' };
        const target = normalize(at, e.target);
        pending = [...target.split('/').filter(Boolean), ...rest];
        at = '/';
        continue;
      }
      if (rest.length > 0 && e.type !== 'dir') return { error: 'ENOTDIR' };
      at = next;
      pending = rest;
    }
    const entry = this.lstat(at) ?? { type: 'dir' };
    return { path: at, entry };
  }

  /** Names in a directory (physical path), sorted by code unit; `.` and `..` not included. */
  list(dir: string): string[] {
    const names = new Set<string>();
    const prefix = dir === '/' ? '/' : `${dir}/`;
    for (const name of this.lower.children.get(dir) ?? []) {
      if (this.lowerVisible(prefix + name)) names.add(name);
    }
    for (const [path, e] of this.rw) {
      if (dirname(path) === dir && path !== '/') {
        if (e.type === 'whiteout') names.delete(basename(path));
        else names.add(basename(path));
      }
    }
    for (const path of Object.keys(this.mounts)) if (dirname(path) === dir) names.add(basename(path));
    return [...names].sort();
  }

  /** Creates or replaces the entry at a physical path whose directory exists. */
  write(path: string, entry: FsEntry, now: number): void {
    const old = this.rw.get(path);
    // Recreating a deleted directory must not bring back what the lower layers held in it.
    const e =
      entry.type === 'dir' && old?.type === 'whiteout' && this.lower.entries.has(path)
        ? { ...entry, opaque: true as const }
        : entry;
    this.rw.set(path, e);
    this.changed = true;
    this.touchParent(path, now);
  }

  /** Deletes a physical path and everything under it. */
  remove(path: string, now: number): void {
    for (const key of [...this.rw.keys()]) if (key.startsWith(`${path}/`)) this.rw.delete(key);
    if (this.lowerVisible(path)) this.rw.set(path, { type: 'whiteout' });
    else this.rw.delete(path);
    this.changed = true;
    this.touchParent(path, now);
  }

  /** overlayfs copies a directory up when an entry in it changes; its mtime moves on. */
  private touchParent(path: string, now: number): void {
    const parent = dirname(path);
    if (parent === '/') return;
    const e = this.lstat(parent);
    if (e?.type === 'dir') this.rw.set(parent, { ...e, mtime: now });
  }

  /** The mtime `ls -l` shows. */
  mtime(e: FsEntry): number {
    return e.type === 'whiteout' ? this.baseMtime : (e.mtime ?? this.baseMtime);
  }

  /** The writable layer as stored: plain data, sorted for stable records. */
  writable(): LayerTree {
    return Object.fromEntries([...this.rw].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }

  /** Whether the lower layers hold `path` (for `docker diff`: changed, not added). */
  inLower(path: string): boolean {
    return this.lower.entries.has(path);
  }
}
