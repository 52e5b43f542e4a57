/**
 * The diagram as a pure function of (state, events, step index): the world before a command,
 * changed by its events up to the step, with the step's arrows, focus and caption. The SVG only
 * draws a Frame, so every step can be tested in Node and snapshotted.
 */
import type { DaemonEvent } from '../daemon/events';
import type { DaemonState } from '../daemon/types';
import { captionFor, type Names } from './captions';
import { type ContainerNode, type ImageNode, type LayerNode, registryOf, type World, worldOf } from './world';

/** `client`, `daemon`, `registry:docker.io`, `image:sha256:…`, `container:<id>`. */
export type ActorId = string;

export type ArrowKind =
  | 'request'
  | 'response'
  | 'manifest'
  | 'layer'
  | 'create'
  | 'start'
  | 'output'
  | 'push';

export interface Arrow {
  readonly from: ActorId;
  readonly to: ActorId;
  readonly kind: ArrowKind;
  readonly label: string;
}

export type LayerPhase =
  | 'here'
  | 'queued'
  | 'downloading'
  | 'verifying'
  | 'extracting'
  | 'landed'
  | 'existed';

export interface LayerView extends LayerNode {
  readonly phase: LayerPhase;
  /** 0..1 within the phase (download or extraction). */
  readonly progress: number;
  /** The same layer is in another image's stack too: stored once, used by both. */
  readonly shared: boolean;
}

export interface ImageView extends Omit<ImageNode, 'layers'> {
  readonly layers: readonly LayerView[];
  /** Being pulled: its manifest is known, not all of its layers are here. */
  readonly pending: boolean;
}

export interface Frame {
  /** The step shown, 0-based; -1 for a command without daemon events. */
  readonly index: number;
  readonly total: number;
  readonly caption: string;
  readonly event?: DaemonEvent;
  readonly images: readonly ImageView[];
  readonly containers: readonly ContainerNode[];
  readonly registries: readonly string[];
  readonly arrows: readonly Arrow[];
  /** Actor ids (and `layer:<id>`) the step is about. */
  readonly focus: readonly string[];
}

/** One command as the diagram reads it. */
export interface CommandInput {
  readonly before: DaemonState;
  readonly after: DaemonState;
  /** stepsOf(timeline). */
  readonly steps: readonly DaemonEvent[];
}

interface Draft {
  images: Map<string, { node: ImageNode; pending: boolean; phases: Map<string, [LayerPhase, number]> }>;
  containers: Map<string, ContainerNode>;
  registries: string[];
  pulling?: string;
  /** The registry the pull in progress reads from. */
  source?: string;
  /** The image a push in progress reads from (actor id). */
  pushing?: string;
  /**
   * Containers whose output this command's client reads (it attached, or asked for the logs).
   * A detached container's output goes to its log only, and the diagram must not say otherwise.
   */
  streaming: Set<string>;
}

function draftOf(world: World): Draft {
  return {
    images: new Map(world.images.map((node) => [node.id, { node, pending: false, phases: new Map() }])),
    containers: new Map(world.containers.map((c) => [c.id, c])),
    registries: [...world.registries],
    streaming: new Set(),
  };
}

const imageActor = (id: string) => `image:${id}`;
const containerActor = (id: string) => `container:${id}`;

/** The object a request's path names: `/containers/{id}/…` or `/images/{name}/…`. */
function targetOf(path: string, d: Draft): string | undefined {
  const container = /^\/v[\d.]+\/containers\/([^/?]+)\/[^?]*/.exec(path)?.[1];
  if (container) {
    const ref = decodeURIComponent(container);
    for (const c of d.containers.values())
      if (c.id.startsWith(ref) || c.name === ref) return containerActor(c.id);
    return undefined;
  }
  const image = imageNameOf(path);
  if (!image) return undefined;
  const withTag = /:[^/]+$/.test(image) ? image : `${image}:latest`;
  for (const { node } of d.images.values())
    if (
      node.id === image ||
      node.short.startsWith(image.replace(/^sha256:/, '')) ||
      node.tags.includes(withTag)
    )
      return imageActor(node.id);
  return undefined;
}

/** `/v1.50/images/localhost:5000/app/push?tag=v1` → `localhost:5000/app` (names may hold slashes). */
function imageNameOf(path: string): string | undefined {
  const m = /^\/v[\d.]+\/images\/(.+)\/(json|push|tag|history|get)(\?|$)/.exec(path);
  return m?.[1] ? decodeURIComponent(m[1]) : undefined;
}

function moveTag(d: Draft, ref: string, to?: string): void {
  for (const [id, img] of d.images)
    if (id !== to && img.node.tags.includes(ref))
      d.images.set(id, { ...img, node: { ...img.node, tags: img.node.tags.filter((t) => t !== ref) } });
  const target = to ? d.images.get(to) : undefined;
  if (to && target && !target.node.tags.includes(ref))
    d.images.set(to, { ...target, node: { ...target.node, tags: [...target.node.tags, ref] } });
}

function setPhase(d: Draft, layer: string, phase: LayerPhase, progress: number): void {
  const img = d.pulling ? d.images.get(d.pulling) : undefined;
  if (img) img.phases.set(layer, [phase, progress]);
}

/** Where a step's arrows go and what it is about; changes `d` to the world after the step. */
function apply(d: Draft, event: DaemonEvent, input: CommandInput, rest: readonly DaemonEvent[]) {
  const arrows: Arrow[] = [];
  const focus: string[] = [];
  const pullTarget = d.pulling ? imageActor(d.pulling) : 'daemon';
  switch (event.type) {
    case 'api.request': {
      arrows.push({ from: 'client', to: 'daemon', kind: 'request', label: `${event.method} ${event.path}` });
      const target = targetOf(event.path, d);
      if (target) focus.push(target);
      if (target && (event.op === 'ContainerAttach' || event.op === 'ContainerLogs')) d.streaming.add(target);
      const pushed = event.path.split('?')[0]?.endsWith('/push') ? imageNameOf(event.path) : undefined;
      if (pushed) {
        const registry = `registry:${registryOf(pushed)}`;
        arrows.push({ from: target ?? 'daemon', to: registry, kind: 'push', label: 'push layers' });
        if (target) d.pushing = target;
      }
      break;
    }
    case 'api.response':
      arrows.push({ from: 'daemon', to: 'client', kind: 'response', label: String(event.status) });
      break;
    case 'registry.manifest': {
      if (!d.registries.includes(event.registry)) d.registries.push(event.registry);
      d.source = event.registry;
      const registry = `registry:${event.registry}`;
      arrows.push({
        from: 'daemon',
        to: registry,
        kind: 'manifest',
        label: `manifest ${event.repository.replace(/^library\//, '')}:${event.tag}`,
      });
      focus.push(registry);
      const pulled = rest.find((e) => e.type === 'image.pulled');
      const id = pulled?.type === 'image.pulled' ? pulled.image : undefined;
      const remote = id ? input.after.images[id] : undefined;
      if (id && remote && !d.images.has(id)) {
        const node = worldOf(input.after).images.find((i) => i.id === id);
        if (node) {
          d.images.set(id, {
            node: { ...node, tags: [] },
            pending: true,
            phases: new Map(node.layers.map((l) => [l.id, ['queued', 0]])),
          });
          d.pulling = id;
        }
      }
      break;
    }
    case 'layer.progress': {
      const fraction = event.current !== undefined && event.total ? event.current / event.total : 0;
      if (event.status === 'Downloading') {
        setPhase(d, event.layer, 'downloading', fraction);
        arrows.push({
          from: `registry:${d.source ?? 'docker.io'}`,
          to: pullTarget,
          kind: 'layer',
          label: event.layer,
        });
      } else if (event.status === 'Extracting') setPhase(d, event.layer, 'extracting', fraction);
      else if (event.status === 'Verifying Checksum' || event.status === 'Download complete')
        setPhase(d, event.layer, 'verifying', 1);
      else setPhase(d, event.layer, 'queued', 0);
      focus.push(`layer:${event.layer}`);
      break;
    }
    case 'layer.done':
      setPhase(d, event.layer, event.status === 'Already exists' ? 'existed' : 'landed', 1);
      focus.push(`layer:${event.layer}`);
      break;
    case 'image.pulled': {
      const img = d.images.get(event.image);
      if (img) d.images.set(event.image, { ...img, pending: false });
      moveTag(d, event.ref, event.image);
      if (d.pulling === event.image) d.pulling = undefined;
      focus.push(imageActor(event.image));
      break;
    }
    case 'image.tagged': {
      if (!d.images.has(event.image)) {
        const node = worldOf(input.after).images.find((i) => i.id === event.image);
        if (node)
          d.images.set(event.image, { node: { ...node, tags: [] }, pending: false, phases: new Map() });
        arrows.push({ from: 'daemon', to: imageActor(event.image), kind: 'create', label: 'new image' });
      }
      moveTag(d, event.ref, event.image);
      focus.push(imageActor(event.image));
      break;
    }
    case 'image.untagged':
      moveTag(d, event.ref);
      break;
    case 'image.deleted':
      d.images.delete(event.image);
      break;
    case 'container.created': {
      const known = input.after.containers[event.id];
      const imageId =
        known?.ImageID ??
        [...d.images.values()].find((i) => i.node.tags.includes(event.image))?.node.id ??
        '';
      d.containers.set(event.id, {
        id: event.id,
        short: event.id.slice(0, 12),
        name: event.name,
        imageId,
        image: event.image,
        phase: 'created',
        exitCode: 0,
      });
      arrows.push({
        from: imageActor(imageId),
        to: containerActor(event.id),
        kind: 'create',
        label: 'create',
      });
      focus.push(containerActor(event.id));
      break;
    }
    case 'container.started':
    case 'container.exited': {
      const c = d.containers.get(event.id);
      if (c)
        d.containers.set(
          event.id,
          event.type === 'container.started'
            ? { ...c, phase: 'running' }
            : { ...c, phase: 'exited', exitCode: event.exitCode },
        );
      if (event.type === 'container.started')
        arrows.push({ from: 'daemon', to: containerActor(event.id), kind: 'start', label: 'start' });
      focus.push(containerActor(event.id));
      break;
    }
    case 'container.output':
      if (d.streaming.has(containerActor(event.id)))
        arrows.push({ from: containerActor(event.id), to: 'client', kind: 'output', label: event.stream });
      focus.push(containerActor(event.id));
      break;
    case 'container.removed':
      d.containers.delete(event.id);
      break;
    case 'registry.ping':
    case 'registry.push': {
      if (!d.registries.includes(event.registry)) d.registries.push(event.registry);
      const registry = `registry:${event.registry}`;
      const label = event.type === 'registry.ping' ? 'GET /v2/' : `manifest ${event.tag}`;
      arrows.push({
        from: 'daemon',
        to: registry,
        kind: event.type === 'registry.ping' ? 'manifest' : 'push',
        label,
      });
      focus.push(registry);
      break;
    }
    case 'layer.upload':
    case 'layer.pushed': {
      if (!d.registries.includes(event.registry)) d.registries.push(event.registry);
      if (event.type === 'layer.upload' && event.status === 'Pushing')
        arrows.push({
          from: d.pushing ?? 'daemon',
          to: `registry:${event.registry}`,
          kind: 'push',
          label: event.layer,
        });
      focus.push(`layer:${event.layer}`, `registry:${event.registry}`);
      break;
    }
    case 'container.archive': {
      const c = containerActor(event.id);
      arrows.push(
        event.direction === 'from-container'
          ? { from: c, to: 'client', kind: 'output', label: `tar ${event.path}` }
          : { from: 'client', to: c, kind: 'request', label: `tar into ${event.path}` },
      );
      focus.push(c);
      break;
    }
    default:
      // A newer engine's event: caption only, the world is put right by the command's end state.
      break;
  }
  return { arrows, focus };
}

function namesOf(input: CommandInput): Names {
  const container = (id: string) =>
    input.after.containers[id]?.Name ?? input.before.containers[id]?.Name ?? id.slice(0, 12);
  const image = (id: string) => {
    const img = input.before.images[id] ?? input.after.images[id];
    return img?.RepoTags[0] ?? id.replace(/^sha256:/, '').slice(0, 12);
  };
  return { container, image };
}

function view(d: Draft): Pick<Frame, 'images' | 'containers' | 'registries'> {
  const uses = new Map<string, number>();
  for (const { node } of d.images.values())
    for (const l of node.layers) uses.set(l.id, (uses.get(l.id) ?? 0) + 1);
  const images = [...d.images.values()].map(
    ({ node, pending, phases }): ImageView => ({
      ...node,
      pending,
      layers: node.layers.map((l) => {
        const [phase, progress] = phases.get(l.id) ?? ['here', 1];
        return { ...l, phase, progress, shared: (uses.get(l.id) ?? 0) > 1 };
      }),
    }),
  );
  return { images, containers: [...d.containers.values()], registries: d.registries };
}

/** The world after the command, drawn still: time travel's view of a past command. */
export function settledFrame(state: DaemonState): Frame {
  return { index: -1, total: 0, caption: '', arrows: [], focus: [], ...view(draftOf(worldOf(state))) };
}

/**
 * The frame at `index` (clamped to the steps): the world before the command with steps
 * 0..index applied, and step `index`'s arrows, focus and caption. The last step shows the
 * command's recorded end state, so a step this model does not know still ends right.
 */
export function frameAt(input: CommandInput, index: number): Frame {
  const { steps } = input;
  if (steps.length === 0) return settledFrame(input.after);
  const at = Math.max(0, Math.min(steps.length - 1, index));
  // Frames are made in order and kept, so playing a command costs one step's work per frame.
  let run = runs.get(steps);
  if (!run || run.input.before !== input.before || run.input.after !== input.after) {
    run = { input, draft: draftOf(worldOf(input.before)), frames: [], names: namesOf(input) };
    runs.set(steps, run);
  }
  for (let i = run.frames.length; i <= at; i++) {
    const event = steps[i] as DaemonEvent;
    const step = apply(run.draft, event, input, steps.slice(i + 1));
    const world = i === steps.length - 1 ? view(draftOf(worldOf(input.after))) : view(run.draft);
    run.frames.push({
      index: i,
      total: steps.length,
      caption: captionFor(event, run.names, run.draft.streaming),
      event,
      ...world,
      ...step,
    });
  }
  return run.frames[at] as Frame;
}

interface Run {
  readonly input: CommandInput;
  readonly draft: Draft;
  readonly frames: Frame[];
  readonly names: Names;
}

const runs = new WeakMap<readonly DaemonEvent[], Run>();

/** Every step's caption, in order (the unit test's and the step list's view). */
export function captionsOf(input: CommandInput): readonly string[] {
  return input.steps.map((_, i) => frameAt(input, i).caption);
}
