/**
 * The request line a real docker 28 client sends for an operation: the route's `{id}`/`{name}`
 * filled in and the query its Go client builds (moby client/*.go; `url.Values.Encode` sorts keys
 * and escapes `/` and `:`). The API log shows these, so a learner can compare them with
 * `dockerd --debug`'s "Calling POST /v1.50/…" lines.
 */
import { parseNormalizedNamed } from '../reference/reference';

type Params = Readonly<Record<string, unknown>>;
type Query = [key: string, value: string][];

/** The non-versioned ping every docker command starts with (API version negotiation). */
export const PING = { op: 'SystemPing', method: 'HEAD', path: '/_ping' } as const;

/** Go's `url.QueryEscape`: space as `+`, and everything but letters, digits and `-_.~` escaped. */
function queryEscape(s: string): string {
  return encodeURIComponent(s)
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');
}

/** `reference.Name()`: the full repository name the client sends (`docker.io/library/hello-world`). */
function fullName(name: unknown): string {
  const parsed = parseNormalizedNamed(String(name));
  return parsed.ok ? `${parsed.ref.domain}/${parsed.ref.path}` : String(name);
}

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const when = (cond: unknown, key: string, value = '1'): Query => (cond ? [[key, value]] : []);

const QUERIES: Readonly<Record<string, (p: Params) => Query>> = {
  ImageCreate: (p) => [
    ['fromImage', fullName(p.fromImage)],
    ['tag', str(p.tag)],
  ],
  ImageDelete: (p) => when(p.force, 'force'),
  ImageTag: (p) => [['repo', fullName(p.repo)], ...when(p.tag, 'tag', str(p.tag))],
  ImageCommit: (p) => [
    ...when(p.author, 'author', str(p.author)),
    ...when(p.comment, 'comment', str(p.comment)),
    ['container', str(p.container)],
    ...when(p.repo, 'repo', fullName(p.repo)),
    ...when(p.tag, 'tag', str(p.tag)),
  ],
  ContainerCreate: (p) => when(p.name, 'name', str(p.name)),
  ContainerAttach: () => [
    ['stderr', '1'],
    ['stdout', '1'],
    ['stream', '1'],
  ],
  ContainerList: (p) => [
    ...when(p.all, 'all'),
    ...when(p.limit, 'limit', str(p.limit)),
    ...when(p.size, 'size'),
  ],
  ContainerDelete: (p) => when(p.force, 'force'),
  ContainerStop: (p) => [
    ...when(p.signal, 'signal', str(p.signal)),
    ...when(p.t !== undefined, 't', str(p.t)),
  ],
  ContainerRestart: (p) => [
    ...when(p.signal, 'signal', str(p.signal)),
    ...when(p.t !== undefined, 't', str(p.t)),
  ],
  ContainerKill: (p) => when(p.signal, 'signal', str(p.signal)),
  ContainerRename: (p) => [['name', str(p.name)]],
  ContainerLogs: () => [
    ['stderr', '1'],
    ['stdout', '1'],
  ],
  ContainerStats: () => [['stream', '0']],
  ContainerWait: (p) => when(p.condition, 'condition', str(p.condition)),
  ImagePush: (p) => when(p.tag, 'tag', str(p.tag)),
  ContainerStatPath: (p) => [['path', str(p.path)]],
  ContainerArchive: (p) => [['path', str(p.path)]],
  PutContainerArchive: (p) => [
    ['noOverwriteDirNonDir', 'true'],
    ['path', str(p.path)],
  ],
};

/** `/v1.50/containers/{id}/start` with `{ id: 'abc' }` → `/v1.50/containers/abc/start`, plus the query. */
export function requestPath(op: string, route: string, params: unknown): string {
  const p: Params = params !== null && typeof params === 'object' ? (params as Params) : {};
  let path = route.replace(/\{(\w+)\}/g, (whole, key: string) => str(p[key]) || whole);
  // Pause and unpause share one operation here; the Engine has a route for each.
  if (op === 'ContainerPause' && p.pause === false) path = path.replace(/\/pause$/, '/unpause');
  const query = (QUERIES[op]?.(p) ?? []).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (query.length === 0) return path;
  return `${path}?${query.map(([k, v]) => `${k}=${queryEscape(v)}`).join('&')}`;
}
