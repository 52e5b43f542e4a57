/**
 * The image manifest a push uploads (schema 2, what the classic store pushes), built byte for byte
 * as distribution serialises it: `json.MarshalIndent(m, "", "   ")`. Its digest is the sha256 of
 * those bytes, its size their length: the final `latest: digest: … size: 524` line of a push.
 */
import { sha256Hex, utf8 } from './sha256';
import type { HistoryEntry, ImageConfig, Layer } from './types';

/** Sizes of image config blobs we know; others are estimated from the config we hold. */
const KNOWN_CONFIG_SIZES: Readonly<Record<string, number>> = {
  // hello-world 2019: recomputed from the manifest in docker-behavior.md §10 (524 bytes, 92c7f9c9…).
  'sha256:fce289e99eb9bca977dae136fbe2a82b6b7d4c372474c9235adc1741675f587e': 1510,
};

export interface ManifestSource {
  readonly Id: string;
  readonly Created: string;
  readonly Architecture: string;
  readonly Os: string;
  readonly Config: ImageConfig;
  readonly Layers: readonly Layer[];
  readonly History?: readonly HistoryEntry[];
}

export interface BuiltManifest {
  /** `sha256:<64 hex>` of `json`. */
  readonly digest: string;
  /** Bytes of `json`. */
  readonly size: number;
  readonly json: string;
}

/** SYNTHESIZED for images not in KNOWN_CONFIG_SIZES: the length of a config JSON of what we hold. */
function configSize(img: ManifestSource): number {
  const known = KNOWN_CONFIG_SIZES[img.Id];
  if (known !== undefined) return known;
  return utf8(
    JSON.stringify({
      architecture: img.Architecture,
      config: img.Config,
      created: img.Created,
      history: img.History ?? [],
      os: img.Os,
      rootfs: { type: 'layers', diff_ids: img.Layers.map((l) => l.diffId) },
    }),
  ).length;
}

export function buildManifest(img: ManifestSource): BuiltManifest {
  const manifest = {
    schemaVersion: 2,
    mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
    config: {
      mediaType: 'application/vnd.docker.container.image.v1+json',
      size: configSize(img),
      digest: img.Id,
    },
    layers: img.Layers.map((l) => ({
      mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
      size: l.compressedSize,
      digest: l.digest,
    })),
  };
  const json = JSON.stringify(manifest, null, 3);
  return { digest: `sha256:${sha256Hex(json)}`, size: utf8(json).length, json };
}
