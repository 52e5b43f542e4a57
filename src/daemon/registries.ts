/**
 * Which registry a reference's domain reaches, as the daemon's HTTP client would find it: Docker
 * Hub (the catalog), a `registry:2` container published on a local port, or nothing (the dial
 * fails with Go's net error, which the daemon passes on verbatim).
 */
import type { NamedReference } from '../reference/reference';
import type { CatalogImage } from '../registry/catalog';
import { HUB_DOMAIN, lookupManifest } from '../registry/hub';
import { manifestFor, type RegistryStorage } from './registry-store';
import { serviceOf } from './services';
import type { Container, DaemonState, Image } from './types';

/** Hosts that name this machine; docker treats 127.0.0.0/8 (and so localhost) as insecure: plain http. */
const LOOPBACK = new Set(['localhost', '127.0.0.1']);

export type Reached =
  | { readonly kind: 'hub' }
  | { readonly kind: 'private'; readonly container: Container; readonly storage: RegistryStorage }
  | { readonly kind: 'error'; readonly message: string };

function splitHostPort(domain: string): { host: string; port: string } {
  const m = /^(.*?)(?::(\d+))?$/.exec(domain);
  return { host: m?.[1] ?? domain, port: m?.[2] ?? '443' };
}

/** The running container holding a host port, if any (docker-proxy's side of `-p`). */
export function containerOnPort(state: DaemonState, port: string): Container | undefined {
  return Object.values(state.containers).find(
    (c) =>
      c.State.Running &&
      !c.State.Paused &&
      Object.values(c.HostConfig.PortBindings ?? {}).some((bs) => bs.some((b) => b.HostPort === port)),
  );
}

/** Whether this container's PID 1 is the registry server, listening on its 5000. */
export function isRegistry(state: DaemonState, c: Container): boolean {
  return serviceOf(state.images[c.ImageID], c) === 'registry';
}

/** Resolves a domain to a registry; `ping` is the `/v2/` URL errors name. */
export function reachRegistry(state: DaemonState, domain: string): Reached {
  if (domain === HUB_DOMAIN) return { kind: 'hub' };
  const { host, port } = splitHostPort(domain);
  const scheme = LOOPBACK.has(host) ? 'http' : 'https';
  const url = `${scheme}://${domain}/v2/`;
  if (!LOOPBACK.has(host)) {
    // The page has no network beyond this machine; Go's resolver says so.
    return {
      kind: 'error',
      message: `Get "${url}": dial tcp: lookup ${host} on 127.0.0.53:53: no such host`,
    };
  }
  const dialed = host === 'localhost' ? `[::1]:${port}` : `127.0.0.1:${port}`;
  const c = containerOnPort(state, port);
  if (!c) return { kind: 'error', message: `Get "${url}": dial tcp ${dialed}: connect: connection refused` };
  const bound = Object.entries(c.HostConfig.PortBindings ?? {}).find(([, bs]) =>
    bs.some((b) => b.HostPort === port),
  );
  if (!isRegistry(state, c) || bound?.[0] !== '5000/tcp') {
    // Something else holds the port: docker-proxy accepts, the other end does not speak the API.
    return { kind: 'error', message: `Get "${url}": EOF` };
  }
  return { kind: 'private', container: c, storage: c.registry ?? { repositories: {}, manifests: {} } };
}

export type RemoteLookup =
  | { readonly ok: true; readonly image: CatalogImage }
  | { readonly ok: false; readonly message: string };

/** A daemon image as a registry serves it, in the catalog's shape that a pull consumes. */
export function asCatalogImage(img: Image, manifestDigest: string): CatalogImage {
  return {
    id: img.Id,
    manifestDigest,
    created: img.Created,
    architecture: img.Architecture,
    os: img.Os,
    dockerVersion: img.DockerVersion,
    config: img.Config,
    layers: img.Layers,
    history: img.History ?? [],
    program: img.program,
  };
}

/** The manifest a pull resolves, with moby's errors (distribution/errors.go) for each failure. */
export function lookupRemote(
  state: DaemonState,
  ref: NamedReference,
  tag: string,
  names: { readonly familiarName: string; readonly familiarString: string },
): RemoteLookup {
  const notFound = `manifest for ${names.familiarString} not found: manifest unknown: manifest unknown`;
  const reached = reachRegistry(state, ref.domain);
  if (reached.kind === 'error') return { ok: false, message: reached.message };
  if (reached.kind === 'private') {
    const found = manifestFor(reached.storage, ref.path, tag);
    return found
      ? { ok: true, image: asCatalogImage(found.manifest.image, found.digest) }
      : { ok: false, message: notFound };
  }
  const found = lookupManifest(ref.domain, ref.path, tag);
  if (found.ok) return found;
  return {
    ok: false,
    message:
      found.reason === 'denied'
        ? `pull access denied for ${names.familiarName}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`
        : notFound,
  };
}
