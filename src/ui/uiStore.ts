/**
 * UI state only (architecture: zustand for the page, never for the docker world). The two
 * preferences survive a reload through localStorage; notices are per page load.
 */
import { create } from 'zustand';
import { SPEEDS, type Speed } from '../terminal/playback';

export const FONT_SIZES = { min: 10, max: 32, step: 2, default: 15 } as const;

/** What the learner should know about their saved world; shown under the header until dismissed. */
export type StorageNotice =
  /** IndexedDB refused (private window): everything lives in memory. */
  | { readonly kind: 'memory' }
  /** A commit hit the quota; the next command retries. */
  | { readonly kind: 'full' }
  /** Anything else that stopped a save or the store; `message` is for the learner. */
  | { readonly kind: 'failed'; readonly message: string }
  /** A tab with an older Dockyard holds the database: the upgrade waits for it to close. */
  | { readonly kind: 'blocked' }
  /** `count` saved records were malformed and skipped on load. */
  | { readonly kind: 'unreadable'; readonly count: number }
  /** Another tab changed the same thing at the same moment; the last command was not saved. */
  | { readonly kind: 'conflict' }
  /** The outcome of reset, export or import; `message` is for the learner. */
  | { readonly kind: 'world'; readonly message: string };

export type NoticeKind = StorageNotice['kind'];

/**
 * How the page is laid out: the learner's own (`normal`), an instructor's big-type `present`
 * (`?present`, or the Present button), or the read-only `audience` window the presenter opens.
 * Not a preference: a reload keeps it only through the address.
 */
export type PageMode = 'normal' | 'present' | 'audience';

export function modeFor(search: string): PageMode {
  const params = new URLSearchParams(search);
  if (params.has('audience')) return 'audience';
  return params.has('present') ? 'present' : 'normal';
}

interface UiState {
  readonly speed: Speed;
  readonly fontSize: number;
  /** Whether the views pane (diagram, API log, lessons, quiz) is shown beside the terminal. */
  readonly views: boolean;
  readonly mode: PageMode;
  /** At most one per kind, oldest first. */
  readonly notices: readonly StorageNotice[];
  setSpeed(speed: Speed): void;
  /** Clamped to FONT_SIZES. */
  setFontSize(size: number): void;
  setViews(shown: boolean): void;
  setMode(mode: PageMode): void;
  /** Shows `notice`, replacing one of the same kind. */
  showNotice(notice: StorageNotice): void;
  /** Removes the notice of these kinds (the learner closed it, or it no longer holds). */
  dismissNotice(...kinds: NoticeKind[]): void;
}

const PREFS_KEY = 'dockyard.prefs';

interface Prefs {
  speed: Speed;
  fontSize: number;
  views: boolean;
}

function readPrefs(): Prefs {
  const prefs: Prefs = { speed: 'realistic', fontSize: FONT_SIZES.default, views: true };
  try {
    const saved = JSON.parse(globalThis.localStorage?.getItem(PREFS_KEY) ?? '{}') as Partial<Prefs>;
    if (SPEEDS.includes(saved.speed as Speed)) prefs.speed = saved.speed as Speed;
    if (typeof saved.fontSize === 'number') prefs.fontSize = clampFont(saved.fontSize);
    if (typeof saved.views === 'boolean') prefs.views = saved.views;
  } catch {
    // Unreadable or refused storage: the defaults will do.
  }
  return prefs;
}

function writePrefs(prefs: Prefs): void {
  try {
    globalThis.localStorage?.setItem(PREFS_KEY, JSON.stringify(prefs));
  } catch {
    // A preference that does not stick is not worth an error message.
  }
}

const prefsOf = (s: Prefs): Prefs => ({ speed: s.speed, fontSize: s.fontSize, views: s.views });

function clampFont(size: number): number {
  return Math.min(FONT_SIZES.max, Math.max(FONT_SIZES.min, Math.round(size)));
}

export const useUi = create<UiState>()((set, get) => ({
  ...readPrefs(),
  mode: modeFor(globalThis.location?.search ?? ''),
  notices: [],
  setSpeed(speed) {
    set({ speed });
    writePrefs({ ...prefsOf(get()), speed });
  },
  setFontSize(size) {
    const fontSize = clampFont(size);
    set({ fontSize });
    writePrefs({ ...prefsOf(get()), fontSize });
  },
  setViews(views) {
    set({ views });
    writePrefs({ ...prefsOf(get()), views });
  },
  setMode(mode) {
    set({ mode });
  },
  showNotice(notice) {
    set({ notices: [...get().notices.filter((n) => n.kind !== notice.kind), notice] });
  },
  dismissNotice(...kinds) {
    const notices = get().notices.filter((n) => !kinds.includes(n.kind));
    if (notices.length !== get().notices.length) set({ notices });
  },
}));
