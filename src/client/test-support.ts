/** For tests: run one docker command on a state and read back what it printed, stream by stream. */
import type { DaemonState } from '../daemon/types';
import { runDocker } from './cli';

export interface CliRun {
  readonly state: DaemonState;
  readonly status: number;
  readonly out: string;
  readonly err: string;
}

/** `tty: false` as a piped client would be: the pull renders line by line, no cursor moves. */
export function runCli(state: DaemonState, argv: readonly string[], now: number): CliRun {
  const r = runDocker(argv, { state, now, tty: false });
  const text = (stream: string) =>
    r.timeline.map((e) => (e.kind === 'write' && e.stream === stream ? e.text : '')).join('');
  return { state: r.state, status: r.status, out: text('stdout'), err: text('stderr') };
}
