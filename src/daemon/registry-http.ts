/**
 * The registry's HTTP API as `curl` on the host sees it (distribution 2.8's handlers): the
 * version check, the catalog and tag lists. JSON bodies come from Go's json.Encoder, hence the
 * trailing newline; `/v2/` writes `{}` by hand, without one.
 */
import { catalogOf, type RegistryStorage } from './registry-store';

export interface RegistryHttpReply {
  readonly status: number;
  readonly body: string;
}

const json = (v: unknown) => `${JSON.stringify(v)}\n`;

export function registryGet(storage: RegistryStorage | undefined, path: string): RegistryHttpReply {
  const reg = storage ?? { repositories: {}, manifests: {} };
  if (path === '/v2' || path === '/v2/') return { status: 200, body: '{}' };
  if (path === '/v2/_catalog') return { status: 200, body: json({ repositories: catalogOf(reg) }) };
  const tags = /^\/v2\/(.+)\/tags\/list$/.exec(path);
  if (tags) {
    const name = tags[1] ?? '';
    const repo = reg.repositories[name];
    if (!repo) {
      return {
        status: 404,
        body: json({
          errors: [
            { code: 'NAME_UNKNOWN', message: 'repository name not known to registry', detail: { name } },
          ],
        }),
      };
    }
    return { status: 200, body: json({ name, tags: Object.keys(repo).sort() }) };
  }
  return { status: 404, body: '404 page not found\n' };
}
