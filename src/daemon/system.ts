/**
 * System-wide steps: `POST /containers/prune`, `GET /system/df` and `GET /info` (moby
 * daemon/prune.go, daemon/disk_usage.go, daemon/info.go), computed from the state alone.
 */
import type { StepContext, StepResult } from './api';
import type { ListFilters } from './container-filters';
import { containerDelete } from './containers';
import type { DaemonEvent } from './events';
import { prunable, pruneFilter } from './prune-filters';
import { fail, ok } from './step';
import type { DaemonState } from './types';

/** moby's containersAcceptedFilters. */
const CONTAINER_PRUNE_FILTERS = new Set(['until', 'label', 'label!']);

export interface ContainerPruneReply {
  readonly ContainersDeleted: readonly string[] | null;
  /** The writable layers' bytes; the simulation keeps no sizes for them, so 0. */
  readonly SpaceReclaimed: number;
}

/** Removes every container that is not running, paused or restarting, as moby's ContainersPrune does. */
export function containerPrune(
  state: DaemonState,
  params: { readonly filters?: ListFilters },
  ctx: StepContext,
): StepResult<ContainerPruneReply> {
  const filter = pruneFilter(params.filters, CONTAINER_PRUNE_FILTERS, ctx.now);
  if ('error' in filter) return fail(state, 400, filter.error);
  const deleted: string[] = [];
  const events: DaemonEvent[] = [];
  let current = state;
  for (const c of Object.values(state.containers)) {
    if (c.State.Running || c.State.Paused || c.State.Status === 'restarting') continue;
    // Containers carry no labels here (no --label yet): a label filter matches none.
    if (!prunable(filter, c.Created, {})) continue;
    const r = containerDelete(current, { id: c.Id });
    if (!r.ok) continue;
    current = r.state;
    deleted.push(c.Id);
    events.push(...r.events);
  }
  return ok(current, { ContainersDeleted: deleted.length > 0 ? deleted : null, SpaceReclaimed: 0 }, events);
}

export interface DiskUsageImage {
  readonly Id: string;
  readonly Size: number;
  /** Bytes of this image's layers that another image also holds. */
  readonly SharedSize: number;
  readonly Containers: number;
}

export interface DiskUsageReply {
  /** Bytes of all distinct layers. */
  readonly LayersSize: number;
  readonly Images: readonly DiskUsageImage[];
  readonly Containers: readonly { readonly Id: string; readonly State: string; readonly SizeRw: number }[];
  readonly Volumes: readonly never[];
  readonly BuildCache: readonly never[];
}

export function systemDataUsage(state: DaemonState): StepResult<DiskUsageReply> {
  const holders = new Map<string, number>();
  let layersSize = 0;
  for (const img of Object.values(state.images)) {
    for (const l of img.Layers) {
      const n = holders.get(l.diffId) ?? 0;
      if (n === 0) layersSize += l.size;
      holders.set(l.diffId, n + 1);
    }
  }
  const containers = Object.values(state.containers);
  const images = Object.values(state.images).map((img) => ({
    Id: img.Id,
    Size: img.Size,
    SharedSize: img.Layers.reduce((sum, l) => sum + ((holders.get(l.diffId) ?? 0) > 1 ? l.size : 0), 0),
    Containers: containers.filter((c) => c.ImageID === img.Id).length,
  }));
  return ok(state, {
    LayersSize: layersSize,
    Images: images,
    Containers: containers.map((c) => ({ Id: c.Id, State: c.State.Status, SizeRw: 0 })),
    Volumes: [],
    BuildCache: [],
  });
}

/** The few `GET /info` fields `docker info` shows for this engine. */
export interface InfoReply {
  readonly Containers: number;
  readonly ContainersRunning: number;
  readonly ContainersPaused: number;
  readonly ContainersStopped: number;
  readonly Images: number;
}

export function systemInfo(state: DaemonState): StepResult<InfoReply> {
  const all = Object.values(state.containers);
  const running = all.filter((c) => c.State.Running && !c.State.Paused).length;
  const paused = all.filter((c) => c.State.Paused).length;
  return ok(state, {
    Containers: all.length,
    ContainersRunning: running,
    ContainersPaused: paused,
    ContainersStopped: all.length - running - paused,
    Images: Object.keys(state.images).length,
  });
}
