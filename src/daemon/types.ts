/**
 * The daemon's model of the world. Field names follow the Docker Engine API (v1.50) where a
 * field is visible there, so the API log can show real-looking replies.
 *
 * WARNING: these records are persisted in IndexedDB (src/storage). Renaming or reshaping a field
 * needs a schema version bump and an upgrade step there.
 */

import type { FsEntry, HistoryEntry, ImageConfig, Layer, LayerTree } from '../registry/types';
import type { RegistryStorage } from './registry-store';

export type { FsEntry, HistoryEntry, ImageConfig, Layer, LayerTree };

/** A local image: what `docker image inspect` would describe. */
export interface Image {
  /** `sha256:<64 hex>`: digest of the image config. */
  readonly Id: string;
  /** `hello-world:latest` style familiar references. */
  readonly RepoTags: readonly string[];
  /** `hello-world@sha256:…` */
  readonly RepoDigests: readonly string[];
  /** RFC 3339 creation time from the image config. */
  readonly Created: string;
  /** Sum of the uncompressed layer sizes. */
  readonly Size: number;
  readonly Architecture: string;
  readonly Os: string;
  readonly DockerVersion: string;
  readonly Config: ImageConfig;
  readonly Layers: readonly Layer[];
  /** Which simulated program runs for this image's default command (see daemon/programs). */
  readonly program: string;
  /**
   * The config's history, for `docker history`. Optional: records saved before it was kept lack
   * it, and the daemon then reads it from the catalog by image id (see image-history.ts).
   */
  readonly History?: readonly HistoryEntry[];
}

export type ContainerStatus =
  | 'created'
  | 'running'
  | 'paused'
  | 'restarting'
  | 'removing'
  | 'exited'
  | 'dead';

/** One chunk of what a container wrote, kept for `docker logs` and replays. */
export interface OutputChunk {
  readonly stream: 'stdout' | 'stderr';
  readonly data: string;
  /** Epoch ms it was written, for `docker logs -t` (absent in records saved before it was kept). */
  readonly time?: number;
}

export interface ContainerState {
  readonly Status: ContainerStatus;
  readonly Running: boolean;
  readonly Paused: boolean;
  readonly ExitCode: number;
  /** Epoch milliseconds; 0 (like Go's zero time) when never started / never finished. */
  readonly StartedAt: number;
  readonly FinishedAt: number;
}

export interface Container {
  /** 64 hex, no prefix. */
  readonly Id: string;
  /** Without docker's leading `/`. */
  readonly Name: string;
  /** The reference as the user typed it (`hello-world`, `ubuntu:22.04`). */
  readonly Image: string;
  /** `sha256:<64 hex>` of the image it was created from. */
  readonly ImageID: string;
  readonly Path: string;
  readonly Args: readonly string[];
  /** Epoch milliseconds. */
  readonly Created: number;
  readonly State: ContainerState;
  /**
   * PID 1 is blocked in a timed wait (`sleep 100`): it ends at `at` (epoch ms) with `exitCode`.
   * The daemon's `settle` applies that at the first step whose clock has passed it.
   */
  readonly endsAt?: { readonly at: number; readonly exitCode: number };
  /** Processes started by `docker exec` that still run (an exec'd shell, `exec -d … sleep`). */
  readonly execs?: readonly ExecProcess[];
  readonly Config: {
    readonly Hostname: string;
    readonly Tty: boolean;
    readonly OpenStdin: boolean;
    readonly Env: readonly string[];
    readonly WorkingDir: string;
    /** The image's EXPOSE plus the ports published with `-p`: PORTS shows them (`80/tcp`). */
    readonly ExposedPorts?: Readonly<Record<string, Record<string, never>>>;
    /** The image's STOPSIGNAL (absent: SIGTERM), copied at create as docker does. */
    readonly StopSignal?: string;
  };
  readonly HostConfig: {
    readonly AutoRemove: boolean;
    /** `-p 8080:80` → `{"80/tcp": [{HostIp: "", HostPort: "8080"}]}`, the Engine API's shape. */
    readonly PortBindings?: Readonly<Record<string, readonly PortBinding[]>>;
  };
  /** Which simulated program runs as PID 1. */
  readonly program: string;
  readonly output: readonly OutputChunk[];
  /**
   * The container's writable layer: what it changed on top of its image (absent: nothing yet).
   * Only this is stored; the image's layers are shared by every container made from it.
   */
  readonly writable?: LayerTree;
  /** A `registry:2` container's storage (its /var/lib/registry): see registry-store.ts. */
  readonly registry?: RegistryStorage;
}

export interface ExecProcess {
  /** Host PID, as `docker top` shows it. */
  readonly pid: number;
  readonly argv: readonly string[];
  readonly uid: number;
  /** Epoch ms. */
  readonly started: number;
  /** `pts/N` for `exec -t`. */
  readonly tty?: string;
  /** When it ends on its own (`sleep 100`), epoch ms. */
  readonly endsAt?: number;
}

export interface PortBinding {
  readonly HostIp: string;
  readonly HostPort: string;
}

/** Seeded generator state: every id, name and digest the daemon invents is drawn from here. */
export interface RngState {
  readonly seed: number;
  /** How many draws so far: persisted so that a reload continues the same sequence. */
  readonly counter: number;
}

export interface DaemonState {
  /** Keyed by Image.Id. */
  readonly images: Readonly<Record<string, Image>>;
  /** Keyed by Container.Id. */
  readonly containers: Readonly<Record<string, Container>>;
  readonly rng: RngState;
}

/** Injected time: the daemon never reads a wall clock itself. */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
}
