/** The daemon-side STATUS text of a container (moby container/state.go `String()`). */
import { DurationPhrases } from '../units/duration';
import type { Container } from './types';

// Built once per duration phrase: `docker ps` on a big world asks for thousands of statuses that
// share a few hundred texts, and building each again was a large share of its time.
const up = new DurationPhrases((d) => `Up ${d}`);
const upPaused = new DurationPhrases((d) => `Up ${d} (Paused)`);
/** Per exit code; codes seen in practice are few, the bound only guards odd programs. */
const exitedByCode = new Map<number, DurationPhrases>();

function exited(code: number): DurationPhrases {
  let phrases = exitedByCode.get(code);
  if (phrases === undefined) {
    if (exitedByCode.size >= 512) exitedByCode.clear();
    phrases = new DurationPhrases((d) => `Exited (${code}) ${d} ago`);
    exitedByCode.set(code, phrases);
  }
  return phrases;
}

/**
 * How a container's STATUS reads, from its record alone: a fixed text, or a duration phrase
 * counted from `since` (ms). Derived once per record, so listing only has to apply the clock.
 */
export interface StatusClock {
  readonly text: string;
  readonly phrases: DurationPhrases | undefined;
  readonly since: number;
}

const fixedText = (text: string): StatusClock => ({ text, phrases: undefined, since: 0 });

export function statusClock(c: Container): StatusClock {
  const s = c.State;
  if (s.Running) return { text: '', phrases: s.Paused ? upPaused : up, since: s.StartedAt };
  if (s.Status === 'removing') return fixedText('Removal In Progress');
  if (s.Status === 'dead') return fixedText('Dead');
  if (s.StartedAt === 0) return fixedText('Created');
  if (s.FinishedAt === 0) return fixedText('');
  return { text: '', phrases: exited(s.ExitCode), since: s.FinishedAt };
}

/** The STATUS text at `now`. */
export function statusText(c: Container, now: number): string {
  const clock = statusClock(c);
  return clock.phrases === undefined ? clock.text : clock.phrases.of(now - clock.since);
}

/** `Path + " " + args`, with args that hold a space wrapped in single quotes (container/view.go). */
export function commandText(c: Container): string {
  if (c.Args.length === 0) return c.Path;
  return `${c.Path} ${c.Args.map((a) => (a.includes(' ') ? `'${a}'` : a)).join(' ')}`;
}
