/**
 * What a registry serves. The daemon keeps these shapes for its local images too.
 *
 * WARNING: persisted inside image records (src/storage): changing a field needs a schema upgrade.
 */

/** One filesystem layer as a registry serves it and as the daemon keeps it. */
export interface Layer {
  /** Digest of the compressed blob, `sha256:<64 hex>`; its first 12 hex are the pull progress id. */
  readonly digest: string;
  /** Digest of the uncompressed tar (`rootfs.diff_ids`), `sha256:<64 hex>`. */
  readonly diffId: string;
  /** Compressed bytes, as downloaded. */
  readonly compressedSize: number;
  /** Uncompressed bytes, what `docker images` adds up. */
  readonly size: number;
  /**
   * The layer's file tree, only for layers made here (`docker commit`): a catalog layer's tree is
   * looked up by diffId in catalog/files.ts instead, so image records stay small.
   */
  readonly files?: LayerTree;
}

export interface ImageConfig {
  readonly Cmd: readonly string[] | null;
  readonly Entrypoint: readonly string[] | null;
  readonly Env: readonly string[];
  readonly WorkingDir: string;
  readonly ExposedPorts?: Readonly<Record<string, Record<string, never>>>;
  /** `STOPSIGNAL`, e.g. `SIGQUIT` for nginx; absent means SIGTERM. */
  readonly StopSignal?: string;
  readonly Volumes?: Readonly<Record<string, Record<string, never>>>;
  /** `LABEL`s (set by `docker commit -c`; the catalog's images carry none). */
  readonly Labels?: Readonly<Record<string, string>>;
  /** `USER` (set by `docker commit -c`). */
  readonly User?: string;
}

/**
 * One entry of an image config's `history` (OCI image-spec config.json), what `docker history`
 * lists. Entries with `empty_layer` changed only metadata (ENV, CMD…); every other entry made one
 * layer, in order, so the non-empty entries line up with the image's layers.
 */
export interface HistoryEntry {
  /** RFC 3339. */
  readonly created: string;
  readonly created_by: string;
  readonly comment?: string;
  readonly empty_layer?: boolean;
}

/**
 * One path of a layer's file tree, as an overlay filesystem sees it. Catalog layers carry small,
 * plausible trees (a skeleton, /etc/os-release, a few files per image), not the real gigabytes.
 *
 * WARNING: persisted in containers' writable layers and committed images' layers (src/storage).
 */
export type FsEntry =
  | {
      readonly type: 'dir';
      readonly mode?: number;
      /** overlayfs's opaque directory: hides everything the layers below hold under it. */
      readonly opaque?: true;
      /** Epoch ms; absent means the image's creation time. */
      readonly mtime?: number;
    }
  | {
      readonly type: 'file';
      readonly data: string;
      readonly mode?: number;
      readonly mtime?: number;
      /** A binary's size on a real system; its `data` stays empty. Absent: the data's length. */
      readonly size?: number;
      /** The simulated program exec runs for this file (`ls`, `busybox`, `apt-get`…). */
      readonly exec?: string;
    }
  | { readonly type: 'link'; readonly target: string; readonly mtime?: number }
  /** overlayfs's whiteout: the path is deleted in this layer. */
  | { readonly type: 'whiteout' };

/** A layer's changes, keyed by absolute path (`/etc/os-release`, no trailing slash). */
export type LayerTree = Readonly<Record<string, FsEntry>>;
