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
