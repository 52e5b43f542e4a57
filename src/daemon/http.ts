/**
 * A request from the host to a published port (`curl http://localhost:8080/`). Not an Engine API
 * call, so it is no op of api.ts: the traffic goes through docker-proxy to the container, and what
 * the daemon records is the server's own access log line, which `docker logs` then shows.
 */
import type { DaemonEvent } from './events';
import { containerView } from './exec';
import { utf8Length } from './fs/path';
import { withContainer } from './lifecycle';
import { registryGet } from './registry-http';
import { serviceOf } from './services';
import type { Container, DaemonState } from './types';

export type HttpOutcome =
  /** Nothing holds the host port: the kernel refuses the connection. */
  | { readonly kind: 'refused' }
  /** docker-proxy accepted but nothing listens on the container port: it drops the connection. */
  | { readonly kind: 'reset' }
  /** A server that does not speak HTTP answered (redis replies with its own protocol). */
  | { readonly kind: 'http09' }
  /** A server that closes without a word (postgres on an HTTP request). */
  | { readonly kind: 'empty' }
  | { readonly kind: 'served'; readonly status: number; readonly body: string };

/** The container port each server listens on. */
const LISTENS: Record<string, string> = {
  nginx: '80/tcp',
  httpd: '80/tcp',
  redis: '6379/tcp',
  postgres: '5432/tcp',
  registry: '5000/tcp',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** The combined log's `27/Nov/2026:09:00:00 +0000`. */
function clfTime(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}

/** nginx's built-in error page, as 1.25 sends it. */
const nginx404 = (version: string) =>
  `<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx/${version}</center>\r\n</body>\r\n</html>\r\n`;

/** The file under the document root a path names (`/` is its index.html), or undefined. */
function readDoc(state: DaemonState, c: Container, root: string, path: string): string | undefined {
  const rel = path.endsWith('/') ? `${path}index.html` : path;
  const r = containerView(state, c).resolve(`${root}${rel}`);
  return 'entry' in r && r.entry.type === 'file' ? r.entry.data : undefined;
}

export interface HttpGetParams {
  readonly port: string;
  readonly path: string;
  readonly userAgent: string;
}

export function httpGet(
  state: DaemonState,
  p: HttpGetParams,
  now: number,
): { readonly state: DaemonState; readonly outcome: HttpOutcome; readonly events: readonly DaemonEvent[] } {
  for (const c of Object.values(state.containers)) {
    // Known gap: a paused container's port is held, and curl would hang; we treat it as refused.
    if (!c.State.Running || c.State.Paused) continue;
    const target = Object.entries(c.HostConfig.PortBindings ?? {}).find(([, bs]) =>
      bs.some((b) => b.HostPort === p.port),
    )?.[0];
    if (target === undefined) continue;
    const service = serviceOf(state.images[c.ImageID], c);
    if (service === undefined || LISTENS[service] !== target)
      return { state, outcome: { kind: 'reset' }, events: [] };
    if (service === 'redis') return { state, outcome: { kind: 'http09' }, events: [] };
    if (service === 'postgres') return { state, outcome: { kind: 'empty' }, events: [] };
    if (service === 'registry') {
      const reply = registryGet(c.registry, p.path);
      return { state, outcome: { kind: 'served', ...reply }, events: [] };
    }
    let status = 200;
    let body = '';
    if (service === 'nginx') {
      const version = c.Config.Env.find((e) => e.startsWith('NGINX_VERSION='))?.slice(14) ?? '1.25.2';
      const doc = readDoc(state, c, '/usr/share/nginx/html', p.path);
      status = doc === undefined ? 404 : 200;
      body = doc ?? nginx404(version);
    } else if (service === 'httpd') {
      const doc = readDoc(state, c, '/usr/local/apache2/htdocs', p.path);
      status = doc === undefined && p.path !== '/' ? 404 : 200;
      body = doc ?? (status === 200 ? '<html><body><h1>It works!</h1></body></html>\n' : '');
    }
    // The images send their access log to stdout: nginx's combined format with its trailing
    // $http_x_forwarded_for, httpd's common format. The client is the bridge gateway (docker-proxy).
    const request = `172.17.0.1 - - [${clfTime(now)}] "GET ${p.path} HTTP/1.1" ${status} ${utf8Length(body)}`;
    const line =
      service === 'nginx'
        ? `${request} "-" "${p.userAgent}" "-"\n`
        : service === 'httpd'
          ? `${request}\n`
          : undefined;
    if (line === undefined) return { state, outcome: { kind: 'served', status, body }, events: [] };
    const next = withContainer(state, {
      ...c,
      output: [...c.output, { stream: 'stdout', data: line, time: now }],
    });
    const event: DaemonEvent = {
      type: 'container.output',
      id: c.Id,
      stream: 'stdout',
      data: line,
      durationMs: 5,
    };
    return { state: next, outcome: { kind: 'served', status, body }, events: [event] };
  }
  return { state, outcome: { kind: 'refused' }, events: [] };
}
