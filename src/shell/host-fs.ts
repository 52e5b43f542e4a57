/**
 * The learner's own machine has a small filesystem too, so that `docker cp` has somewhere to copy
 * to and from: a home, /home/learner (the prompt's `~`, and the shell's only working directory),
 * and /tmp. It is a view like a container's (daemon/fs/view.ts): a fixed skeleton below, and the
 * learner's changes on top, which are all the session stores (`Session.hostFs`).
 */
import { ContainerFs, lowerOf } from '../daemon/fs/view';
import type { Layer, LayerTree } from '../daemon/types';

export const HOST_HOME = '/home/learner';
export const HOST_USER = 'learner';

/** When the machine was "installed": the skeleton's mtime. */
const INSTALLED = Date.parse('2026-01-05T09:00:00Z');

const SKELETON: LayerTree = {
  '/home': { type: 'dir' },
  [HOST_HOME]: { type: 'dir', mode: 0o750 },
  '/tmp': { type: 'dir', mode: 0o1777 },
  '/etc/hostname': { type: 'file', data: 'dockyard\n' },
};

/** One constant array, so lowerOf merges the skeleton once (it caches by the array). */
const LAYERS: readonly Layer[] = [
  {
    digest: `sha256:${'0'.repeat(64)}`,
    diffId: `sha256:${'0'.repeat(64)}`,
    compressedSize: 0,
    size: 0,
    files: SKELETON,
  },
];

/** A mutable view of the host's filesystem; `writable()` gives what to store back. */
export function hostView(tree: LayerTree | undefined): ContainerFs {
  return new ContainerFs(lowerOf({ Layers: LAYERS }), tree, INSTALLED);
}
