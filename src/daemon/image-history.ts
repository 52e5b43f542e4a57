/**
 * `GET /images/{name}/history`, as moby's daemon/images/image_history.go builds it: one item per
 * history entry, newest first; a non-empty entry carries its layer's size; only the top item
 * carries the image id and tags, the rest `<missing>` (a pulled image has no local parents).
 */
import { catalogImageById } from '../registry/hub';
import type { StepResult } from './api';
import { findImage, noSuchImage } from './lookup';
import { fail, ok } from './step';
import type { DaemonState, HistoryEntry, Image } from './types';

/** moby's image.HistoryResponseItem. */
export interface HistoryResponseItem {
  readonly Id: string;
  /** Unix seconds. */
  readonly Created: number;
  readonly CreatedBy: string;
  readonly Tags: readonly string[] | null;
  readonly Size: number;
  readonly Comment: string;
}

/**
 * The image's history: its own if it keeps one, else the catalog's for the same id (images pulled
 * before history was stored, and pulls by images.ts, which does not copy it yet), else one
 * anonymous entry per layer.
 */
function historyOf(img: Image): readonly HistoryEntry[] {
  return (
    img.History ??
    catalogImageById(img.Id)?.history ??
    img.Layers.map(() => ({ created: img.Created, created_by: '' }))
  );
}

export function imageHistory(state: DaemonState, name: string): StepResult<readonly HistoryResponseItem[]> {
  const img = findImage(state, name);
  if (!img) return fail(state, 404, noSuchImage(name));
  const items: HistoryResponseItem[] = [];
  let layer = 0;
  for (const h of historyOf(img)) {
    const size = h.empty_layer ? 0 : (img.Layers[layer++]?.size ?? 0);
    items.unshift({
      Id: '<missing>',
      Created: Math.floor(Date.parse(h.created) / 1000),
      CreatedBy: h.created_by,
      Tags: null,
      Size: size,
      Comment: h.comment ?? '',
    });
  }
  const top = items[0];
  if (top) items[0] = { ...top, Id: img.Id, Tags: img.RepoTags.length > 0 ? img.RepoTags : null };
  return ok(state, items);
}
