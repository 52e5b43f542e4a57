/**
 * The Engine API log: every request a command's client sent, with the daemon's status, read from
 * the api.request/api.response events the client records where it calls the daemon
 * (src/client/api-client.ts), so the list cannot drift from what the code does.
 */
import type { DaemonEvent } from '../daemon/events';
import type { DaemonState } from '../daemon/types';

export interface ApiRow {
  /** The request's step (index into stepsOf). */
  readonly step: number;
  /** The response's step; absent if the command ended first. */
  readonly responseStep?: number;
  readonly op: string;
  readonly method: string;
  readonly path: string;
  readonly status?: number;
  /** The reply body, where the diagram's events tell it (`{"Id":…}`, `{"StatusCode":0}`). */
  readonly body?: string;
}

function bodyOf(
  op: string,
  between: readonly DaemonEvent[],
  path: string,
  after: DaemonState,
): string | undefined {
  if (op === 'ContainerCreate') {
    const created = between.find((e) => e.type === 'container.created');
    return created && created.type === 'container.created'
      ? `{"Id":"${created.id}","Warnings":[]}`
      : undefined;
  }
  if (op === 'ContainerWait') {
    const ref = /\/containers\/([^/]+)\/wait/.exec(path)?.[1] ?? '';
    const c = Object.values(after.containers).find(
      (x) => x.Id === ref || x.Id.startsWith(ref) || x.Name === ref,
    );
    return c ? `{"StatusCode":${c.State.ExitCode}}` : undefined;
  }
  if (op === 'ImageCreate') return '(a stream of progress messages)';
  if (op === 'ImageCommit') {
    const tagged = between.find((e) => e.type === 'image.tagged');
    return tagged && tagged.type === 'image.tagged' ? `{"Id":"${tagged.image}"}` : undefined;
  }
  return undefined;
}

export function apiRows(steps: readonly DaemonEvent[], after: DaemonState): readonly ApiRow[] {
  const rows: ApiRow[] = [];
  // A response answers the earliest unanswered request of its operation: most come straight after
  // their request, but `docker run` sends its wait before the start and hears back after it.
  const answered = new Set<number>();
  steps.forEach((event, step) => {
    if (event.type !== 'api.request') return;
    let responseStep = -1;
    for (let i = step + 1; i < steps.length; i++) {
      const e = steps[i];
      if (e?.type === 'api.request' && e.op === event.op) break;
      if (e?.type === 'api.response' && e.op === event.op && !answered.has(i)) {
        responseStep = i;
        answered.add(i);
        break;
      }
    }
    const response = steps[responseStep];
    const status = response?.type === 'api.response' ? response.status : undefined;
    const body =
      status !== undefined && status < 300
        ? bodyOf(event.op, steps.slice(step + 1), event.path, after)
        : undefined;
    rows.push({
      step,
      op: event.op,
      method: event.method,
      path: event.path,
      ...(responseStep >= 0 ? { responseStep } : {}),
      ...(status !== undefined ? { status } : {}),
      ...(body !== undefined ? { body } : {}),
    });
  });
  return rows;
}

/** The row a step belongs to: its request, its response, or what happened while it was served. */
export function rowOfStep(rows: readonly ApiRow[], step: number): number {
  let found = -1;
  rows.forEach((row, i) => {
    if (row.step <= step) found = i;
  });
  return found;
}
