/**
 * Plays a command's timeline into the terminal at the learner's chosen speed. The state change is
 * already committed when this runs (architecture principle 4), so skipping or reloading halfway
 * loses nothing but animation.
 */
import type { TimelineEntry } from '../shell/types';
import type { EventBus } from './eventBus';

export type Speed = 'realistic' | 'fast' | 'instant';

export const SPEEDS: readonly Speed[] = ['realistic', 'fast', 'instant'];

/** How much faster than the simulated durations each speed runs. */
const DIVISOR: Record<Speed, number> = { realistic: 1, fast: 8, instant: Number.POSITIVE_INFINITY };

/** Where playback writes. Text arrives as the TTY would get it; the target must map `\n` to CRLF. */
export interface PlaybackTarget {
  write(text: string): void;
  /** The `clear` builtin. */
  clear(): void;
}

export interface PlaybackOptions {
  readonly target: PlaybackTarget;
  /** Read before every wait, so changing the speed mid-command takes effect at once. */
  readonly speed: () => Speed;
  readonly bus?: EventBus;
}

export type PlaybackOutcome = 'finished' | 'skipped';

export interface Playback {
  /** Settles once every entry has been written and dispatched. */
  readonly done: Promise<PlaybackOutcome>;
  /** Ends the current wait and plays the rest without waiting (a keypress during a slow pull). */
  skip(): void;
}

/**
 * Starts playing at once. Entries before the first non-zero wait are written synchronously, so at
 * `instant` speed the whole output is on its way to the terminal when this returns.
 */
export function play(timeline: readonly TimelineEntry[], opts: PlaybackOptions): Playback {
  let skipping = false;
  let wake: (() => void) | undefined;

  const wait = (ms: number): Promise<void> | undefined => {
    if (skipping || !(ms > 0)) return undefined;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        wake = undefined;
        resolve();
      }, ms);
      wake = () => {
        clearTimeout(timer);
        wake = undefined;
        resolve();
      };
    });
  };

  const run = async (): Promise<PlaybackOutcome> => {
    for (const entry of timeline) {
      let pause: Promise<void> | undefined;
      switch (entry.kind) {
        case 'write':
          opts.target.write(entry.text);
          break;
        case 'clear':
          opts.target.clear();
          break;
        case 'event':
          opts.bus?.dispatch(entry.event);
          pause = wait(entry.event.durationMs / DIVISOR[opts.speed()]);
          break;
        case 'sleep':
          // `sleep 2` means two real seconds at any speed: it is what the learner asked for.
          pause = wait(entry.ms);
          break;
      }
      // Awaiting only real pauses keeps instant playback synchronous.
      if (pause) await pause;
    }
    return skipping ? 'skipped' : 'finished';
  };

  return {
    done: run(),
    skip() {
      skipping = true;
      wake?.();
    },
  };
}
