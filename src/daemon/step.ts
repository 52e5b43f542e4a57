/** Building blocks for daemon steps: every step returns a StepResult, never throws. */
import type { ApiError, StepResult } from './api';
import type { DaemonEvent } from './events';
import type { DaemonState } from './types';

export function ok<R>(state: DaemonState, reply: R, events: readonly DaemonEvent[] = []): StepResult<R> {
  return { ok: true, state, events, reply };
}

export function fail<R>(
  state: DaemonState,
  status: number,
  message: string,
  events: readonly DaemonEvent[] = [],
): StepResult<R> {
  const error: ApiError = { status, message };
  return { ok: false, state, events, error };
}

/** Short ids as `stringid.TruncateID` gives them: no `sha256:`, 12 hex. */
export function shortId(id: string): string {
  const hex = id.startsWith('sha256:') ? id.slice(7) : id;
  return hex.slice(0, 12);
}
