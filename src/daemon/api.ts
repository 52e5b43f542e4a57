/**
 * The daemon's API, shaped after the Docker Engine API v1.50: operation names are the Engine's
 * operation ids, field names are its JSON fields. Each operation is a pure step
 * `(state, params, ctx) -> { state, events, reply | error }`.
 */
import type { DaemonEvent } from './events';
import type { DaemonState } from './types';

/** What every step gets besides state and params. */
export interface StepContext {
  /** Epoch ms, from the injected clock. */
  readonly now: number;
}

/** A daemon error as the Engine API returns it: an HTTP status and `{"message": …}`. */
export interface ApiError {
  readonly status: number;
  readonly message: string;
}

export type StepResult<R> =
  | {
      readonly ok: true;
      readonly state: DaemonState;
      readonly events: readonly DaemonEvent[];
      readonly reply: R;
    }
  | {
      readonly ok: false;
      readonly state: DaemonState;
      readonly events: readonly DaemonEvent[];
      readonly error: ApiError;
    };

export interface ImageSummary {
  readonly Id: string;
  readonly ParentId: string;
  readonly RepoTags: readonly string[];
  readonly RepoDigests: readonly string[];
  /** Unix seconds. */
  readonly Created: number;
  readonly Size: number;
  readonly Containers: number;
}

export interface ContainerSummary {
  readonly Id: string;
  readonly Names: readonly string[];
  readonly Image: string;
  readonly ImageID: string;
  readonly Command: string;
  /** Unix seconds. */
  readonly Created: number;
  readonly State: string;
  /** Computed by the daemon at request time, e.g. `Exited (0) 7 minutes ago`. */
  readonly Status: string;
  readonly Ports: readonly { IP?: string; PrivatePort: number; PublicPort?: number; Type: string }[];
  readonly SizeRw?: number;
  readonly SizeRootFs?: number;
}

/** One line of the pull stream (moby's jsonmessage.JSONMessage). */
export interface JSONMessage {
  readonly status: string;
  readonly id?: string;
  readonly progressDetail?: { readonly current: number; readonly total: number };
  /** Simulated time before this message arrives, ms (the paired event carries the same). */
  readonly delayMs?: number;
}

/** One item of the pull stream: the message the client renders and the event the diagram plays. */
export interface PullStreamItem {
  readonly message: JSONMessage;
  readonly event: DaemonEvent;
}

export type ImageDeleteItem = { readonly Untagged: string } | { readonly Deleted: string };

export interface VersionReply {
  readonly Version: string;
  readonly ApiVersion: string;
  readonly MinAPIVersion: string;
  readonly GitCommit: string;
  readonly GoVersion: string;
  readonly Os: string;
  readonly Arch: string;
  readonly KernelVersion: string;
  readonly BuildTime: string;
}

export interface ContainerCreateParams {
  readonly name?: string;
  /** Reference as the user typed it. */
  readonly Image: string;
  /** Overrides the image CMD when non-empty. */
  readonly Cmd?: readonly string[];
  readonly Entrypoint?: readonly string[];
  readonly Tty?: boolean;
  readonly OpenStdin?: boolean;
  readonly Hostname?: string;
  readonly Env?: readonly string[];
  readonly WorkingDir?: string;
  readonly HostConfig?: {
    readonly AutoRemove?: boolean;
    /** `-p`: an empty HostPort asks for a dynamic one. */
    readonly PortBindings?: Readonly<Record<string, readonly import('./types').PortBinding[]>>;
  };
}

/** Every operation: its params and its reply. */
export interface Api {
  ImageList: {
    params: { all?: boolean; filters?: import('./container-filters').ListFilters };
    reply: readonly ImageSummary[];
  };
  /** `POST /images/create?fromImage=…&tag=…`: the pull. The reply is the progress stream. */
  ImageCreate: { params: { fromImage: string; tag: string }; reply: readonly PullStreamItem[] };
  ImageInspect: { params: { name: string }; reply: import('./types').Image };
  ImageDelete: { params: { name: string; force?: boolean }; reply: readonly ImageDeleteItem[] };
  /** `HEAD /containers/{id}/archive?path=…`: what is at a path in the container (docker cp). */
  ContainerStatPath: { params: { id: string; path: string }; reply: import('./archive').PathStat };
  /** `GET /containers/{id}/archive?path=…`: a tar of the path. */
  ContainerArchive: { params: { id: string; path: string }; reply: import('./archive').ArchiveReply };
  /** `PUT /containers/{id}/archive?path=…`: extract a tar into the directory at path. */
  PutContainerArchive: { params: import('./archive').PutArchiveParams; reply: null };
  /** `POST /images/{name}/push?tag=…`: the reply is the progress stream, and its error if any. */
  ImagePush: { params: import('./push').ImagePushParams; reply: import('./push').ImagePushReply };
  /** `POST /images/{name}/tag?repo=…&tag=…`. */
  ImageTag: { params: import('./image-tag').ImageTagParams; reply: null };
  ImageHistory: { params: { name: string }; reply: readonly import('./image-history').HistoryResponseItem[] };
  ImagePrune: {
    params: { all?: boolean; filters?: import('./container-filters').ListFilters };
    reply: import('./image-prune').ImagePruneReply;
  };
  ContainerCreate: {
    params: ContainerCreateParams;
    reply: { readonly Id: string; readonly Warnings: readonly string[] };
  };
  /** Runs the container's program; for programs that end on their own, to completion. */
  /** `POST /containers/{id}/attach?stream=1&stdout=1&stderr=1`, before the start (docker run). */
  ContainerAttach: { params: { id: string }; reply: null };
  ContainerStart: { params: { id: string }; reply: null };
  ContainerWait: {
    /** `condition`: what the client waits for (`docker run` sends `next-exit`); the model's wait
     * answers once the container has stopped either way. */
    params: { id: string; condition?: 'next-exit' | 'removed' };
    reply: { readonly StatusCode: number };
  };
  ContainerList: {
    params: {
      all?: boolean;
      limit?: number;
      size?: boolean;
      filters?: import('./container-filters').ListFilters;
    };
    reply: readonly ContainerSummary[];
  };
  ContainerInspect: { params: { id: string }; reply: import('./types').Container };
  ContainerDelete: { params: { id: string; force?: boolean }; reply: null };
  SystemVersion: { params: Record<string, never>; reply: VersionReply };
  /** `POST /containers/{id}/stop?t=…&signal=…` */
  ContainerStop: { params: { id: string; t?: number; signal?: string }; reply: null };
  ContainerRestart: { params: { id: string; t?: number; signal?: string }; reply: null };
  ContainerKill: { params: { id: string; signal?: string }; reply: null };
  /** `POST /containers/{id}/pause` (pause) and `/unpause` (not pause), as one operation. */
  ContainerPause: { params: { id: string; pause: boolean }; reply: null };
  ContainerRename: { params: { id: string; name: string }; reply: null };
  ContainerTop: { params: { id: string }; reply: import('./top-stats').TopReply };
  /** `?stream=false`: one sample. */
  ContainerStats: { params: { id: string }; reply: import('./top-stats').StatsReply };
  ContainerLogs: { params: { id: string }; reply: readonly import('./types').OutputChunk[] };
  /** `GET /containers/{id}/changes`: what `docker diff` lists. */
  ContainerChanges: {
    params: { id: string };
    reply: readonly import('./container-fs-ops').ContainerChange[];
  };
  /** `POST /commit?container=…&repo=…&tag=…` */
  ImageCommit: { params: import('./container-fs-ops').ImageCommitParams; reply: { readonly Id: string } };
  /** `POST /containers/{id}/exec` and `POST /exec/{id}/start`, as one step. */
  ContainerExec: {
    params: import('./container-fs-ops').ContainerExecParams;
    reply: import('./container-fs-ops').ContainerExecReply;
  };
  ContainerPrune: {
    params: { filters?: import('./container-filters').ListFilters };
    reply: import('./system').ContainerPruneReply;
  };
  SystemDataUsage: { params: Record<string, never>; reply: import('./system').DiskUsageReply };
  SystemInfo: { params: Record<string, never>; reply: import('./system').InfoReply };
  /** Not an Engine endpoint: an interactive PID 1 driven by the host shell has exited. */
  ProcessExit: {
    params: { id: string; exitCode: number; output?: import('./types').Container['output'] };
    reply: null;
  };
}

export type ApiOp = keyof Api;
