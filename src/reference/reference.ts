/**
 * Image references as docker's distribution/reference package parses them
 * (`ParseNormalizedNamed`, `splitDockerDomain`, `FamiliarString`). Shared by the client, which
 * validates what the user typed, and the daemon, which resolves names to images.
 */

export const DEFAULT_DOMAIN = 'docker.io';
const LEGACY_DOMAIN = 'index.docker.io';
const OFFICIAL_REPO_PREFIX = 'library/';
const DEFAULT_TAG = 'latest';
const NAME_TOTAL_LENGTH_MAX = 255;

// The grammar of distribution/reference/regexp.go, spelled out once.
const alphanumeric = '[a-z0-9]+';
const separator = '(?:[._]|__|[-]+)';
const pathComponent = `${alphanumeric}(?:${separator}${alphanumeric})*`;
const domainNameComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const ipv6address = '\\[(?:[a-fA-F0-9:]+)\\]';
const domainName = `${domainNameComponent}(?:\\.${domainNameComponent})*`;
const host = `(?:${domainName}|${ipv6address})`;
const domainAndPort = `${host}(?::[0-9]+)?`;
const tag = '[\\w][\\w.-]{0,127}';
const digest = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}';
const remoteName = `${pathComponent}(?:/${pathComponent})*`;
const namePat = `(?:${domainAndPort}/)?${remoteName}`;
const referenceRegexp = new RegExp(`^(${namePat})(?::(${tag}))?(?:@(${digest}))?$`);
const anchoredIdentifier = /^[a-f0-9]{64}$/;

/** A parsed, normalized reference: `docker.io/library/hello-world:latest`. */
export interface NamedReference {
  readonly domain: string;
  /** Repository path without the domain, `library/hello-world`. */
  readonly path: string;
  readonly tag?: string;
  readonly digest?: string;
}

export type ParseResult = { ok: true; ref: NamedReference } | { ok: false; error: string };

function splitDockerDomain(name: string): { domain: string; remainder: string } {
  const i = name.indexOf('/');
  let domain: string;
  let remainder: string;
  const first = name.slice(0, i);
  if (i === -1 || (!/[.:]/.test(first) && first !== 'localhost' && first.toLowerCase() === first)) {
    domain = DEFAULT_DOMAIN;
    remainder = name;
  } else {
    domain = first;
    remainder = name.slice(i + 1);
  }
  if (domain === LEGACY_DOMAIN) domain = DEFAULT_DOMAIN;
  if (domain === DEFAULT_DOMAIN && !remainder.includes('/')) remainder = OFFICIAL_REPO_PREFIX + remainder;
  return { domain, remainder };
}

/** `ParseNormalizedNamed`: the wording of each error is docker's. */
export function parseNormalizedNamed(s: string): ParseResult {
  if (anchoredIdentifier.test(s)) {
    return { ok: false, error: `invalid repository name (${s}), cannot specify 64-byte hexadecimal strings` };
  }
  const { domain, remainder } = splitDockerDomain(s);
  const tagSep = remainder.indexOf(':');
  const remote = tagSep > -1 ? remainder.slice(0, tagSep) : remainder;
  if (remote.toLowerCase() !== remote) {
    return { ok: false, error: `invalid reference format: repository name (${remote}) must be lowercase` };
  }
  const full = `${domain}/${remainder}`;
  if (full === '' || s === '') return { ok: false, error: 'invalid reference format' };
  const m = referenceRegexp.exec(full);
  if (!m) return { ok: false, error: 'invalid reference format' };
  const name = m[1] ?? '';
  if (name.length > NAME_TOTAL_LENGTH_MAX) {
    return { ok: false, error: `repository name must not be more than ${NAME_TOTAL_LENGTH_MAX} characters` };
  }
  const slash = name.indexOf('/');
  return {
    ok: true,
    ref: {
      domain: name.slice(0, slash),
      path: name.slice(slash + 1),
      ...(m[2] !== undefined ? { tag: m[2] } : {}),
      ...(m[3] !== undefined ? { digest: m[3] } : {}),
    },
  };
}

/** `TagNameOnly`: adds `:latest` when there is neither tag nor digest. */
export function withDefaultTag(ref: NamedReference): NamedReference {
  return ref.tag === undefined && ref.digest === undefined ? { ...ref, tag: DEFAULT_TAG } : ref;
}

/** `FamiliarName`: `hello-world`, `bob/app`, `localhost:5000/app`. */
export function familiarName(ref: NamedReference): string {
  if (ref.domain !== DEFAULT_DOMAIN) return `${ref.domain}/${ref.path}`;
  return ref.path.startsWith(OFFICIAL_REPO_PREFIX) ? ref.path.slice(OFFICIAL_REPO_PREFIX.length) : ref.path;
}

/** `FamiliarString`: `hello-world:latest`, `hello-world@sha256:…`. */
export function familiarString(ref: NamedReference): string {
  return (
    familiarName(ref) + (ref.tag !== undefined ? `:${ref.tag}` : '') + (ref.digest ? `@${ref.digest}` : '')
  );
}

/** The fully qualified form `docker pull` prints last: `docker.io/library/hello-world:latest`. */
export function fullString(ref: NamedReference): string {
  return (
    `${ref.domain}/${ref.path}` +
    (ref.tag !== undefined ? `:${ref.tag}` : '') +
    (ref.digest ? `@${ref.digest}` : '')
  );
}
