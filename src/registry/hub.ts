/**
 * The registry's side of a pull: resolve a repository and tag to a manifest, or fail the way
 * Docker Hub does. Registries are data; this is only the lookup.
 */
import { type CatalogImage, HUB_CATALOG } from './catalog';

export const HUB_DOMAIN = 'docker.io';

export type ManifestLookup =
  | { readonly ok: true; readonly image: CatalogImage }
  /** Unknown or private repository: Hub answers `denied` so as not to reveal which. */
  | { readonly ok: false; readonly reason: 'denied' }
  | { readonly ok: false; readonly reason: 'manifest-unknown' };

export function lookupManifest(domain: string, path: string, tag: string): ManifestLookup {
  const repo = domain === HUB_DOMAIN ? HUB_CATALOG[path] : undefined;
  if (!repo) return { ok: false, reason: 'denied' };
  const image = repo.tags[tag];
  return image ? { ok: true, image } : { ok: false, reason: 'manifest-unknown' };
}

/** Catalog images by id: an image id is its config's digest, so it names one config wherever it lives. */
let byId: Map<string, CatalogImage> | undefined;

/** The catalog image with this id, if the Hub serves it under any tag. */
export function catalogImageById(id: string): CatalogImage | undefined {
  if (!byId) {
    byId = new Map();
    for (const repo of Object.values(HUB_CATALOG))
      for (const img of Object.values(repo.tags)) byId.set(img.id, img);
  }
  return byId.get(id);
}
