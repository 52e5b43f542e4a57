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
