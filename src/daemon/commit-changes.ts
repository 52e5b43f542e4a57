/**
 * `docker commit -c`: Dockerfile instructions applied to the new image's config, as moby's
 * BuildFromConfig does. Only the instructions that change config are allowed (its
 * validCommitCommands); any other is refused with its wording: `run is not a valid change command`.
 */
import { normalize } from './fs/path';
import type { ImageConfig } from './types';

const VALID = new Set([
  'cmd',
  'entrypoint',
  'healthcheck',
  'env',
  'expose',
  'label',
  'onbuild',
  'stopsignal',
  'user',
  'volume',
  'workdir',
]);

/** The JSON (exec) form `["a", "b"]`, or undefined for the shell form. */
function execForm(rest: string): string[] | undefined {
  if (!rest.startsWith('[')) return undefined;
  try {
    const v: unknown = JSON.parse(rest);
    return Array.isArray(v) && v.every((e) => typeof e === 'string') ? v : undefined;
  } catch {
    return undefined;
  }
}

/** `k=v k2="v 2"` (or the old `k v`) into pairs, quotes removed. */
function pairs(rest: string): [string, string][] {
  if (!/^[^\s=]+=/.test(rest)) {
    const [k = '', ...v] = rest.split(/\s+/);
    return [[k, v.join(' ')]];
  }
  const out: [string, string][] = [];
  for (const m of rest.matchAll(/([^\s=]+)=("((?:[^"\\]|\\.)*)"|'([^']*)'|(\S*))/g)) {
    out.push([m[1] ?? '', (m[3] ?? m[4] ?? m[5] ?? '').replace(/\\(.)/g, '$1')]);
  }
  return out;
}

export type Changed = { readonly config: ImageConfig } | { readonly error: string };

export function applyChanges(config: ImageConfig, changes: readonly string[]): Changed {
  const parsed = changes
    .flatMap((c) => c.split('\n'))
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => {
      const m = /^(\S+)\s*(.*)$/.exec(l);
      return { op: (m?.[1] ?? '').toLowerCase(), rest: (m?.[2] ?? '').trim() };
    });
  // The whole set is checked before any is applied.
  const bad = parsed.find((p) => !VALID.has(p.op));
  if (bad) return { error: `${bad.op} is not a valid change command` };
  let c: ImageConfig = config;
  let cmdSet = false;
  for (const { op, rest } of parsed) {
    const argv = () => execForm(rest) ?? ['/bin/sh', '-c', rest];
    if (op === 'cmd') {
      c = { ...c, Cmd: argv() };
      cmdSet = true;
    } else if (op === 'entrypoint') {
      // A new ENTRYPOINT drops the inherited CMD unless this commit set one (dispatchEntrypoint).
      c = { ...c, Entrypoint: argv(), ...(cmdSet ? {} : { Cmd: null }) };
    } else if (op === 'env') {
      let env = [...c.Env];
      for (const [k, v] of pairs(rest)) env = [...env.filter((e) => e.split('=')[0] !== k), `${k}=${v}`];
      c = { ...c, Env: env };
    } else if (op === 'label') {
      c = { ...c, Labels: { ...(c.Labels ?? {}), ...Object.fromEntries(pairs(rest)) } };
    } else if (op === 'expose') {
      const ports = rest.split(/\s+/).map((p) => (p.includes('/') ? p : `${p}/tcp`));
      c = {
        ...c,
        ExposedPorts: { ...(c.ExposedPorts ?? {}), ...Object.fromEntries(ports.map((p) => [p, {}])) },
      };
    } else if (op === 'workdir') {
      c = { ...c, WorkingDir: normalize(c.WorkingDir || '/', rest) };
    } else if (op === 'user') {
      c = { ...c, User: rest };
    } else if (op === 'stopsignal') {
      c = { ...c, StopSignal: rest };
    } else if (op === 'volume') {
      const vols = execForm(rest) ?? rest.split(/\s+/);
      c = { ...c, Volumes: { ...(c.Volumes ?? {}), ...Object.fromEntries(vols.map((v) => [v, {}])) } };
    }
    // HEALTHCHECK and ONBUILD are accepted; the simulation keeps neither.
  }
  return { config: c };
}
