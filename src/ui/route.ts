/**
 * Hash routes for the side pane: `#/diagram`, `#/api`, `#/lessons/3/2`, `#/quiz/containers`.
 * Hash routes work on any static host, and a reload or a shared link opens the same view.
 */
import { useSyncExternalStore } from 'react';

export const PANES = ['diagram', 'api', 'lessons', 'quiz'] as const;
export type Pane = (typeof PANES)[number];

export interface Route {
  readonly pane: Pane;
  /** The path after the pane, decoded: `#/lessons/3/2` → ['3', '2']. */
  readonly rest: readonly string[];
}

export const DEFAULT_ROUTE: Route = { pane: 'diagram', rest: [] };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [first, ...rest] = parts;
  if (!PANES.includes(first as Pane)) return DEFAULT_ROUTE;
  try {
    return { pane: first as Pane, rest: rest.map((p) => decodeURIComponent(p)) };
  } catch {
    return { pane: first as Pane, rest: [] };
  }
}

export function formatRoute(route: Route): string {
  return `#/${[route.pane, ...route.rest.map(encodeURIComponent)].join('/')}`;
}

/** Moves to `route`, adding a history entry so Back returns. */
export function navigate(route: Route): void {
  const hash = formatRoute(route);
  if (window.location.hash !== hash) window.location.hash = hash;
}

let cached: { hash: string; route: Route } | undefined;

function current(): Route {
  const hash = window.location.hash;
  if (cached?.hash !== hash) cached = { hash, route: parseRoute(hash) };
  return cached.route;
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

export function useRoute(): Route {
  return useSyncExternalStore(subscribe, current, () => DEFAULT_ROUTE);
}
