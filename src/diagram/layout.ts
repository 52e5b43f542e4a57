/**
 * Where the diagram puts everything, in SVG user units: the client on the left, the Docker host in
 * the middle (the daemon at its top, image stacks, containers under them), registries on the
 * right. Wide and short, because the views pane sits under the terminal on most screens.
 */
import type { ActorId, Frame, ImageView, LayerView } from './frame';
import type { ContainerNode } from './world';

export const VIEW = { width: 1000, height: 200 } as const;

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface StackLayout {
  readonly image: ImageView;
  readonly x: number;
  /** Bottom of the stack. */
  readonly base: number;
  readonly w: number;
  /** Top layer last, as many as fit. */
  readonly layers: readonly { readonly layer: LayerView; readonly box: Box }[];
  /** Layers below the drawn ones, not drawn. */
  readonly hidden: number;
  readonly top: number;
}

export interface Layout {
  readonly client: Box;
  readonly host: Box;
  readonly daemon: Box;
  readonly registries: readonly { readonly domain: string; readonly box: Box }[];
  readonly stacks: readonly StackLayout[];
  readonly containers: readonly { readonly container: ContainerNode; readonly box: Box }[];
  readonly hiddenImages: number;
  readonly hiddenContainers: number;
  /** Lines between the same layer in two stacks. */
  readonly shared: readonly { readonly from: Box; readonly to: Box; readonly layer: string }[];
}

export const MAX_STACKS = 4;
export const MAX_CONTAINERS = 6;
export const MAX_LAYERS = 8;
export const LAYER_H = 10;
const SLOT = 94;
const STACK_W = 82;
const FIRST_X = 178;
const BASE = 150;
/** Containers sit right of the images, two columns of three. */
const CONTAINERS_X = 562;
const CONTAINER_W = 120;
const CONTAINER_H = 40;

/** At most `max` items, keeping the focused ones and otherwise the newest. */
function pick<T>(items: readonly T[], max: number, focused: (t: T) => boolean): T[] {
  if (items.length <= max) return [...items];
  const keep = new Set(items.filter(focused).slice(0, max));
  for (let i = items.length - 1; i >= 0 && keep.size < max; i--) {
    const item = items[i] as T;
    keep.add(item);
  }
  return items.filter((i) => keep.has(i));
}

export function layoutOf(frame: Frame): Layout {
  const focus = new Set(frame.focus);
  const images = pick(frame.images, MAX_STACKS, (i) => focus.has(`image:${i.id}`) || i.pending);
  const stacks = images.map((image, i): StackLayout => {
    const x = FIRST_X + i * SLOT;
    const shown = image.layers.slice(-MAX_LAYERS);
    const layers = shown.map((layer, j) => ({
      layer,
      box: { x, y: BASE - (j + 1) * LAYER_H, w: STACK_W, h: LAYER_H - 1 },
    }));
    return {
      image,
      x,
      base: BASE,
      w: STACK_W,
      layers,
      hidden: image.layers.length - shown.length,
      top: BASE - shown.length * LAYER_H,
    };
  });
  const containers = pick(frame.containers, MAX_CONTAINERS, (c) => focus.has(`container:${c.id}`)).map(
    (container, i) => ({
      container,
      box: {
        x: CONTAINERS_X + (i % 2) * (CONTAINER_W + 6),
        y: 58 + Math.floor(i / 2) * (CONTAINER_H + 5),
        w: CONTAINER_W,
        h: CONTAINER_H,
      },
    }),
  );
  const seen = new Map<string, Box>();
  const shared: { from: Box; to: Box; layer: string }[] = [];
  for (const stack of stacks)
    for (const { layer, box } of stack.layers) {
      const before = seen.get(layer.id);
      if (before) shared.push({ from: before, to: box, layer: layer.id });
      seen.set(layer.id, box);
    }
  return {
    client: { x: 8, y: 62, w: 130, h: 64 },
    host: { x: 160, y: 4, w: 660, h: 192 },
    daemon: { x: 400, y: 10, w: 170, h: 38 },
    registries: frame.registries.slice(0, 3).map((domain, i) => ({
      domain,
      box: { x: 842, y: 10 + i * 64, w: 150, h: 54 },
    })),
    stacks,
    containers,
    hiddenImages: frame.images.length - images.length,
    hiddenContainers: frame.containers.length - containers.length,
    shared,
  };
}

/** The box an actor id is drawn in, if it is drawn. */
export function boxOf(layout: Layout, actor: ActorId): Box | undefined {
  if (actor === 'client') return layout.client;
  if (actor === 'daemon') return layout.daemon;
  if (actor.startsWith('registry:'))
    return layout.registries.find((r) => `registry:${r.domain}` === actor)?.box ?? layout.registries[0]?.box;
  if (actor.startsWith('image:')) {
    const s = layout.stacks.find((st) => `image:${st.image.id}` === actor);
    return s
      ? {
          x: s.x,
          y: Math.min(s.top, s.base - LAYER_H),
          w: s.w,
          h: s.base - Math.min(s.top, s.base - LAYER_H),
        }
      : undefined;
  }
  if (actor.startsWith('container:'))
    return layout.containers.find((c) => `container:${c.container.id}` === actor)?.box;
  return undefined;
}

/** Where a line from `box` towards `toward` leaves the box's edge. */
export function edgePoint(box: Box, toward: { x: number; y: number }): { x: number; y: number } {
  const cx = box.x + box.w / 2;
  const cy = box.y + box.h / 2;
  const dx = toward.x - cx;
  const dy = toward.y - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const sx = dx === 0 ? Number.POSITIVE_INFINITY : box.w / 2 / Math.abs(dx);
  const sy = dy === 0 ? Number.POSITIVE_INFINITY : box.h / 2 / Math.abs(dy);
  const s = Math.min(sx, sy);
  return { x: cx + dx * s, y: cy + dy * s };
}

/** The straight path between two boxes, edge to edge. */
export function linkPath(from: Box, to: Box): { d: string; mid: { x: number; y: number } } {
  const a = edgePoint(from, { x: to.x + to.w / 2, y: to.y + to.h / 2 });
  const b = edgePoint(to, { x: from.x + from.w / 2, y: from.y + from.h / 2 });
  const r = (n: number) => Math.round(n * 10) / 10;
  return { d: `M${r(a.x)} ${r(a.y)}L${r(b.x)} ${r(b.y)}`, mid: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } };
}
