/**
 * The one event stream. Every step the daemon takes is an event with a simulated duration; the
 * terminal's playback, the diagram, the API log and lesson checks all read these.
 */

/** The actors the diagram draws. */
export type Actor = 'client' | 'daemon' | 'registry' | 'container';

interface Base {
  /** Simulated time this step takes, in ms at realistic speed (0 = instant). */
  readonly durationMs: number;
}

export type DaemonEvent = Base &
  (
    | { readonly type: 'api.request'; readonly op: string; readonly method: string; readonly path: string }
    | { readonly type: 'api.response'; readonly op: string; readonly status: number }
    | {
        readonly type: 'registry.manifest';
        readonly registry: string;
        readonly repository: string;
        readonly tag: string;
        readonly digest: string;
      }
    | {
        readonly type: 'layer.progress';
        readonly layer: string;
        readonly status: string;
        readonly current?: number;
        readonly total?: number;
      }
    | {
        readonly type: 'layer.done';
        readonly layer: string;
        readonly status: 'Pull complete' | 'Already exists';
      }
    | { readonly type: 'image.pulled'; readonly image: string; readonly ref: string }
    | { readonly type: 'image.deleted'; readonly image: string }
    | { readonly type: 'image.untagged'; readonly ref: string }
    | { readonly type: 'image.tagged'; readonly image: string; readonly ref: string }
    | {
        readonly type: 'container.created';
        readonly id: string;
        readonly name: string;
        readonly image: string;
      }
    | { readonly type: 'container.started'; readonly id: string }
    | {
        readonly type: 'container.output';
        readonly id: string;
        readonly stream: 'stdout' | 'stderr';
        readonly data: string;
      }
    | { readonly type: 'container.exited'; readonly id: string; readonly exitCode: number }
    | { readonly type: 'container.removed'; readonly id: string }
    /** The daemon reached a registry's `/v2/` (push, pull from a private registry), or failed to. */
    | { readonly type: 'registry.ping'; readonly registry: string; readonly ok: boolean }
    /** A layer on its way up: `Preparing`, `Waiting`, `Pushing` with bytes sent so far. */
    | {
        readonly type: 'layer.upload';
        readonly registry: string;
        readonly repository: string;
        readonly layer: string;
        readonly status: 'Preparing' | 'Waiting' | 'Pushing';
        readonly current?: number;
        readonly total?: number;
      }
    /** A layer the registry now has: uploaded, already there, or mounted from another repository. */
    | {
        readonly type: 'layer.pushed';
        readonly registry: string;
        readonly repository: string;
        readonly layer: string;
        readonly status: 'Pushed' | 'Layer already exists' | 'Mounted from';
        /** With `Mounted from`: the repository the blob was mounted from. */
        readonly from?: string;
      }
    /** The manifest was put: the tag now names it in the registry. */
    | {
        readonly type: 'registry.push';
        readonly registry: string;
        readonly repository: string;
        readonly tag: string;
        readonly digest: string;
        readonly size: number;
      }
    /** `docker cp`: a tar archive crossed between the host and a container's filesystem. */
    | {
        readonly type: 'container.archive';
        readonly id: string;
        readonly direction: 'from-container' | 'to-container';
        readonly path: string;
        readonly bytes: number;
      }
  );

export type DaemonEventType = DaemonEvent['type'];
