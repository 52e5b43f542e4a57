/**
 * Container names as moby's pkg/namesgenerator and daemon/names.go make them.
 * The word lists are moby v28.2.2's (../shared/reference/names-generator-words.json).
 */
import words from './names-words.json';
import type { RngCursor } from './rng';

const { left, right } = words as { left: string[]; right: string[] };

/** `GetRandomName(retry)`: "Steve Wozniak is not boring", so that one pair is drawn again. */
export function randomName(rng: RngCursor, retry: number): string {
  for (;;) {
    const name = `${left[rng.intn(left.length)]}_${right[rng.intn(right.length)]}`;
    if (name === 'boring_wozniak') continue;
    return retry > 0 ? name + String(rng.intn(10)) : name;
  }
}

/** `generateAndReserveName`: six tries, then the short id. */
export function generateName(rng: RngCursor, taken: (name: string) => boolean, id: string): string {
  for (let i = 0; i < 6; i++) {
    const name = randomName(rng, i);
    if (!taken(name)) return name;
  }
  return id.slice(0, 12);
}

/** daemon/names.go `validContainerNamePattern`, applied to the name without its leading `/`. */
export const VALID_CONTAINER_NAME = /^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;
