/**
 * How the daemon finds objects by what the user typed (moby's GetImage and GetContainer).
 */
import { familiarString, parseNormalizedNamed, withDefaultTag } from '../reference/reference';
import { RecordIndex } from './record-origin';
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

/**
 * Containers by name, per containers record: a record copied from another with one container set
 * or removed gets a layer with that change over the other's index (see record-origin.ts), flattened
 * once layers pile up. `null` marks a name no longer held.
 */
interface NameIndex {
  readonly base: NameIndex | undefined;
  readonly names: Map<string, Container | null>;
  readonly depth: number;
}

const MAX_NAME_LAYERS = 32;

const nameIndexes = new RecordIndex<NameIndex>(
  (containers) => ({
    base: undefined,
    // The first holder of a name, as a scan in record order finds it.
    names: new Map(
      Object.values(containers)
        .reverse()
        .map((c) => [c.Name, c]),
    ),
    depth: 0,
  }),
  (old, from, to, id) => {
    if (old.depth >= MAX_NAME_LAYERS) return undefined;
    const names = new Map<string, Container | null>();
    const before = from[id];
    const after = to[id];
    if (before !== undefined) names.set(before.Name, null);
    if (after !== undefined) names.set(after.Name, after);
    return { base: old, names, depth: old.depth + 1 };
  },
);

/** The container named `name` (without the leading `/`). */
export function containerByName(state: DaemonState, name: string): Container | undefined {
  for (let index: NameIndex | undefined = nameIndexes.of(state.containers); index; index = index.base) {
    const held = index.names.get(name);
    if (held !== undefined) return held ?? undefined;
  }
  return undefined;
}

/** `GetContainer`: full id, then exact name, then unique id prefix. */
export function findContainer(state: DaemonState, idOrName: string): Container | undefined {
  const exact = state.containers[idOrName];
  if (exact) return exact;
  const name = idOrName.startsWith('/') ? idOrName.slice(1) : idOrName;
  const byName = containerByName(state, name);
  if (byName) return byName;
  if (!/^[a-f0-9]+$/.test(idOrName)) return undefined;
  const matches = Object.values(state.containers).filter((c) => c.Id.startsWith(idOrName));
  return matches.length === 1 ? matches[0] : undefined;
}

export function containersUsing(state: DaemonState, imageId: string): Container[] {
  return Object.values(state.containers).filter((c) => c.ImageID === imageId);
}
