/**
 * The client's side of the Engine API. It holds the daemon state for the length of one docker
 * command, calls pure daemon steps, and records the request, the events and the response on the
 * timeline, which is what the API log and the diagram read.
 */
import type { Api, ApiError, ApiOp } from '../daemon/api';
import type { DaemonEvent } from '../daemon/events';
import { handle, ROUTES } from '../daemon/index';
import type { DaemonState } from '../daemon/types';
import { PING, requestPath } from './api-route';
import type { Output } from './output';

export type CallResult<R> =
  | { readonly ok: true; readonly reply: R; readonly events: readonly DaemonEvent[] }
  | { readonly ok: false; readonly error: ApiError };

/** Operations whose events the caller places itself, interleaved with what it prints. */
const STREAMED: ReadonlySet<ApiOp> = new Set<ApiOp>([
  'ImageCreate',
  'ImagePush',
  'ContainerStart',
  'ProcessExit',
]);

/** Simulated round trip of one request on the local socket. */
const REQUEST_MS = 15;

export class ApiClient {
  constructor(
    private current: DaemonState,
    private readonly now: number,
    private readonly out: Output,
  ) {}

  get state(): DaemonState {
    return this.current;
  }

  /** Whether this command has pinged the daemon yet (the client does it once, before its first call). */
  private pinged = false;

  /** Requests sent ahead of their answer (see `send`), by operation. */
  private readonly sent = new Map<ApiOp, number>();

  /**
   * Sends a request whose answer comes later, in a `call` with the same operation: `docker run`
   * asks to wait for the exit before it starts the container, as docker's client does, so the API
   * log shows the wait going out before the start.
   */
  send<K extends ApiOp>(op: K, params: Api[K]['params']): void {
    this.request(op, params);
    this.sent.set(op, (this.sent.get(op) ?? 0) + 1);
  }

  private request<K extends ApiOp>(op: K, params: Api[K]['params']): void {
    const [method, route] = ROUTES[op];
    if (!this.pinged && op !== 'ProcessExit') {
      this.pinged = true;
      this.out.event({ type: 'api.request', ...PING, durationMs: REQUEST_MS });
      this.out.event({ type: 'api.response', op: PING.op, status: 200, durationMs: 0 });
    }
    this.out.event({
      type: 'api.request',
      op,
      method,
      path: requestPath(op, route, params),
      durationMs: REQUEST_MS,
    });
  }

  call<K extends ApiOp>(op: K, params: Api[K]['params']): CallResult<Api[K]['reply']> {
    const [method] = ROUTES[op];
    const waiting = this.sent.get(op) ?? 0;
    if (waiting > 0) this.sent.set(op, waiting - 1);
    else this.request(op, params);
    const result = handle(this.current, op, params, { now: this.now });
    this.current = result.state;
    if (!STREAMED.has(op)) for (const e of result.events) this.out.event(e);
    const status = result.ok
      ? method === 'POST' && (op === 'ContainerCreate' || op === 'ImageTag')
        ? 201
        : method === 'DELETE' || op === 'ContainerStart'
          ? 204
          : // The attach connection is upgraded to a raw stream (moby's hijacked `101 UPGRADED`).
            op === 'ContainerAttach'
            ? 101
            : 200
      : result.error.status;
    if (!result.ok) {
      // A failed streamed call still shows what it did before failing.
      if (STREAMED.has(op)) for (const e of result.events) this.out.event(e);
      this.out.event({ type: 'api.response', op, status, durationMs: 0 });
      return { ok: false, error: result.error };
    }
    this.out.event({ type: 'api.response', op, status, durationMs: 0 });
    return { ok: true, reply: result.reply, events: result.events };
  }
}
