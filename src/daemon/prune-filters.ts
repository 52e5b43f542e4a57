/**
 * The filters `docker container prune`, `image prune` and `system prune` take (moby daemon/prune.go
 * and images/image_prune.go): `until` (a duration before now, a unix time or a date: only what was
 * created before it goes) and `label`/`label!` (`key` or `key=value`, every one required /
 * none allowed). Any other key is refused in moby's words.
 */
import type { ListFilters } from './container-filters';

export interface PruneFilter {
  /** Epoch ms: only objects created before it are pruned. */
  readonly until?: number;
  readonly labels: readonly string[];
  readonly notLabels: readonly string[];
}

/** Go's time.ParseDuration for the usual forms (`24h`, `1h30m`, `90s`, `1.5h`), in ms. */
function parseDuration(v: string): number | undefined {
  if (!/^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/.test(v)) return undefined;
  const unit: Record<string, number> = {
    ns: 1e-6,
    us: 1e-3,
    µs: 1e-3,
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000,
  };
  let total = 0;
  for (const m of v.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g))
    total += Number(m[1]) * (unit[m[2] ?? 's'] ?? 0);
  return total;
}

/** timetypes.GetTimestamp, as epoch ms. */
function timestamp(v: string, now: number): number | { readonly error: string } {
  const d = parseDuration(v);
  if (d !== undefined && v !== '0') return now - d;
  if (/^\d+(\.\d+)?$/.test(v)) return Number(v) * 1000;
  // Dates without a zone are the daemon's local time, which is UTC here.
  const iso = /^\d{4}-\d{2}-\d{2}(T\d{2}(:\d{2}(:\d{2}(\.\d+)?)?)?)?$/.test(v) ? `${v}Z` : v;
  const t = v.includes('-') ? Date.parse(iso.length === 11 ? `${v}T00:00:00Z` : iso) : Number.NaN;
  if (!Number.isNaN(t)) return t;
  return { error: `failed to parse value as time or duration: "${v}"` };
}

export function pruneFilter(
  filters: ListFilters | undefined,
  accepted: ReadonlySet<string>,
  now: number,
): PruneFilter | { readonly error: string } {
  const f = filters ?? {};
  for (const key of Object.keys(f)) if (!accepted.has(key)) return { error: `invalid filter '${key}'` };
  const until = f.until ?? [];
  if (until.length > 1) return { error: 'more than one until filter specified' };
  let at: number | undefined;
  if (until[0] !== undefined) {
    const t = timestamp(until[0], now);
    if (typeof t !== 'number') return t;
    at = t;
  }
  return { ...(at !== undefined ? { until: at } : {}), labels: f.label ?? [], notLabels: f['label!'] ?? [] };
}

/** filters.Args.MatchKVList: every `key` or `key=value` is among the labels. */
function matchAll(wanted: readonly string[], labels: Readonly<Record<string, string>>): boolean {
  return wanted.every((w) => {
    const eq = w.indexOf('=');
    const key = eq < 0 ? w : w.slice(0, eq);
    if (!Object.hasOwn(labels, key)) return false;
    return eq < 0 || labels[key] === w.slice(eq + 1);
  });
}

/** Whether an object created at `created` (epoch ms) with these labels may be pruned. */
export function prunable(f: PruneFilter, created: number, labels: Readonly<Record<string, string>>): boolean {
  if (f.until !== undefined && created >= f.until) return false;
  if (f.labels.length > 0 && (Object.keys(labels).length === 0 || !matchAll(f.labels, labels))) return false;
  if (f.notLabels.length > 0 && Object.keys(labels).length > 0 && matchAll(f.notLabels, labels)) return false;
  return true;
}
