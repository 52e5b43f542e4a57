/**
 * The world as the diagram draws it: images as stacks of layers, containers as instances of an
 * image, and the registries the images came from. Derived from a session alone, so any command's
 * `before` or `after` can be drawn (time travel) without replaying anything.
 */
import { shortId } from '../daemon/step';
import type { DaemonState } from '../daemon/types';
import { parseNormalizedNamed } from '../reference/reference';

export interface LayerNode {
  /** The pull progress id: the first 12 hex of the compressed digest. */
  readonly id: string;
  readonly size: number;
}

export interface ImageNode {
  /** `sha256:<64 hex>` */
  readonly id: string;
  /** 12 hex, as `docker images` shows it. */
  readonly short: string;
  readonly tags: readonly string[];
  /** Bottom of the stack first. */
  readonly layers: readonly LayerNode[];
}

export type ContainerPhase = 'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead';

export interface ContainerNode {
  readonly id: string;
  readonly short: string;
  readonly name: string;
  /** `sha256:<64 hex>` of its image. */
  readonly imageId: string;
  /** As the learner typed it. */
  readonly image: string;
  readonly phase: ContainerPhase;
  readonly exitCode: number;
}

export interface World {
  readonly images: readonly ImageNode[];
  readonly containers: readonly ContainerNode[];
  /** Registry domains, Docker Hub first. */
  readonly registries: readonly string[];
}

export const DOCKER_HUB = 'docker.io';

/** What the diagram calls a registry domain. */
export function registryLabel(domain: string): string {
  return domain === DOCKER_HUB ? 'Docker Hub' : domain;
}

export function registryOf(ref: string): string {
  const parsed = parseNormalizedNamed(ref.split('@')[0] ?? ref);
  return parsed.ok ? parsed.ref.domain : DOCKER_HUB;
}

const worlds = new WeakMap<DaemonState, World>();

/** Memoized per daemon state: states are replaced, never mutated. */
export function worldOf(daemon: DaemonState): World {
  const cached = worlds.get(daemon);
  if (cached) return cached;
  const images = Object.values(daemon.images).map(
    (img): ImageNode => ({
      id: img.Id,
      short: shortId(img.Id),
      tags: img.RepoTags,
      layers: img.Layers.map((l) => ({ id: shortId(l.digest), size: l.size })),
    }),
  );
  const containers = Object.values(daemon.containers)
    .map(
      (c): ContainerNode => ({
        id: c.Id,
        short: shortId(c.Id),
        name: c.Name,
        imageId: c.ImageID,
        image: c.Image,
        phase: c.State.Status as ContainerPhase,
        exitCode: c.State.ExitCode,
      }),
    )
    .sort((a, b) => (daemon.containers[a.id]?.Created ?? 0) - (daemon.containers[b.id]?.Created ?? 0));
  const registries = [DOCKER_HUB];
  for (const img of images)
    for (const tag of img.tags) {
      const domain = registryOf(tag);
      if (!registries.includes(domain)) registries.push(domain);
    }
  const world: World = { images, containers, registries };
  worlds.set(daemon, world);
  return world;
}

/** `Exited (0)`, `Up`, `Created`…: the state as `docker ps` words it, without the times. */
export function phaseLabel(c: Pick<ContainerNode, 'phase' | 'exitCode'>): string {
  switch (c.phase) {
    case 'running':
      return 'Up';
    case 'paused':
      return 'Up (Paused)';
    case 'exited':
      return `Exited (${c.exitCode})`;
    case 'created':
      return 'Created';
    case 'restarting':
      return 'Restarting';
    case 'removing':
      return 'Removal In Progress';
    case 'dead':
      return 'Dead';
  }
}
