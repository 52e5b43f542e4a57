/**
 * The seeded generator behind every id, name and digest the daemon invents. It is a pure
 * function of (seed, counter), so the state only has to remember how far it got: the same seed
 * gives a whole class the same container names, and a reload continues the same sequence.
 */
import type { RngState } from './types';

/** splitmix32 over seed+counter: tiny, fast and well distributed enough for ids. */
function mix(seed: number, counter: number): number {
  let z = (seed + Math.imul(counter + 1, 0x9e3779b9)) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** A cursor over the sequence: draw values, then take `.state` back into the daemon state. */
export class RngCursor {
  private counter: number;
  constructor(private readonly start: RngState) {
    this.counter = start.counter;
  }
  uint32(): number {
    return mix(this.start.seed, this.counter++);
  }
  /** Uniform integer in [0, n). */
  intn(n: number): number {
    return this.uint32() % n;
  }
  /** `n` lowercase hex digits. */
  hex(n: number): string {
    let out = '';
    while (out.length < n) out += this.uint32().toString(16).padStart(8, '0');
    return out.slice(0, n);
  }
  get state(): RngState {
    return { seed: this.start.seed, counter: this.counter };
  }
}

export function newRng(seed: number): RngState {
  return { seed: seed >>> 0, counter: 0 };
}
