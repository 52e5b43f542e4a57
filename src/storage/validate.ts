/**
 * Runtime shape checks for what the storage room reads back: records from IndexedDB (which an old
 * bug, a browser extension or a half-written disk can leave malformed) and imported files (which
 * anyone can write). Hand-written combinators rather than a schema library: a few dozen lines, no
 * dependency, and the inferred types are checked against the daemon's at compile time (below), so
 * a field added to `Image` or `Container` fails `tsc` here until the schema learns it.
 */
import type { Container, FsEntry, Image, LayerTree, RngState } from '../daemon/types';
import type { Session } from '../shell/types';

/** Longest string accepted anywhere: a container's output chunk is the biggest honest one. */
export const MAX_STRING = 64 * 1024;

/** How strict a check is: `exact` also refuses keys the schema does not know (imports do). */
export interface CheckOptions {
  readonly exact: boolean;
}

/** A check returns null when `value` fits, else what is wrong and where (`containers.abc.State`). */
export interface Schema<T> {
  check(value: unknown, path: string, opts: CheckOptions): string | null;
  /** Phantom: the type this schema accepts. */
  readonly _type?: T;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

/** Keys that, copied naïvely, reach `Object.prototype`: refused everywhere, whatever the schema. */
const POISON = new Set(['__proto__', 'constructor', 'prototype']);

function schema<T>(check: Schema<T>['check']): Schema<T> {
  return { check };
}

export const str = (max = MAX_STRING, pattern?: RegExp): Schema<string> =>
  schema((v, path) => {
    if (typeof v !== 'string') return `${path} should be a string`;
    if (v.length > max) return `${path} is longer than ${max} characters`;
    if (pattern && !pattern.test(v)) return `${path} is not a valid value`;
    return null;
  });

export const num = (opts: { int?: boolean; min?: number; max?: number } = {}): Schema<number> =>
  schema((v, path) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return `${path} should be a number`;
    if (opts.int && !Number.isInteger(v)) return `${path} should be a whole number`;
    if ((opts.min !== undefined && v < opts.min) || (opts.max !== undefined && v > opts.max)) {
      return `${path} is out of range`;
    }
    return null;
  });

export const bool: Schema<boolean> = schema((v, path) =>
  typeof v === 'boolean' ? null : `${path} should be true or false`,
);

export const literal = <const L extends string | number>(...values: L[]): Schema<L> =>
  schema((v, path) => (values.includes(v as L) ? null : `${path} is not one of ${values.join(', ')}`));

export const nullable = <T>(inner: Schema<T>): Schema<T | null> =>
  schema((v, path, opts) => (v === null ? null : inner.check(v, path, opts)));

export const arr = <T>(item: Schema<T>, maxLength: number): Schema<readonly T[]> =>
  schema((v, path, opts) => {
    if (!Array.isArray(v)) return `${path} should be a list`;
    if (v.length > maxLength) return `${path} has more than ${maxLength} entries`;
    for (let i = 0; i < v.length; i++) {
      const e = item.check(v[i], `${path}[${i}]`, opts);
      if (e) return e;
    }
    return null;
  });

function plainObject(v: unknown, path: string): string | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return `${path} should be an object`;
  for (const key of Object.keys(v)) if (POISON.has(key)) return `${path} has a forbidden key "${key}"`;
  return null;
}

type Shape = Record<string, Schema<unknown>>;
type Out<R extends Shape, O extends Shape> = { readonly [K in keyof R]: Infer<R[K]> } & {
  readonly [K in keyof O]?: Infer<O[K]>;
};

/** An object with these keys (`optional` ones may be missing); with `exact`, no others. */
export const obj = <R extends Shape, O extends Shape = Record<never, never>>(
  required: R,
  optional?: O,
): Schema<Out<R, O>> =>
  schema((v, path, opts) => {
    const bad = plainObject(v, path);
    if (bad) return bad;
    const o = v as Record<string, unknown>;
    for (const [key, s] of Object.entries(required)) {
      if (!Object.hasOwn(o, key)) return `${path}.${key} is missing`;
      const e = s.check(o[key], `${path}.${key}`, opts);
      if (e) return e;
    }
    for (const [key, s] of Object.entries(optional ?? {})) {
      if (!Object.hasOwn(o, key) || o[key] === undefined) continue;
      const e = s.check(o[key], `${path}.${key}`, opts);
      if (e) return e;
    }
    if (opts.exact) {
      for (const key of Object.keys(o)) {
        if (!Object.hasOwn(required, key) && !Object.hasOwn(optional ?? {}, key)) {
          return `${path} has an unknown key "${key}"`;
        }
      }
    }
    return null;
  });

/** A map with free keys (each checked by `key`), at most `maxEntries` of them. */
export const record = <T>(key: Schema<string>, value: Schema<T>, maxEntries: number) =>
  schema<Readonly<Record<string, T>>>((v, path, opts) => {
    const bad = plainObject(v, path);
    if (bad) return bad;
    const entries = Object.entries(v as Record<string, unknown>);
    if (entries.length > maxEntries) return `${path} has more than ${maxEntries} entries`;
    for (const [k, item] of entries) {
      const e = key.check(k, `${path} key`, opts) ?? value.check(item, `${path}.${k}`, opts);
      if (e) return e;
    }
    return null;
  });

// ── The persisted shapes ────────────────────────────────────────────────────────────────────────

export const IMAGE_ID = /^sha256:[0-9a-f]{64}$/;
export const CONTAINER_ID = /^[0-9a-f]{64}$/;
/** Docker's rule for container names. */
const CONTAINER_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;

const short = str(256);
const env = arr(str(4096), 1000);
const args = arr(str(4096), 1000);

const mode = num({ int: true, min: 0, max: 0o7777 });
const mtime = num({ int: true, min: 0 });
const isTrue: Schema<true> = schema((v, path) => (v === true ? null : `${path} should be true`));

/** One path of a layer's tree, by its `type` (FsEntry in registry/types.ts). */
const fsEntryShapes = {
  dir: obj({ type: literal('dir') }, { mode, opaque: isTrue, mtime }),
  file: obj(
    { type: literal('file'), data: str() },
    { mode, mtime, size: num({ int: true, min: 0 }), exec: short },
  ),
  link: obj({ type: literal('link'), target: str(4096) }, { mtime }),
  whiteout: obj({ type: literal('whiteout') }),
} as const;

const fsEntry: Schema<FsEntry> = schema((v, path, opts) => {
  const bad = plainObject(v, path);
  if (bad) return bad;
  const type = (v as { type?: unknown }).type;
  const shape = typeof type === 'string' ? fsEntryShapes[type as keyof typeof fsEntryShapes] : undefined;
  if (!shape) return `${path}.type should be one of dir, file, link, whiteout`;
  return shape.check(v, path, opts);
});

/** A layer's tree: absolute paths to entries. Bounded so that a hostile import stays small. */
const PATH_KEY = /^\/[^\0]*$/;
const layerTree: Schema<LayerTree> = record(str(4096, PATH_KEY), fsEntry, 20_000);

const layer = obj(
  {
    digest: str(71, IMAGE_ID),
    diffId: str(71, IMAGE_ID),
    compressedSize: num({ int: true, min: 0 }),
    size: num({ int: true, min: 0 }),
  },
  { files: layerTree },
);

const imageSchema = obj(
  {
    Id: str(71, IMAGE_ID),
    RepoTags: arr(short, 100),
    RepoDigests: arr(short, 100),
    Created: short,
    Size: num({ int: true, min: 0 }),
    Architecture: short,
    Os: short,
    DockerVersion: short,
    Config: obj(
      { Cmd: nullable(args), Entrypoint: nullable(args), Env: env, WorkingDir: str(4096) },
      {
        ExposedPorts: record(str(64), obj({}), 100),
        StopSignal: str(32),
        Volumes: record(str(4096), obj({}), 100),
      },
    ),
    Layers: arr(layer, 200),
    program: short,
  },
  // Optional so that records saved before image history was kept still load.
  {
    History: arr(
      obj({ created: short, created_by: str(4096) }, { comment: str(4096), empty_layer: bool }),
      1000,
    ),
  },
);

const time = num({ int: true, min: 0 });

const containerSchema = obj(
  {
    Id: str(64, CONTAINER_ID),
    Name: str(128, CONTAINER_NAME),
    Image: short,
    ImageID: str(71, IMAGE_ID),
    Path: str(4096),
    Args: args,
    Created: time,
    State: obj({
      Status: literal('created', 'running', 'paused', 'restarting', 'removing', 'exited', 'dead'),
      Running: bool,
      Paused: bool,
      ExitCode: num({ int: true, min: -1, max: 255 }),
      StartedAt: time,
      FinishedAt: time,
    }),
    Config: obj(
      { Hostname: short, Tty: bool, OpenStdin: bool, Env: env, WorkingDir: str(4096) },
      // Optional: records saved before ports and stop signals were modelled lack them.
      { ExposedPorts: record(str(64), obj({}), 1000), StopSignal: str(32) },
    ),
    HostConfig: obj(
      { AutoRemove: bool },
      { PortBindings: record(str(64), arr(obj({ HostIp: str(64), HostPort: str(16) }), 10), 1000) },
    ),
    program: short,
    output: arr(obj({ stream: literal('stdout', 'stderr'), data: str() }, { time }), 10_000),
  },
  // Optional: containers saved before the filesystem was modelled have changed nothing; endsAt
  // only while PID 1 sleeps.
  {
    writable: layerTree,
    endsAt: obj({ at: time, exitCode: num({ int: true, min: 0, max: 255 }) }),
    // A registry:2 container's storage (daemon/registry-store.ts).
    registry: obj({
      repositories: record(short, record(str(128), str(71, IMAGE_ID), 1000), 1000),
      manifests: record(
        str(71, IMAGE_ID),
        obj({ size: num({ int: true, min: 0 }), image: imageSchema }),
        1000,
      ),
    }),
  },
);

const rngSchema = obj({
  seed: num({ int: true, min: 0, max: 0xffffffff }),
  counter: num({ int: true, min: 0 }),
});

export const HISTORY_MAX = 50_000;
const historyLine = str(4096);

const attachedSchema = obj(
  {
    containerId: str(64, CONTAINER_ID),
    history: arr(historyLine, HISTORY_MAX),
    lastStatus: num({ int: true, min: 0, max: 255 }),
  },
  // Optional: the container shell's own state, absent while it has its defaults.
  {
    argv: args,
    exec: bool,
    cwd: str(4096),
    vars: record(str(256), str(4096), 1000),
    mode: literal('follow'),
    sigProxy: bool,
  },
);

/** A whole session, as an import carries it: record keys must be ids, and match the record's own. */
export const sessionSchema: Schema<Session> = schema((v, path, opts) => {
  const s = obj(
    {
      daemon: obj({
        images: record(str(71, IMAGE_ID), imageSchema, 1000),
        containers: record(str(64, CONTAINER_ID), containerSchema, 20_000),
        rng: rngSchema,
      }),
      history: arr(historyLine, HISTORY_MAX),
      lastStatus: num({ int: true, min: 0, max: 255 }),
    },
    // Optional: only while a docker `[y/N]` question waits for its answer.
    { attached: attachedSchema, pendingConfirm: obj({ argv: args }), hostFs: layerTree },
  );
  const e = s.check(v, path, opts);
  if (e) return e;
  const session = v as Session;
  for (const [key, r] of [
    ...Object.entries(session.daemon.images),
    ...Object.entries(session.daemon.containers),
  ]) {
    if (r.Id !== key) return `${path}.daemon: record ${key} carries the id ${r.Id}`;
  }
  return null;
});

// Compile-time guard: the schemas accept exactly the daemon's types. If this fails to compile,
// the daemon's records changed shape: teach the schema (and bump SCHEMA_VERSION in idb.ts).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const shapesAgree: [
  Same<Infer<typeof imageSchema>, Image>,
  Same<Infer<typeof containerSchema>, Container>,
  Same<Infer<typeof rngSchema>, RngState>,
] = [true, true, true];
void shapesAgree;

/** Loose checks for records read back from IndexedDB: unknown extra keys are tolerated there. */
const LOOSE: CheckOptions = { exact: false };

/** What is wrong with a stored image record, or null when it can be used. */
export const imageProblem = (v: unknown): string | null => imageSchema.check(v, 'image', LOOSE);
/** What is wrong with a stored container record, or null when it can be used. */
export const containerProblem = (v: unknown): string | null => containerSchema.check(v, 'container', LOOSE);
export const isRng = (v: unknown): v is RngState => rngSchema.check(v, 'rng', LOOSE) === null;
export const isAttached = (v: unknown): v is NonNullable<Session['attached']> =>
  attachedSchema.check(v, 'attached', LOOSE) === null;
export const isHostFs = (v: unknown): v is LayerTree => layerTree.check(v, 'hostFs', LOOSE) === null;
export const isHistoryLine = (v: unknown): v is string => historyLine.check(v, 'history', LOOSE) === null;
