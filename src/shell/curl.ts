/**
 * `curl URL` on the host: only the host's own addresses answer, through the ports containers
 * publish (src/daemon/http.ts). The error texts are curl 7.88.1's (Debian 12's), which prints no
 * progress meter when its output is a terminal.
 */
import { httpGet } from '../daemon/http';
import type { DaemonState } from '../daemon/types';
import type { TimelineEntry } from './types';

const USER_AGENT = 'curl/7.88.1';
const LOCAL = new Set(['localhost', '127.0.0.1', '[::1]']);

export interface CurlRun {
  readonly state: DaemonState;
  readonly timeline: readonly TimelineEntry[];
  readonly status: number;
}

export function curl(args: readonly string[], state: DaemonState, now: number): CurlRun {
  const timeline: TimelineEntry[] = [];
  const fail = (code: number, message: string): CurlRun => {
    timeline.push({ kind: 'write', stream: 'stderr', text: `curl: (${code}) ${message}\n` });
    return { state, timeline, status: code };
  };
  // Options are accepted and ignored (-s, -v, …): the first other word is the URL.
  const url = args.find((a) => !a.startsWith('-'));
  if (url === undefined) {
    timeline.push({
      kind: 'write',
      stream: 'stderr',
      text: "curl: try 'curl --help' or 'curl --manual' for more information\n",
    });
    return { state, timeline, status: 2 };
  }
  const m = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):\/\/)?(\[[^\]]*\]|[^/:?#]*)(?::(\d*))?([^?#]*)/.exec(url);
  const scheme = (m?.[1] ?? 'http').toLowerCase();
  const host = m?.[2] ?? '';
  if (scheme !== 'http') return fail(1, `Protocol "${scheme}" not supported or disabled in libcurl`);
  if (!LOCAL.has(host.toLowerCase())) {
    // The page has no network beyond this machine.
    return fail(6, `Could not resolve host: ${host}`);
  }
  const port = m?.[3] || '80';
  const path = m?.[4] || '/';
  const shown = host === '[::1]' ? '::1' : host;
  const res = httpGet(state, { port, path, userAgent: USER_AGENT }, now);
  switch (res.outcome.kind) {
    case 'refused':
      return fail(7, `Failed to connect to ${shown} port ${port} after 0 ms: Couldn't connect to server`);
    case 'reset':
      return fail(56, 'Recv failure: Connection reset by peer');
    case 'http09':
      return fail(1, 'Received HTTP/0.9 when not allowed');
    case 'empty':
      return fail(52, 'Empty reply from server');
    case 'served':
      for (const event of res.events) timeline.push({ kind: 'event', event });
      // Without -f, an error page is printed like any body and curl exits 0.
      if (res.outcome.body) timeline.push({ kind: 'write', stream: 'stdout', text: res.outcome.body });
      return { state: res.state, timeline, status: 0 };
  }
}
