/**
 * The page's one source for everything beside the terminal: the daemon events as playback reaches
 * them (`bus`), and each command with the world before and after it (`commands`). The diagram, the
 * API log, lesson checks and the presenter read this and never the terminal's text, so they stay in
 * step with what the learner reads and cannot drift from what the engine did.
 */
import type { Session } from '../shell/types';
import type { CommandRecord } from '../terminal/controller';
import { EventBus } from '../terminal/eventBus';

/** How many commands the feed keeps for time travel; older ones drop off the front. */
export const FEED_LIMIT = 500;

export interface FeedSnapshot {
  /** The world as the terminal has it after the latest command (or replacement). */
  readonly session: Session;
  /** The latest commands, oldest first, at most FEED_LIMIT. */
  readonly commands: readonly CommandRecord[];
  /** Counts every command and replacement, so views can tell one change from the next. */
  readonly version: number;
}

export class Feed {
  readonly bus = new EventBus();
  private snapshot: FeedSnapshot;
  private readonly listeners = new Set<() => void>();

  constructor(session: Session) {
    this.snapshot = { session, commands: [], version: 0 };
  }

  /** For React's useSyncExternalStore. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  readonly getSnapshot = (): FeedSnapshot => this.snapshot;

  /** The terminal ran a command (TerminalView's onCommand). */
  readonly record = (record: CommandRecord): void => {
    const commands = [...this.snapshot.commands, record].slice(-FEED_LIMIT);
    this.set({ session: record.after, commands, version: this.snapshot.version + 1 });
  };

  /**
   * The world was replaced outside a command (reset, import, another tab, a lesson's start): the
   * command list starts again, since its before/after states belong to another world.
   */
  readonly replaced = (session: Session): void => {
    this.set({ session, commands: [], version: this.snapshot.version + 1 });
  };

  private set(next: FeedSnapshot): void {
    this.snapshot = next;
    for (const listener of [...this.listeners]) listener();
  }
}
