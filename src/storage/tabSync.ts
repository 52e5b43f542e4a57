/**
 * Several tabs are several docker clients of one daemon. IndexedDB tells no one when it changes,
 * so each commit is announced on a BroadcastChannel, and a tab that hears one re-reads the world
 * and hands it to its terminal. A missed message (the channel refused, a tab asleep) is caught
 * when the tab regains focus: `isStale` is one read of the commit counter.
 */
import type { Session } from '../shell/types';
import type { WorldStore } from './repository';

export const CHANNEL_NAME = 'dockyard';

interface Committed {
  readonly type: 'committed';
  readonly version: number;
  /** The tab that committed: a BroadcastChannel also delivers to other channels of the same page. */
  readonly from: string;
}

function isCommitted(data: unknown): data is Committed {
  const m = data as Partial<Committed> | null;
  return typeof m === 'object' && m !== null && m.type === 'committed' && typeof m.from === 'string';
}

/** Where focus and visibility are watched; the page passes `window`, tests a stand-in. */
export interface FocusSource {
  addEventListener(type: 'focus' | 'visibilitychange', listener: () => void): void;
  removeEventListener(type: 'focus' | 'visibilitychange', listener: () => void): void;
}

export interface TabSyncOptions {
  /** Channel name; tests use their own. Default `dockyard`. */
  readonly name?: string;
  /** False: no channel at all (a test, or a browser without BroadcastChannel). */
  readonly broadcast?: boolean;
}

export class TabSync {
  private readonly channel: BroadcastChannel | null = null;
  private readonly id = Math.random().toString(36).slice(2);
  private target: { readonly store: WorldStore; readonly onWorld: (session: Session) => void } | null = null;
  private loading: Promise<void> | null = null;
  private again = false;

  constructor(opts: TabSyncOptions = {}) {
    if (opts.broadcast === false || typeof BroadcastChannel === 'undefined') return;
    try {
      this.channel = new BroadcastChannel(opts.name ?? CHANNEL_NAME);
      this.channel.onmessage = (event: MessageEvent) => {
        if (isCommitted(event.data) && event.data.from !== this.id) void this.reload();
      };
    } catch {
      // Opaque origins refuse channels; focus checks still catch up.
    }
  }

  /**
   * This tab committed `version`. Tells the others; `rebased` means the commit landed on top of
   * another tab's newer work, which this tab has not read yet: re-read now.
   */
  committed(version: number, rebased: boolean): void {
    try {
      this.channel?.postMessage({ type: 'committed', version, from: this.id } satisfies Committed);
    } catch {
      // A closed channel: the other tabs catch up when focused.
    }
    if (rebased) void this.reload();
  }

  /**
   * Starts handing every newer world in `store` to `onWorld`, and checks at once (another tab may
   * have committed between this page's load and now). Returns the function that stops it.
   */
  attach(store: WorldStore, onWorld: (session: Session) => void, focus?: FocusSource): () => void {
    const target = { store, onWorld };
    this.target = target;
    const check = () => void this.catchUp();
    focus?.addEventListener('focus', check);
    focus?.addEventListener('visibilitychange', check);
    check();
    return () => {
      if (this.target === target) this.target = null;
      focus?.removeEventListener('focus', check);
      focus?.removeEventListener('visibilitychange', check);
    };
  }

  /** Re-reads when another tab committed since this one last read. */
  async catchUp(): Promise<void> {
    const store = this.target?.store;
    try {
      if (store && (await store.isStale?.())) await this.reload();
    } catch {
      // A closed store: its own notice says what to do.
    }
  }

  /** Re-reads the world and hands it on. Calls made meanwhile run once more after this one. */
  reload(): Promise<void> {
    if (this.loading) {
      this.again = true;
      return this.loading;
    }
    this.loading = (async () => {
      do {
        this.again = false;
        const target = this.target;
        if (!target) break;
        try {
          const session = await target.store.load();
          if (session && this.target === target) target.onWorld(session);
        } catch (error) {
          console.warn('Dockyard: could not re-read the playground another tab changed', error);
        }
      } while (this.again);
      this.loading = null;
    })();
    return this.loading;
  }

  close(): void {
    this.target = null;
    this.channel?.close();
  }
}
