/**
 * Image endpoints: list, pull (`ImageCreate`), inspect and delete, as moby's daemon/images does
 * them. Message texts are moby v28.2.2's (../shared/reference/docker-behavior.md §2, §9).
 */

import { familiarName, familiarString, parseNormalizedNamed, withDefaultTag } from '../reference/reference';
import { catalogImageById } from '../registry/hub';
import type { ImageDeleteItem, ImageSummary, PullStreamItem, StepContext, StepResult } from './api';
import type { ListFilters } from './container-filters';
import type { DaemonEvent } from './events';
import { filterImages } from './image-filters';
import { containersUsing, findImage, normalizeTagged, noSuchImage } from './lookup';
import { lookupRemote } from './registries';
import { fail, ok, shortId } from './step';
import type { DaemonState, Image, Layer } from './types';

/**
 * The list, newest first, kept per images record: records are replaced, never mutated, so it stays
 * right while its key lives, and `docker images` skips a date parse and a sort per image.
 */
const imageLists = new WeakMap<DaemonState['images'], readonly ImageSummary[]>();

export function imageList(state: DaemonState, filters?: ListFilters): StepResult<readonly ImageSummary[]> {
  let summaries = imageLists.get(state.images);
  if (!summaries) {
    summaries = Object.values(state.images)
      .map((img) => ({
        Id: img.Id,
        ParentId: '',
        RepoTags: img.RepoTags,
        RepoDigests: img.RepoDigests,
        Created: Math.floor(Date.parse(img.Created) / 1000),
        Size: img.Size,
        Containers: -1,
      }))
      // moby sorts newest first (sort.Reverse(byCreated)); the id breaks ties so the order is the
      // same after a reload, which brings records back in key order.
      .sort((a, b) => b.Created - a.Created || (a.Id < b.Id ? 1 : -1));
    imageLists.set(state.images, summaries);
  }
  if (filters === undefined) return ok(state, summaries);
  const filtered = filterImages(summaries, filters);
  return 'error' in filtered ? fail(state, 400, filtered.error) : ok(state, filtered);
}

export function imageInspect(state: DaemonState, name: string): StepResult<Image> {
  const img = findImage(state, name);
  return img ? ok(state, img) : fail(state, 404, noSuchImage(name));
}

/** Simulated network: a fixed bandwidth so a bigger layer visibly takes longer. */
const BYTES_PER_MS = 20_000;
const MANIFEST_MS = 350;

function layerMessages(layer: Layer): PullStreamItem[] {
  const id = shortId(layer.digest);
  const items: PullStreamItem[] = [];
  const push = (status: string, durationMs: number, progress?: { current: number; total: number }) => {
    const event: DaemonEvent =
      status === 'Pull complete'
        ? { type: 'layer.done', layer: id, status, durationMs }
        : { type: 'layer.progress', layer: id, status, durationMs, ...progress };
    items.push({
      message: { status, id, delayMs: durationMs, ...(progress ? { progressDetail: progress } : {}) },
      event,
    });
  };
  const downloadMs = Math.max(120, layer.compressedSize / BYTES_PER_MS);
  for (const f of [0.35, 0.7, 1]) {
    push('Downloading', downloadMs / 3, {
      current: Math.round(layer.compressedSize * f),
      total: layer.compressedSize,
    });
  }
  push('Verifying Checksum', 40);
  push('Download complete', 20);
  const extractMs = Math.max(80, layer.size / (BYTES_PER_MS * 4));
  for (const f of [0.5, 1]) {
    push('Extracting', extractMs / 2, {
      current: Math.round(layer.compressedSize * f),
      total: layer.compressedSize,
    });
  }
  push('Pull complete', 30);
  return items;
}

/** `POST /images/create`: pull from the registry, streaming progress, then tag. */
export function imageCreate(
  state: DaemonState,
  params: { fromImage: string; tag: string },
  _ctx: StepContext,
): StepResult<readonly PullStreamItem[]> {
  const parsed = parseNormalizedNamed(params.tag ? `${params.fromImage}:${params.tag}` : params.fromImage);
  if (!parsed.ok) return fail(state, 400, parsed.error);
  const ref = withDefaultTag(parsed.ref);
  const tag = ref.tag ?? 'latest';
  const found = lookupRemote(state, ref, tag, {
    familiarName: familiarName(ref),
    familiarString: familiarString(ref),
  });
  if (!found.ok) {
    return fail(state, 404, found.message, [
      {
        type: 'registry.manifest',
        registry: ref.domain,
        repository: ref.path,
        tag,
        digest: '',
        durationMs: MANIFEST_MS,
      },
    ]);
  }
  const remote = found.image;
  const tagged = familiarString(ref);
  const digestRef = `${familiarName(ref)}@${remote.manifestDigest}`;
  const items: PullStreamItem[] = [];
  const note = (status: string, event: DaemonEvent) =>
    items.push({ message: { status, delayMs: event.durationMs }, event });

  note(`${tag}: Pulling from ${ref.path}`, {
    type: 'registry.manifest',
    registry: ref.domain,
    repository: ref.path,
    tag,
    digest: remote.manifestDigest,
    durationMs: MANIFEST_MS,
  });
  const pulled: DaemonEvent = { type: 'image.pulled', image: remote.id, ref: tagged, durationMs: 0 };
  if (state.images[remote.id]?.RepoTags.includes(tagged)) {
    // Nothing to fetch: the manifest is still resolved, then the daemon says so.
    note(`Digest: ${remote.manifestDigest}`, pulled);
    note(`Status: Image is up to date for ${tagged}`, pulled);
    return ok(
      state,
      items,
      items.map((i) => i.event),
    );
  }

  const local = new Set(Object.values(state.images).flatMap((img) => img.Layers.map((l) => l.digest)));
  const fresh = remote.layers.filter((l) => !local.has(l.digest));
  for (const layer of remote.layers) {
    const id = shortId(layer.digest);
    if (local.has(layer.digest)) {
      items.push({
        message: { status: 'Already exists', id },
        event: { type: 'layer.done', layer: id, status: 'Already exists', durationMs: 0 },
      });
    } else {
      items.push({
        message: { status: 'Pulling fs layer', id },
        event: { type: 'layer.progress', layer: id, status: 'Pulling fs layer', durationMs: 0 },
      });
    }
  }
  for (const layer of fresh) items.push(...layerMessages(layer));
  note(`Digest: ${remote.manifestDigest}`, pulled);
  note(`Status: Downloaded newer image for ${tagged}`, pulled);

  // The tag moves to the pulled image: take it off whichever image had it before.
  const images: Record<string, Image> = {};
  for (const [id, img] of Object.entries(state.images)) {
    images[id] = img.RepoTags.includes(tagged)
      ? { ...img, RepoTags: img.RepoTags.filter((t) => t !== tagged) }
      : img;
  }
  const prev = images[remote.id];
  images[remote.id] = {
    Id: remote.id,
    RepoTags: [...(prev?.RepoTags ?? []), tagged],
    RepoDigests: prev?.RepoDigests.includes(digestRef)
      ? prev.RepoDigests
      : [...(prev?.RepoDigests ?? []), digestRef],
    Created: remote.created,
    Size: remote.layers.reduce((sum, l) => sum + l.size, 0),
    Architecture: remote.architecture,
    Os: remote.os,
    DockerVersion: remote.dockerVersion,
    Config: remote.config,
    Layers: remote.layers,
    program: remote.program,
    // A private registry's image may be nowhere in the catalog (`docker commit`, then push).
    ...(catalogImageById(remote.id) ? {} : { History: remote.history }),
  };
  return ok(
    { ...state, images },
    items,
    items.map((i) => i.event),
  );
}

/** Names of the repository a familiar reference belongs to: `hello-world:latest` → `hello-world`. */
function repoOf(ref: string): string {
  const at = ref.indexOf('@');
  if (at >= 0) return ref.slice(0, at);
  const colon = ref.lastIndexOf(':');
  return colon > ref.lastIndexOf('/') ? ref.slice(0, colon) : ref;
}

/** moby's `isSingleReference`: all references in one repository, and at most one of them a tag. */
function isSingleReference(tags: readonly string[], digests: readonly string[]): boolean {
  if (tags.length + digests.length === 0) return false;
  if (tags.length > 1) return false;
  const repos = new Set([...tags, ...digests].map(repoOf));
  return repos.size === 1;
}

/** `DELETE /images/{name}`: moby's ImageDelete, conflicts and all. */
export function imageDelete(
  state: DaemonState,
  params: { name: string; force?: boolean },
): StepResult<readonly ImageDeleteItem[]> {
  const { name, force = false } = params;
  const img = findImage(state, name);
  if (!img) return fail(state, 404, noSuchImage(name));
  const users = containersUsing(state, img.Id);
  const running = users.find((c) => c.State.Running);
  const stopped = users.find((c) => !c.State.Running);
  const records: ImageDeleteItem[] = [];
  const hex = name.replace(/^sha256:/, '');
  const byId =
    /^[a-f0-9]+$/.test(hex) &&
    img.Id.slice(7).startsWith(hex) &&
    !img.RepoTags.includes(normalizeTagged(name) ?? '');
  let tags = img.RepoTags;
  let digests = img.RepoDigests;
  const id12 = shortId(img.Id);

  if (!byId) {
    const tagged = normalizeTagged(name) ?? name;
    const user = users[0];
    if (!force && isSingleReference(tags, digests) && user) {
      return fail(
        state,
        409,
        `conflict: unable to remove repository reference "${name}" (must force) - container ${shortId(user.Id)} is using its referenced image ${id12}`,
      );
    }
    tags = tags.filter((t) => t !== tagged);
    records.push({ Untagged: tagged });
    const repo = repoOf(tagged);
    if (!tags.some((t) => repoOf(t) === repo)) {
      // The last tag of a repository takes that repository's digest references with it.
      for (const d of digests.filter((d) => repoOf(d) === repo)) records.push({ Untagged: d });
      digests = digests.filter((d) => repoOf(d) !== repo);
    }
    if (tags.length + digests.length > 0) {
      return ok(withImage(state, { ...img, RepoTags: tags, RepoDigests: digests }), records, [
        { type: 'image.untagged', ref: tagged, durationMs: 0 },
      ]);
    }
  } else {
    if (running) {
      return fail(
        state,
        409,
        `conflict: unable to delete ${id12} (cannot be forced) - image is being used by running container ${shortId(running.Id)}`,
      );
    }
    if (!force && !isSingleReference(tags, digests) && tags.length + digests.length > 0) {
      return fail(
        state,
        409,
        `conflict: unable to delete ${id12} (must be forced) - image is referenced in multiple repositories`,
      );
    }
    if (!force && stopped) {
      return fail(
        state,
        409,
        `conflict: unable to delete ${id12} (must be forced) - image is being used by stopped container ${shortId(stopped.Id)}`,
      );
    }
    for (const ref of [...tags, ...digests]) records.push({ Untagged: ref });
  }
  if (running) {
    // Untagged, but a running container still holds the image itself.
    return ok(withImage(state, { ...img, RepoTags: [], RepoDigests: [] }), records);
  }
  records.push({ Deleted: img.Id });
  const images = { ...state.images };
  delete images[img.Id];
  const stillUsed = new Set(Object.values(images).flatMap((i) => i.Layers.map((l) => l.diffId)));
  // A one-layer chain's id is its diff id; deeper chains are not modelled yet.
  const first = img.Layers[0];
  if (first && img.Layers.length === 1 && !stillUsed.has(first.diffId))
    records.push({ Deleted: first.diffId });
  return ok({ ...state, images }, records, [{ type: 'image.deleted', image: img.Id, durationMs: 0 }]);
}

function withImage(state: DaemonState, img: Image): DaemonState {
  return { ...state, images: { ...state.images, [img.Id]: img } };
}
