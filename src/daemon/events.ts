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
  );

export type DaemonEventType = DaemonEvent['type'];
