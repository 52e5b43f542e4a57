/**
 * `POST /images/{name}/push`: upload an image's layers and manifest to the registry its name's
 * domain reaches. Texts are moby v28.2.2's (distribution/push.go, push_v2.go, xfer/upload.go;
 * docker-behavior.md §10). Like the Engine, the call itself succeeds and a failure arrives at the
 * end of the progress stream (`error`), after whatever was already printed.
 */
import { familiarName, familiarString, parseNormalizedNamed } from '../reference/reference';
import { catalogImageById } from '../registry/hub';
import { buildManifest } from '../registry/manifest';
import type { PullStreamItem, StepResult } from './api';
import type { DaemonEvent } from './events';
import { withContainer } from './lifecycle';
import { reachRegistry } from './registries';
import { blobIndex, putManifest, type RegistryStorage } from './registry-store';
import { fail, ok, shortId } from './step';
import type { DaemonState, Image } from './types';

export interface ImagePushParams {
  /** The repository, familiar (`localhost:5000/hello-world`). */
  readonly name: string;
  /** Absent: every local tag of the repository (`docker push -a`). */
  readonly tag?: string;
}

export interface ImagePushReply {
  readonly items: readonly PullStreamItem[];
  /** The stream's `errorDetail`: the client prints it and exits 1. */
  readonly error?: string;
}

/** Simulated upload to a registry on this machine: bound by gzip on the daemon, not the network. */
const BYTES_PER_MS = 40_000;
const PING_MS = 120;
const MANIFEST_MS = 150;
/** moby's default `max-concurrent-uploads`: later layers wait (xfer/upload.go). */
const MAX_UPLOADS = 5;
const DENIED = 'denied: requested access to the resource is denied';

function repoOfTag(ref: string): string {
  const colon = ref.lastIndexOf(':');
  return colon > ref.lastIndexOf('/') ? ref.slice(0, colon) : ref;
}

export function imagePush(state: DaemonState, params: ImagePushParams): StepResult<ImagePushReply> {
  const parsed = parseNormalizedNamed(params.tag ? `${params.name}:${params.tag}` : params.name);
  if (!parsed.ok) return fail(state, 400, parsed.error);
  const ref = parsed.ref;
  const repoName = familiarName(ref);
  const registry = ref.domain;
  const repository = ref.path;
  const items: PullStreamItem[] = [];
  const events = () => items.map((i) => i.event);
  const note = (
    status: string,
    event: DaemonEvent,
    id?: string,
    detail?: { current: number; total: number },
  ) =>
    items.push({
      message: {
        status,
        delayMs: event.durationMs,
        ...(id !== undefined ? { id } : {}),
        ...(detail ? { progressDetail: detail } : {}),
      },
      event,
    });
  const reached = reachRegistry(state, registry);
  note(`The push refers to repository [${registry}/${repository}]`, {
    type: 'registry.ping',
    registry,
    ok: reached.kind !== 'error',
    durationMs: PING_MS,
  });
  const end = (s: DaemonState, error?: string) => ok(s, { items, ...(error ? { error } : {}) }, events());

  // ReferencesByName: every local tag of this repository.
  const tagged = Object.values(state.images)
    .flatMap((img) => img.RepoTags.filter((t) => repoOfTag(t) === repoName).map((t) => [t, img] as const))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (tagged.length === 0) return end(state, `An image does not exist locally with the tag: ${repoName}`);
  let targets = tagged;
  if (params.tag !== undefined) {
    const wanted = familiarString(ref);
    targets = tagged.filter(([t]) => t === wanted);
    if (targets.length === 0) return end(state, `tag does not exist: ${wanted}`);
  }
  if (reached.kind === 'error') return end(state, reached.message);

  let current = state;
  let storage: RegistryStorage | undefined = reached.kind === 'private' ? reached.storage : undefined;
  for (const [tagRef, img] of targets) {
    const tag = tagRef.slice(repoName.length + 1);
    // The top layer first, as push lists them; ids are the layers' diff ids (§10).
    const layers = [...img.Layers].reverse();
    for (const layer of layers) {
      note('Preparing', upload(registry, repository, layer.diffId, 'Preparing', 0), shortId(layer.diffId));
    }
    if (!storage) {
      // Docker Hub without a login: the blob upload is refused.
      return end(current, DENIED);
    }
    const blobs = blobIndex(storage);
    layers.forEach((layer, i) => {
      if (i >= MAX_UPLOADS) {
        note('Waiting', upload(registry, repository, layer.diffId, 'Waiting', 0), shortId(layer.diffId));
      }
    });
    for (const layer of layers) {
      const id = shortId(layer.diffId);
      const known = blobs.get(layer.digest);
      if (known?.repos.includes(repository)) {
        note('Layer already exists', pushed(registry, repository, id, 'Layer already exists', 20), id);
        continue;
      }
      const from = known?.repos[0];
      if (from !== undefined) {
        note(`Mounted from ${from}`, { ...pushed(registry, repository, id, 'Mounted from', 40), from }, id);
        continue;
      }
      // The daemon compresses as it sends: progress counts the uncompressed bytes.
      const total = Math.max(layer.size, 1);
      const ms = Math.max(120, layer.compressedSize / BYTES_PER_MS);
      for (const f of [0.4, 0.8, 1]) {
        const detail = { current: Math.round(total * f), total };
        note(
          'Pushing',
          { ...upload(registry, repository, layer.diffId, 'Pushing', ms / 3), ...detail },
          id,
          detail,
        );
      }
      note('Pushed', pushed(registry, repository, id, 'Pushed', 30), id);
    }
    const history = img.History ?? catalogImageById(img.Id)?.history;
    const manifest = buildManifest({ ...img, ...(history ? { History: history } : {}) });
    storage = putManifest(storage, repository, tag, manifest.digest, {
      size: manifest.size,
      image: { ...img, RepoTags: [], RepoDigests: [], ...(history ? { History: history } : {}) },
    });
    note(`${tag}: digest: ${manifest.digest} size: ${manifest.size}`, {
      type: 'registry.push',
      registry,
      repository,
      tag,
      digest: manifest.digest,
      size: manifest.size,
      durationMs: MANIFEST_MS,
    });
    current = withDigest(current, img, `${repoName}@${manifest.digest}`);
  }
  if (reached.kind === 'private') {
    const c = current.containers[reached.container.Id] ?? reached.container;
    current = withContainer(current, { ...c, registry: storage });
  }
  return end(current);
}

function upload(
  registry: string,
  repository: string,
  diffId: string,
  status: 'Preparing' | 'Waiting' | 'Pushing',
  durationMs: number,
): DaemonEvent {
  return { type: 'layer.upload', registry, repository, layer: shortId(diffId), status, durationMs };
}

function pushed(
  registry: string,
  repository: string,
  layer: string,
  status: 'Pushed' | 'Layer already exists' | 'Mounted from',
  durationMs: number,
): DaemonEvent & { type: 'layer.pushed' } {
  return { type: 'layer.pushed', registry, repository, layer, status, durationMs };
}

/** After a push the local image knows its digest in that repository (`docker images --digests`). */
function withDigest(state: DaemonState, img: Image, digestRef: string): DaemonState {
  const cur = state.images[img.Id] ?? img;
  if (cur.RepoDigests.includes(digestRef)) return state;
  return {
    ...state,
    images: { ...state.images, [img.Id]: { ...cur, RepoDigests: [...cur.RepoDigests, digestRef] } },
  };
}
