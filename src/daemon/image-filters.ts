/**
 * `GET /images/json?filters=…`: moby's image list filters for the keys a learner uses, dangling
 * and reference. Values of one key are ORed, different keys ANDed, as filters.Args does.
 */
import type { ImageSummary } from './api';
import type { ListFilters } from './container-filters';

/** The keys moby's image list accepts (daemon/images acceptedImageFilterTags). */
const ACCEPTED = new Set(['dangling', 'label', 'before', 'since', 'reference', 'until']);
const SIMULATED = new Set(['dangling', 'reference', 'label']);

/**
 * Go's path.Match as a regular expression: `*` and `?` stop at `/`, `[...]` and `[^...]` are
 * classes, `\` escapes. Undefined for a pattern path.Match calls malformed.
 */
function globRegExp(pattern: string): RegExp | undefined {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else if (ch === '\\') {
      const next = pattern[++i];
      if (next === undefined) return undefined;
      re += next.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
    } else if (ch === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) return undefined;
      let body = pattern.slice(i + 1, end);
      const negated = body.startsWith('^');
      if (negated) body = body.slice(1);
      re += `[${negated ? '^' : ''}${body.replace(/[\\\]]/g, '\\$&')}]`;
      i = end;
    } else re += ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** reference.FamiliarMatch: the pattern against `name:tag` (or `name@digest`), then the name alone. */
function familiarMatch(pattern: RegExp, ref: string): boolean {
  if (pattern.test(ref)) return true;
  const at = ref.indexOf('@');
  const colon = ref.lastIndexOf(':');
  const name = at >= 0 ? ref.slice(0, at) : colon > ref.lastIndexOf('/') ? ref.slice(0, colon) : ref;
  return pattern.test(name);
}

/** filters.Args.GetBoolOrDefault: one value, `true`/`1` or `false`/`0` in any case. */
export function boolFilter(key: string, values: readonly string[]): boolean | { readonly error: string } {
  const v = values.length === 1 ? (values[0] as string).toLowerCase() : '';
  if (v === 'true' || v === '1') return true;
  if (v === 'false' || v === '0') return false;
  return { error: `invalid filter '${key}=${values.join(',')}'` };
}

export function filterImages(
  images: readonly ImageSummary[],
  filters: ListFilters,
): readonly ImageSummary[] | { readonly error: string } {
  for (const key of Object.keys(filters)) {
    if (!ACCEPTED.has(key)) return { error: `invalid filter '${key}'` };
    if (!SIMULATED.has(key)) return { error: `filter '${key}' is not simulated in this playground yet` };
  }
  let dangling: boolean | undefined;
  if (filters.dangling !== undefined && filters.dangling.length > 0) {
    const b = boolFilter('dangling', filters.dangling);
    if (typeof b !== 'boolean') return b;
    dangling = b;
  }
  const patterns: RegExp[] = [];
  for (const p of filters.reference ?? []) {
    const re = globRegExp(p);
    if (!re) return { error: 'syntax error in pattern' };
    patterns.push(re);
  }
  const out: ImageSummary[] = [];
  for (const img of images) {
    const isDangling = img.RepoTags.length === 0;
    if (dangling !== undefined && dangling !== isDangling) continue;
    // No image carries labels in the simulation, so a label filter keeps none.
    if (filters.label !== undefined && filters.label.length > 0) continue;
    if (patterns.length === 0) {
      out.push(img);
      continue;
    }
    // Only the references that match are listed; an image with none is left out.
    const keep = (ref: string) => patterns.some((re) => familiarMatch(re, ref));
    const tags = img.RepoTags.filter(keep);
    const digests = img.RepoDigests.filter(keep);
    if (tags.length === 0 && digests.length === 0) continue;
    out.push({ ...img, RepoTags: tags, RepoDigests: digests });
  }
  return out;
}
