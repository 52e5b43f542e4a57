/**
 * What a command line produces. The shell computes everything at once (the new state, what to
 * print, the events), so the host can commit state *before* it plays the output back.
 */
import type { DaemonEvent } from '../daemon/events';
import type { User } from '../daemon/proc/users';
import type { Clock, DaemonState } from '../daemon/types';

/** One step of playback, in order. */
export type TimelineEntry =
  /** Text as a TTY receives it: `\n` line ends (the terminal maps them to CRLF), ANSI allowed. */
  | { readonly kind: 'write'; readonly stream: 'stdout' | 'stderr'; readonly text: string }
  /** A daemon event; playback dispatches it, then waits its `durationMs` scaled by the speed. */
  | { readonly kind: 'event'; readonly event: DaemonEvent }
  /** A real wait that speed does not scale (the `sleep` builtin). */
  | { readonly kind: 'sleep'; readonly ms: number }
  /** Clear the screen (the `clear` builtin). */
  | { readonly kind: 'clear' };

/** Everything that survives a reload. */
export interface Session {
  readonly daemon: DaemonState;
  /** Host shell history, oldest first. */
  readonly history: readonly string[];
  /** `$?` */
  readonly lastStatus: number;
  /**
   * The host's own files: what the learner changed on top of its skeleton (shell/host-fs.ts).
   * Absent: nothing yet.
   */
  readonly hostFs?: import('../daemon/types').LayerTree;
  /**
   * Set while a docker command waits for its `[y/N]` answer (`docker container prune`): the next
   * line typed is that answer, not a command. `argv`: the docker arguments to run again, forced.
   */
  readonly pendingConfirm?: { readonly argv: readonly string[] };
  /**
   * The rest of a line whose command took the terminal (`docker logs -f web && echo done`): the
   * line and the index of its next pipeline, run once the host prompt would be back.
   */
  readonly resume?: { readonly line: string; readonly next: number };
  /**
   * Set while the terminal is attached to an interactive process in a container (`docker run -it
   * ubuntu bash`): lines go to that shell until it exits.
   */
  readonly attached?: {
    readonly containerId: string;
    readonly history: readonly string[];
    readonly lastStatus: number;
    /** The shell's command line; absent: the container's PID 1 (`run -it`). */
    readonly argv?: readonly string[];
    /** Entered with `docker exec -it`: `exit` leaves this shell, the container keeps running. */
    readonly exec?: boolean;
    /** `exec -u`: who the shell runs as; absent: root. */
    readonly user?: User;
    /** With `exec`: the shell's PID in the daemon, which ends at its `exit`. */
    readonly pid?: number;
    /** The shell's working directory; absent: the container's WorkingDir. */
    readonly cwd?: string;
    /** The shell's variables after `export`; absent: the container's environment. */
    readonly vars?: Readonly<Record<string, string>>;
    /**
     * `follow`: no shell, the terminal shows the container's output (`docker run nginx`, `docker
     * logs -f`) until Ctrl-C, which the host shell's `interrupt` handles; typed lines are echoed by
     * the terminal, as a TTY echoes input nobody reads, and go nowhere.
     */
    readonly mode?: 'follow';
    /** With `follow`: Ctrl-C sends SIGINT to PID 1 (`docker run`), else it ends only the client. */
    readonly sigProxy?: boolean;
    /** With `follow`: only Ctrl-C ends it (`docker stats`), whatever the container does. */
    readonly untilInterrupt?: boolean;
  };
}

export interface CommandResult {
  readonly session: Session;
  readonly timeline: readonly TimelineEntry[];
  /** Exit status of the line (the last command's). */
  readonly status: number;
  /** `exit` on the host shell: the sim ends; the page has nowhere to go and stays. */
  readonly exitRequested?: boolean;
}

/** What the shell needs from whoever hosts it (the page or `npm run sim`). */
export interface ShellHost {
  readonly clock: Clock;
  /**
   * Moves a virtual clock forward (`sleep N` under `--now`). Absent for a real clock, where
   * `sleep` instead waits during playback.
   */
  advanceClock?(ms: number): void;
}
