/**
 * Helpers the catalog files share: synthesized digests and Dockerfile-history lines.
 *
 * Most hex in the catalog was never recorded anywhere we could check (docker-behavior.md gives
 * only a few real short ids). Those digests are SYNTHESIZED: a fixed hash of a label, so they are
 * well-formed (`sha256:` + 64 hex), unique per label, and the same for every learner and test.
 */
import type { HistoryEntry, Layer } from '../types';

/** 32-bit FNV-1a of `s` with a salt, as 8 hex digits. */
function fnv8(s: string, salt: number): string {
  let h = (0x811c9dc5 ^ salt) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // A final avalanche so labels differing in their last character differ in every digit.
  h = (h ^ (h >>> 16)) >>> 0;
  h = Math.imul(h, 0x7feb352d) >>> 0;
  h = (h ^ (h >>> 15)) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** SYNTHESIZED: 64 hex digits determined by `label` alone. */
export function synthHex(label: string): string {
  let out = '';
  for (let i = 0; i < 8; i++) out += fnv8(label, i * 0x9e3779b1);
  return out;
}

/** SYNTHESIZED `sha256:` digest for `label`. */
export function synthDigest(label: string): string {
  return `sha256:${synthHex(label)}`;
}

/** A layer whose blob and diff digests are SYNTHESIZED from `label`. */
export function synthLayer(label: string, compressedSize: number, size: number): Layer {
  return {
    digest: synthDigest(`${label}#blob`),
    diffId: synthDigest(`${label}#diff`),
    compressedSize,
    size,
  };
}

export const PATH_ENV = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/**
 * A metadata-only instruction as the classic builder records it: `#(nop) ` then a space and the
 * instruction, hence the two spaces docker shows (`/bin/sh -c #(nop)  CMD ["bash"]`).
 */
export function nop(created: string, instruction: string): HistoryEntry {
  return { created, created_by: `/bin/sh -c #(nop)  ${instruction}`, empty_layer: true };
}

/** ADD/COPY: one space after `#(nop)`, and the builder's trailing space after the destination. */
export function copy(created: string, instruction: string): HistoryEntry {
  return { created, created_by: `/bin/sh -c #(nop) ${instruction} ` };
}

/** A RUN line: the shell command itself, no `#(nop)`. */
export function run(created: string, command: string): HistoryEntry {
  return { created, created_by: `/bin/sh -c ${command}` };
}

/** `EXPOSE 80/tcp` as the `ExposedPorts` map the config stores. */
export function ports(...specs: string[]): Record<string, Record<string, never>> {
  return Object.fromEntries(specs.map((p) => [p, {}]));
}

/**
 * The layer an instruction that changes no file leaves in the classic builder (WORKDIR of an
 * existing directory): the empty tar. Both digests are docker's well-known constants for it, so
 * it is shared by every image that has one, as on a real machine.
 */
export const EMPTY_LAYER = {
  digest: 'sha256:4f4fb700ef54461cfa02571ae0db9a0dc1e0cdb5577484a6d75e68dc38e8acc1',
  diffId: 'sha256:5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef',
  compressedSize: 32,
  size: 0,
} as const;

/** WORKDIR: `#(nop) ` and one space, and it makes a (usually empty) layer. */
export function workdir(created: string, dir: string): HistoryEntry {
  return { created, created_by: `/bin/sh -c #(nop) WORKDIR ${dir}` };
}
