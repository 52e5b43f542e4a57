/**
 * `POST /images/prune` (moby daemon/images/image_prune.go): without `all`, the dangling images
 * (no tag); with it, every image no container uses, untagged one reference at a time. Deletion
 * goes through imageDelete so the records and conflicts are the same as `docker rmi`'s.
 */
import type { ImageDeleteItem, StepContext, StepResult } from './api';
import type { ListFilters } from './container-filters';
import type { DaemonEvent } from './events';
import { boolFilter } from './image-filters';
import { imageDelete } from './images';
import { containersUsing } from './lookup';
import { prunable, pruneFilter } from './prune-filters';
import { fail, ok } from './step';
import type { DaemonState } from './types';

export interface ImagePruneReply {
  readonly ImagesDeleted: readonly ImageDeleteItem[] | null;
  /** Bytes of layers no image holds any more. */
  readonly SpaceReclaimed: number;
}

function layerSizes(state: DaemonState): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const img of Object.values(state.images)) for (const l of img.Layers) sizes.set(l.diffId, l.size);
  return sizes;
}

/** moby's imagesAcceptedFilters. */
const IMAGE_PRUNE_FILTERS = new Set(['dangling', 'until', 'label', 'label!']);

export function imagePrune(
  state: DaemonState,
  params: { all?: boolean; filters?: ListFilters },
  ctx: StepContext,
): StepResult<ImagePruneReply> {
  const filter = pruneFilter(params.filters, IMAGE_PRUNE_FILTERS, ctx.now);
  if ('error' in filter) return fail(state, 400, filter.error);
  // `dangling=false` is what the client sends for -a.
  const danglingOnly = params.filters?.dangling ? boolFilter('dangling', params.filters.dangling) : true;
  if (typeof danglingOnly !== 'boolean') return fail(state, 400, danglingOnly.error);
  const all = params.all === true || !danglingOnly;
  const before = layerSizes(state);
  const deleted: ImageDeleteItem[] = [];
  const events: DaemonEvent[] = [];
  let current = state;
  for (const img of Object.values(state.images)) {
    if (containersUsing(state, img.Id).length > 0) continue;
    const dangling = img.RepoTags.length === 0;
    if (!dangling && !all) continue;
    if (!prunable(filter, Date.parse(img.Created), img.Config.Labels ?? {})) continue;
    // Each tag, then (once untagged) the id, as moby does: the last untag deletes the image.
    const names = dangling ? [img.Id] : img.RepoTags;
    for (const name of names) {
      const r = imageDelete(current, { name, force: dangling });
      if (!r.ok) break;
      current = r.state;
      deleted.push(...r.reply);
      events.push(...r.events);
    }
  }
  const after = layerSizes(current);
  let reclaimed = 0;
  for (const [diffId, size] of before) if (!after.has(diffId)) reclaimed += size;
  return ok(
    current,
    { ImagesDeleted: deleted.length > 0 ? deleted : null, SpaceReclaimed: reclaimed },
    events,
  );
}
