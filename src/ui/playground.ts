/**
 * What the views beside the terminal share: the feed they read, the terminal they may drive (a
 * scripted demo types into it), and a way to replace the world (a lesson's start, a share link).
 */
import { createContext, type RefObject, use, useSyncExternalStore } from 'react';
import type { Session } from '../shell/types';
import type { TerminalHandle } from '../terminal/TerminalView';
import type { Booted } from './boot';
import type { Feed, FeedSnapshot } from './feed';
import { replaceWorld } from './world';

export interface Playground {
  readonly booted: Booted;
  readonly feed: Feed;
  readonly terminal: RefObject<TerminalHandle | null>;
  /**
   * Saves `session` as the world and shows it in the terminal (the feed hears of it through the
   * terminal). Rejects, changing nothing, when saving fails.
   */
  setWorld(session: Session): Promise<void>;
}

export const PlaygroundContext = createContext<Playground | null>(null);

export function usePlayground(): Playground {
  const playground = use(PlaygroundContext);
  if (!playground) throw new Error('usePlayground outside <PlaygroundContext>');
  return playground;
}

/** The feed's latest snapshot; re-renders on every command and replacement. */
export function useFeed(): FeedSnapshot {
  const { feed } = usePlayground();
  return useSyncExternalStore(feed.subscribe, feed.getSnapshot);
}

export function makePlayground(
  booted: Booted,
  feed: Feed,
  terminal: RefObject<TerminalHandle | null>,
): Playground {
  return {
    booted,
    feed,
    terminal,
    async setWorld(session) {
      await replaceWorld(booted.store, session);
      terminal.current?.replaceSession(session);
    },
  };
}
