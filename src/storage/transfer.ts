/**
 * Export and import of the whole world as a JSON file. The pure half: what goes in the file, and
 * whether a file may come back in. An imported file is untrusted input (a classmate's, a forum's,
 * or a hand-edited one), so it is checked against an exact schema before anything is replaced:
 * known keys only, bounded strings and lists, ids that look like ids, no key that could reach
 * `Object.prototype`. A file that fails changes nothing.
 */
import type { Session } from '../shell/types';
import { sessionSchema } from './validate';

export const EXPORT_FORMAT = 'dockyard-export';
/** ⚠️ Bump, and keep reading the old version, whenever `Session`'s persisted shape changes. */
export const EXPORT_VERSION = 1;
/** Largest file accepted: 10,000 containers with their logs fit comfortably. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** The file's top level. */
export interface WorldExport {
  readonly format: typeof EXPORT_FORMAT;
  readonly version: typeof EXPORT_VERSION;
  readonly session: Session;
}

/** `dockyard-2024-05-01.json`, in the learner's local date. */
export function exportFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `dockyard-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** The file's text for `session`. */
export function exportWorld(session: Session): string {
  const file: WorldExport = { format: EXPORT_FORMAT, version: EXPORT_VERSION, session };
  return `${JSON.stringify(file, null, 1)}\n`;
}

export type ImportResult =
  | { readonly ok: true; readonly session: Session }
  /** `message` is for the learner: what is wrong, and that nothing changed. */
  | { readonly ok: false; readonly message: string };

const POISON = new Set(['__proto__', 'constructor', 'prototype']);

class PoisonKey extends Error {}

const refuse = (why: string): ImportResult => ({
  ok: false,
  message: `This file was not imported: ${why}. Your playground is unchanged.`,
});

/**
 * Checks an export file's text and returns the session in it, or why it was refused.
 * `byteSize` (the file's size on disk) is checked first, so a huge file is refused unread.
 */
export function parseImport(text: string, byteSize = text.length): ImportResult {
  if (byteSize > MAX_IMPORT_BYTES || text.length > MAX_IMPORT_BYTES) {
    return refuse('it is larger than 20 MB');
  }
  let data: unknown;
  try {
    // The reviver sees every key at every depth, before any object is used.
    data = JSON.parse(text, (key, value: unknown) => {
      if (POISON.has(key)) throw new PoisonKey(key);
      return value;
    });
  } catch (e) {
    if (e instanceof PoisonKey) return refuse(`it contains a forbidden key "${e.message}"`);
    return refuse('it is not valid JSON');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return refuse('it is not a Dockyard export');
  }
  const file = data as Record<string, unknown>;
  if (file.format !== EXPORT_FORMAT) return refuse('it is not a Dockyard export');
  if (file.version !== EXPORT_VERSION) {
    return refuse(`it has export version ${JSON.stringify(file.version)}, and this Dockyard reads version 1`);
  }
  const unknown = Object.keys(file).find((k) => !['format', 'version', 'session'].includes(k));
  if (unknown !== undefined) return refuse(`it has an unknown key "${unknown}"`);
  const problem = sessionSchema.check(file.session, 'session', { exact: true });
  if (problem) return refuse(problem);
  return { ok: true, session: file.session as Session };
}
