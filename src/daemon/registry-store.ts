/**
 * What a private registry (`registry:2`) holds, as data: repositories with their tags, each tag
 * naming a manifest by digest; each manifest with the image it describes. The blobs (layers) are
 * the images' layers, found by digest through `blobIndex`.
 *
 * Where it lives: in the registry container's record (`Container.registry`). The real image keeps
 * /var/lib/registry in an anonymous volume, which `docker rm` leaves dangling (and `rm -v`
 * deletes), but which a new `docker run registry:2` never sees: so here, as for the learner, the
 * data lives as long as the container, through stop and start, and goes with `docker rm`.
 *
 * WARNING: persisted inside container records (src/storage/validate.ts knows the shape).
 */
import type { Image, Layer } from './types';

export interface RegistryManifest {
  /** Bytes of the manifest JSON (the `size:` a push prints). */
  readonly size: number;
  /** The image, with no local references (RepoTags and RepoDigests empty). */
  readonly image: Image;
}

export interface RegistryStorage {
  /** Repository path (`hello-world`, `team/app`) → tag → manifest digest. */
  readonly repositories: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Manifest digest → manifest. */
  readonly manifests: Readonly<Record<string, RegistryManifest>>;
}

export const EMPTY_REGISTRY: RegistryStorage = { repositories: {}, manifests: {} };

/** Every blob the registry stores, by digest, with the repositories that reference it. */
export function blobIndex(reg: RegistryStorage): Map<string, { layer: Layer; repos: string[] }> {
  const index = new Map<string, { layer: Layer; repos: string[] }>();
  for (const [repo, tags] of Object.entries(reg.repositories)) {
    for (const digest of Object.values(tags)) {
      for (const layer of reg.manifests[digest]?.image.Layers ?? []) {
        const entry = index.get(layer.digest) ?? { layer, repos: [] };
        if (!entry.repos.includes(repo)) entry.repos.push(repo);
        index.set(layer.digest, entry);
      }
    }
  }
  return index;
}

/** The manifest a tag names, if any. */
export function manifestFor(
  reg: RegistryStorage,
  repo: string,
  tag: string,
): { digest: string; manifest: RegistryManifest } | undefined {
  const digest = reg.repositories[repo]?.[tag];
  const manifest = digest === undefined ? undefined : reg.manifests[digest];
  return digest !== undefined && manifest ? { digest, manifest } : undefined;
}

/** The registry after `PUT /v2/<repo>/manifests/<tag>`. */
export function putManifest(
  reg: RegistryStorage,
  repo: string,
  tag: string,
  digest: string,
  manifest: RegistryManifest,
): RegistryStorage {
  return {
    repositories: { ...reg.repositories, [repo]: { ...reg.repositories[repo], [tag]: digest } },
    manifests: { ...reg.manifests, [digest]: manifest },
  };
}

/** `GET /v2/_catalog`: repository names, sorted as distribution lists them. */
export function catalogOf(reg: RegistryStorage): string[] {
  return Object.keys(reg.repositories).sort();
}
