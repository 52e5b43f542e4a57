/**
 * Which command and step the diagram shows. By default the latest command, following the
 * terminal: the bus says which of its events playback has reached. The learner can pause, step,
 * replay, or pin an older command (read-only time travel). Drawn from the feed's records, so a
 * pane that was hidden or mounted late still shows the right world.
 */
import { useEffect, useState } from 'react';
import { stepOfEvent, stepsOf } from '../../diagram/steps';
import type { CommandRecord } from '../../terminal/controller';
import type { EventBus } from '../../terminal/eventBus';
import type { Speed } from '../../terminal/playback';
import { useDiagramUi } from './store';

/** The shortest time a step stays on screen, so a 15 ms request can be seen at all. */
const MIN_DWELL: Record<Speed, number> = { realistic: 300, fast: 60, instant: 0 };
const DIVISOR: Record<Speed, number> = { realistic: 1, fast: 8, instant: Number.POSITIVE_INFINITY };
/** Past this many steps behind the terminal, the diagram hurries to catch up. */
const MAX_LAG = 3;
const END = Number.MAX_SAFE_INTEGER;

interface State {
  /** An older command chosen on the scrubber; null follows the latest. */
  readonly pinned: CommandRecord | null;
  /** The latest command this state was made for (a new one resets the steps). */
  readonly latest: CommandRecord | null;
  readonly step: number;
  /** Where playback is heading: the terminal's position, or the end on replay. */
  readonly target: number;
  readonly paused: boolean;
  /** Following the terminal rather than replaying. */
  readonly live: boolean;
}

export interface Player {
  readonly record: CommandRecord | null;
  /** Index of `record` in the feed's commands. */
  readonly index: number;
  readonly step: number;
  readonly total: number;
  readonly playing: boolean;
  readonly pinned: boolean;
  toggle(): void;
  back(): void;
  forward(): void;
  replay(): void;
  /** Shows the world after command `index` (the last one follows the terminal again). */
  scrub(index: number): void;
}

export function usePlayer(records: readonly CommandRecord[], bus: EventBus, speed: Speed): Player {
  const latest = records.at(-1) ?? null;
  const [state, setState] = useState<State>(() => ({
    pinned: null,
    latest,
    step: END,
    target: END,
    paused: false,
    live: false,
  }));
  // A new command: start from its first step and follow the terminal through it.
  let s = state;
  if (s.latest !== latest) {
    s = { pinned: null, latest, step: 0, target: 0, paused: false, live: true };
    setState(s);
  }
  const record = s.pinned ?? latest;
  const total = record ? stepsOf(record.timeline).length : 0;
  const step = Math.min(s.step, Math.max(0, total - 1));
  const target = Math.min(s.target, Math.max(0, total - 1));

  useEffect(
    () =>
      bus.subscribe((event) => {
        setState((prev) => {
          if (prev.pinned || !prev.latest) return prev;
          const at = stepOfEvent(prev.latest.timeline, event);
          if (at < 0 || at <= prev.target) return prev;
          return { ...prev, target: at, live: true, ...(speed === 'instant' ? { step: at } : {}) };
        });
      }),
    [bus, speed],
  );

  // Keyed on whether there is a step to go, not on the target: the bus moves the target every few
  // milliseconds, and restarting the timer each time would hold the diagram back.
  const ahead = target > step;
  const lagging = target - step > MAX_LAG;
  useEffect(() => {
    if (s.paused || !ahead || !record) return;
    const event = stepsOf(record.timeline)[step];
    const own = (event?.durationMs ?? 0) / DIVISOR[speed];
    const dwell = s.live && lagging ? MIN_DWELL[speed] / 4 : Math.max(MIN_DWELL[speed], own);
    const timer = setTimeout(
      () => setState((prev) => ({ ...prev, step: Math.min(prev.step, step) + 1 })),
      dwell,
    );
    return () => clearTimeout(timer);
  }, [s.paused, s.live, ahead, lagging, step, record, speed]);

  // A request chosen in the API log: show its step, paused.
  const selection = useDiagramUi((u) => u.selection);
  useEffect(() => {
    if (!selection || !records.includes(selection.record)) return;
    setState((prev) => ({
      ...prev,
      pinned: selection.record === prev.latest ? null : selection.record,
      step: selection.step,
      target: selection.step,
      paused: true,
      live: false,
    }));
  }, [selection, records]);

  const at = (patch: Partial<State>) => setState((prev) => ({ ...prev, ...patch, live: false }));
  const playing = !s.paused && step < target;
  const toggle = () => {
    if (playing) at({ paused: true, step, target: step });
    else if (step >= total - 1) at({ step: 0, target: END, paused: false });
    else at({ paused: false, target: END, step });
  };
  const index = record ? records.indexOf(record) : -1;
  return {
    record,
    index,
    step,
    total,
    playing,
    pinned: s.pinned !== null,
    toggle,
    back: () => at({ paused: true, step: Math.max(0, step - 1), target: Math.max(0, step - 1) }),
    forward: () =>
      at({ paused: true, step: Math.min(total - 1, step + 1), target: Math.min(total - 1, step + 1) }),
    replay: () => at({ step: 0, target: END, paused: false }),
    scrub: (i: number) =>
      at({
        pinned: i >= records.length - 1 ? null : (records[i] ?? null),
        step: END,
        target: END,
        paused: true,
      }),
  };
}
