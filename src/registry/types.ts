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
}
