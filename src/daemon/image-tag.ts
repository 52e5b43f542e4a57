/**
 * `POST /images/{name}/tag`: another reference to an existing image (moby daemon/images
 * image_tag.go). A tag names one image at a time, so it moves off whichever image had it.
 */
import { familiarString, parseNormalizedNamed, withDefaultTag } from '../reference/reference';
import type { StepResult } from './api';
import { findImage, noSuchImage } from './lookup';
import { fail, ok } from './step';
import type { DaemonState, Image } from './types';

export interface ImageTagParams {
  /** The source image, by reference or id. */
  readonly name: string;
  readonly repo: string;
  /** Empty means `latest`, as the Engine takes it. */
  readonly tag?: string;
}

export function imageTag(state: DaemonState, params: ImageTagParams): StepResult<null> {
  const img = findImage(state, params.name);
  if (!img) return fail(state, 404, noSuchImage(params.name));
  const parsed = parseNormalizedNamed(params.tag ? `${params.repo}:${params.tag}` : params.repo);
  if (!parsed.ok) return fail(state, 400, parsed.error);
  const target = familiarString(withDefaultTag(parsed.ref));
  const images: Record<string, Image> = {};
  for (const [id, other] of Object.entries(state.images)) {
    images[id] =
      other.Id !== img.Id && other.RepoTags.includes(target)
        ? { ...other, RepoTags: other.RepoTags.filter((t) => t !== target) }
        : other;
  }
  if (!img.RepoTags.includes(target)) images[img.Id] = { ...img, RepoTags: [...img.RepoTags, target] };
  return ok({ ...state, images }, null, [
    { type: 'image.tagged', image: img.Id, ref: target, durationMs: 0 },
  ]);
}
