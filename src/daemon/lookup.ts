/**
 * How the daemon finds objects by what the user typed (moby's GetImage and GetContainer).
 */
import { familiarString, parseNormalizedNamed, withDefaultTag } from '../reference/reference';
import type { Container, DaemonState, Image } from './types';

/** The familiar `name:tag` a reference names, `hello-world` → `hello-world:latest`, or null if unparsable. */
export function normalizeTagged(name: string): string | null {
  const parsed = parseNormalizedNamed(name);
  return parsed.ok ? familiarString(withDefaultTag(parsed.ref)) : null;
}

/**
 * References to images, indexed once per images record. Records are never mutated, only
 * replaced, so the index stays right for as long as its key object lives.
 */
const refIndexes = new WeakMap<DaemonState['images'], Map<string, Image>>();

function refIndex(images: DaemonState['images']): Map<string, Image> {
  let index = refIndexes.get(images);
  if (!index) {
    index = new Map();
    for (const img of Object.values(images)) {
      for (const ref of img.RepoTags) index.set(ref, img);
      for (const ref of img.RepoDigests) index.set(ref, img);
    }
    refIndexes.set(images, index);
  }
  return index;
}

/** `GetImage`: by reference first, then by (short) id prefix. */
export function findImage(state: DaemonState, name: string): Image | undefined {
  const tagged = normalizeTagged(name);
  if (tagged !== null) {
    const byRef = refIndex(state.images).get(tagged);
    if (byRef) return byRef;
  }
  const hex = name.startsWith('sha256:') ? name.slice(7) : name;
  if (!/^[a-f0-9]+$/.test(hex)) return undefined;
  const matches = Object.values(state.images).filter((img) => img.Id.slice(7).startsWith(hex));
  return matches.length === 1 ? matches[0] : undefined;
}

/** The `No such image:` text: docker names the reference with its default tag. */
export function noSuchImage(name: string): string {
  return `No such image: ${normalizeTagged(name) ?? name}`;
}

/** `GetContainer`: full id, then exact name, then unique id prefix. */
export function findContainer(state: DaemonState, idOrName: string): Container | undefined {
  const exact = state.containers[idOrName];
  if (exact) return exact;
  const name = idOrName.startsWith('/') ? idOrName.slice(1) : idOrName;
  const all = Object.values(state.containers);
  const byName = all.find((c) => c.Name === name);
  if (byName) return byName;
  if (!/^[a-f0-9]+$/.test(idOrName)) return undefined;
  const matches = all.filter((c) => c.Id.startsWith(idOrName));
  return matches.length === 1 ? matches[0] : undefined;
}

export function containersUsing(state: DaemonState, imageId: string): Container[] {
  return Object.values(state.containers).filter((c) => c.ImageID === imageId);
}
