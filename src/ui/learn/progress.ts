/**
 * The learner's progress as the lesson and quiz views share it: read once from the store, changed
 * through `update`, and saved after every change (in order, each save the latest value). Lives in
 * the lazily loaded learn chunk, so the page's first load does not carry it.
 */
import { useSyncExternalStore } from 'react';
import { EMPTY_PROGRESS, type LearnerProgress, readProgress } from '../../storage/progress';
import type { WorldStore } from '../../storage/repository';

interface Holder {
  readonly store: WorldStore;
  value: LearnerProgress;
  /** False until the stored progress was read: changes wait for it, so none is lost. */
  ready: boolean;
  loaded: Promise<void>;
  saving: Promise<void>;
  readonly listeners: Set<() => void>;
}

const holders = new WeakMap<WorldStore, Holder>();

function holderFor(store: WorldStore): Holder {
  let holder = holders.get(store);
  if (holder) return holder;
  const h: Holder = {
    store,
    value: EMPTY_PROGRESS,
    ready: false,
    loaded: Promise.resolve(),
    saving: Promise.resolve(),
    listeners: new Set(),
  };
  h.loaded = (store.loadProgress?.() ?? Promise.resolve(EMPTY_PROGRESS))
    .then(
      (value) => set(h, readProgress(value)),
      (error: unknown) => console.error('Dockyard: progress could not be read', error),
    )
    .finally(() => {
      h.ready = true;
    });
  holders.set(store, h);
  holder = h;
  return holder;
}

function set(h: Holder, value: LearnerProgress): void {
  h.value = value;
  for (const listener of [...h.listeners]) listener();
}

export interface ProgressApi {
  readonly progress: LearnerProgress;
  /** Applies `change` to the latest progress and saves the result. */
  update(change: (p: LearnerProgress) => LearnerProgress): void;
  /** The latest progress, outside a render (inside feed callbacks). */
  current(): LearnerProgress;
  /** Settles once what was stored has been read. */
  readonly loaded: Promise<void>;
}

/** Changes progress outside React (the feed's command callback). */
export function updateProgress(store: WorldStore, change: (p: LearnerProgress) => LearnerProgress): void {
  const h = holderFor(store);
  if (!h.ready) {
    void h.loaded.then(() => updateProgress(store, change));
    return;
  }
  const next = change(h.value);
  if (next === h.value) return;
  set(h, next);
  h.saving = h.saving
    .then(() => h.store.saveProgress?.(next))
    .catch((error: unknown) => console.error('Dockyard: progress could not be saved', error));
}

export function currentProgress(store: WorldStore): LearnerProgress {
  return holderFor(store).value;
}

export function useProgress(store: WorldStore): ProgressApi {
  const h = holderFor(store);
  const progress = useSyncExternalStore(
    (listener) => {
      h.listeners.add(listener);
      return () => h.listeners.delete(listener);
    },
    () => h.value,
  );
  return {
    progress,
    update: (change) => updateProgress(store, change),
    current: () => h.value,
    loaded: h.loaded,
  };
}
