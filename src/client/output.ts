/**
 * What a docker command writes, in order, on one timeline with the daemon's events, so the
 * terminal can play both back in step.
 */
import type { DaemonEvent } from '../daemon/events';
import type { TimelineEntry } from '../shell/types';

export class Output {
  readonly timeline: TimelineEntry[] = [];

  stdout(text: string): void {
    if (text) this.timeline.push({ kind: 'write', stream: 'stdout', text });
  }

  stderr(text: string): void {
    if (text) this.timeline.push({ kind: 'write', stream: 'stderr', text });
  }

  /** A whole line on stdout. */
  line(text = ''): void {
    this.stdout(`${text}\n`);
  }

  errLine(text = ''): void {
    this.stderr(`${text}\n`);
  }

  event(event: DaemonEvent): void {
    this.timeline.push({ kind: 'event', event });
  }
}
