/**
 * The pane keeps its scroll position across views; a new lesson step or question starts at the
 * top, where its heading is. Returns the ref for the view's root element.
 */
import { useEffect, useRef } from 'react';

export function useScrollTopOnRoute<T extends HTMLElement = HTMLDivElement>(key: string) {
  const root = useRef<T>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is the trigger, not an input
  useEffect(() => {
    root.current?.closest('[role="tabpanel"]')?.scrollTo?.({ top: 0 });
  }, [key]);
  return root;
}
