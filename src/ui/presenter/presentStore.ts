/**
 * The presenter's own state: the loaded demo and where it is, the typing pace and the presenter's
 * text size. Kept apart from the learner's preferences, so leaving presenter mode gives the
 * learner back their own text size and speed untouched.
 */
import { create } from 'zustand';
import { BUILT_IN_DEMOS, type DemoScript } from '../../share/demo';
import type { CommandRecord } from '../../terminal/controller';
import type { Speed } from '../../terminal/playback';

export const PRESENT_FONT = { min: 24, max: 40, step: 2, default: 28 } as const;

export type Pace = 'slow' | 'normal' | 'fast' | 'instant';
export const PACES: readonly Pace[] = ['slow', 'normal', 'fast', 'instant'];

/** Per pace: milliseconds between typed keys, and how fast the output then plays. */
export const PACE: Record<Pace, { label: string; keyMs: number; output: Speed }> = {
  slow: { label: 'Slow', keyMs: 140, output: 'realistic' },
  normal: { label: 'Normal', keyMs: 70, output: 'realistic' },
  fast: { label: 'Fast', keyMs: 25, output: 'fast' },
  instant: { label: 'Instant', keyMs: 0, output: 'instant' },
};

/** A step that ran: which one, and its command record (whose `before` an undo restores). */
export interface DoneStep {
  readonly index: number;
  readonly record: CommandRecord;
}

interface PresentState {
  readonly demo: DemoScript;
  /** Index of the next step to run. */
  readonly position: number;
  readonly done: readonly DoneStep[];
  /** True while a step is being typed or played. */
  readonly busy: boolean;
  /** What the presenter should know now (an undo, a refusal); null shows the next step. */
  readonly status: string | null;
  readonly pace: Pace;
  readonly fontSize: number;
  loadDemo(demo: DemoScript): void;
  setPace(pace: Pace): void;
  setFontSize(size: number): void;
}

export const usePresent = create<PresentState>()((set) => ({
  demo: BUILT_IN_DEMOS[0] ?? { title: 'Empty', steps: [] },
  position: 0,
  done: [],
  busy: false,
  status: null,
  pace: 'normal',
  fontSize: PRESENT_FONT.default,
  loadDemo(demo) {
    set({ demo, position: 0, done: [], status: null });
  },
  setPace(pace) {
    set({ pace });
  },
  setFontSize(size) {
    set({ fontSize: Math.min(PRESENT_FONT.max, Math.max(PRESENT_FONT.min, size)) });
  },
}));
