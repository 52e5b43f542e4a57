/** The daemon-side STATUS text of a container (moby container/state.go `String()`). */
import { humanDuration } from '../units';
import type { Container } from './types';

export function statusText(c: Container, now: number): string {
  const s = c.State;
  if (s.Running) {
    const up = `Up ${humanDuration(now - s.StartedAt)}`;
    return s.Paused ? `${up} (Paused)` : up;
  }
  if (s.Status === 'removing') return 'Removal In Progress';
  if (s.Status === 'dead') return 'Dead';
  if (s.StartedAt === 0) return 'Created';
  if (s.FinishedAt === 0) return '';
  return `Exited (${s.ExitCode}) ${humanDuration(now - s.FinishedAt)} ago`;
}

/** `Path + " " + args`, with args that hold a space wrapped in single quotes (container/view.go). */
export function commandText(c: Container): string {
  if (c.Args.length === 0) return c.Path;
  return `${c.Path} ${c.Args.map((a) => (a.includes(' ') ? `'${a}'` : a)).join(' ')}`;
}
