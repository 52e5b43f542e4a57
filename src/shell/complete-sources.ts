/**
 * Where Tab's candidates come from: sorted, duplicate-free word lists built from the daemon state,
 * the Hub catalog and the container programs, plus the prefix look-up over them.
 *
 * Every list is sorted once and kept in a WeakMap keyed on the record it was built from. The
 * daemon never mutates a record, it replaces it, so a list stays right for as long as its key
 * lives; a keystroke then costs a binary search and a copy of the matches, not a sort of 10,000
 * names. Container names, the list that grows to 10,000, are patched from the previous record's
 * list when a command changed only a few, so the first Tab after `docker run` skips the sort too.
 * Lists sort by UTF-16 code unit (the default `sort()`): deterministic, locale-free, and the
 * order the binary search relies on.
 *
 * No candidate is shell-quoted: container names (`[a-zA-Z0-9][a-zA-Z0-9_.-]*`), image references
 * and the binaries' paths never hold a character the shell would read differently.
 */
import type { ArgCompletion } from '../client/spec';
import { containerView } from '../daemon/exec';
import { normalize } from '../daemon/fs/path';
import { shortId } from '../daemon/step';
import type { Container, DaemonState } from '../daemon/types';
import { HUB_CATALOG } from '../registry/catalog';

/** The first index in `sorted` whose entry is not below `word`. */
function lowerBound(sorted: readonly string[], word: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The entries of `sorted` that start with `prefix`: a binary search, then a scan of the matches. */
export function withPrefix(sorted: readonly string[], prefix: string): string[] {
  const lo = lowerBound(sorted, prefix);
  let end = lo;
  while (end < sorted.length && (sorted[end] as string).startsWith(prefix)) end++;
  return sorted.slice(lo, end);
}

/** Sorted and duplicate-free: the shape every candidate list has. */
export function sortedUnique(words: Iterable<string>): string[] {
  return [...new Set(words)].sort();
}

/** Merges sorted, duplicate-free lists into one, in linear time. */
function merge(a: readonly string[], b: readonly string[]): string[] {
  if (a.length === 0) return b.slice();
  if (b.length === 0) return a.slice();
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && x < y)) {
      out.push(x as string);
      i++;
    } else if (x === undefined || y < x) {
      out.push(y);
      j++;
    } else {
      out.push(x);
      i++;
      j++;
    }
  }
  return out;
}

function memo<K extends object, V>(cache: WeakMap<K, V>, key: K, build: (key: K) => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = build(key);
    cache.set(key, value);
  }
  return value;
}

/** `repo:tag` → [repo, tag]; a registry port's colon (`localhost:5000/app`) is not a tag separator. */
function splitTag(ref: string): [string, string | undefined] {
  const colon = ref.lastIndexOf(':');
  return colon > ref.lastIndexOf('/') ? [ref.slice(0, colon), ref.slice(colon + 1)] : [ref, undefined];
}

/** Repositories, and each one's references as `repo:tag`, all sorted. */
interface RefIndex {
  readonly repos: readonly string[];
  readonly tags: ReadonlyMap<string, readonly string[]>;
}

function refIndex(refs: Iterable<string>): RefIndex {
  const tags = new Map<string, string[]>();
  for (const ref of refs) {
    const [repo, tag] = splitTag(ref);
    let list = tags.get(repo);
    if (!list) {
      list = [];
      tags.set(repo, list);
    }
    if (tag !== undefined) list.push(ref);
  }
  for (const [repo, list] of tags) tags.set(repo, sortedUnique(list));
  return { repos: [...tags.keys()].sort(), tags };
}

/** A repository name until the word has a tag colon, then that repository's `repo:tag`s. */
function refCandidates(indexes: readonly RefIndex[], prefix: string): string[] {
  const [repo, tag] = splitTag(prefix);
  let out: string[] = [];
  for (const index of indexes) {
    const list = tag === undefined ? index.repos : (index.tags.get(repo) ?? []);
    out = merge(out, withPrefix(list, prefix));
  }
  return out;
}

interface LocalImages {
  readonly refs: RefIndex;
  /** `repo:tag` references and 12-hex short ids together: what `rmi` accepts. */
  readonly refsAndIds: readonly string[];
}

const imageCache = new WeakMap<DaemonState['images'], LocalImages>();
function localImages(images: DaemonState['images']): LocalImages {
  return memo(imageCache, images, () => {
    const refs: string[] = [];
    const ids: string[] = [];
    for (const img of Object.values(images)) {
      refs.push(...img.RepoTags);
      ids.push(shortId(img.Id));
    }
    return { refs: refIndex(refs), refsAndIds: sortedUnique([...refs, ...ids]) };
  });
}

type Containers = DaemonState['containers'];

const nameCache = new WeakMap<Containers, readonly string[]>();
/**
 * The record whose names were listed last: the next record is most often it plus one command.
 * It pins one old record in memory, at most, and usually the current one.
 */
let lastListed: { readonly containers: Containers; readonly names: readonly string[] } | undefined;

/** Every container's name, running or not (`rm` takes both, as docker's own completion offers). */
function containerNames(containers: Containers): readonly string[] {
  return memo(nameCache, containers, (cs) => {
    const names =
      (lastListed && namesAfterChange(lastListed.containers, lastListed.names, cs)) ??
      Object.values(cs)
        .map((c) => c.Name)
        .sort();
    lastListed = { containers: cs, names };
    return names;
  });
}

/** Past this many changes, a splice each stops paying off against one sort. */
const PATCH_LIMIT = 64;

/**
 * The sorted names of `next`, patched from those of `prev` when only a few containers differ (a
 * `docker run` adds one, an `rm` drops one): a walk over 10,000 entries instead of a sort of them.
 * Undefined when too much changed, e.g. a state reloaded from storage with all-new objects.
 */
function namesAfterChange(
  prev: Containers,
  prevNames: readonly string[],
  next: Containers,
): string[] | undefined {
  const added: string[] = [];
  const removed: string[] = [];
  /** Ids in both records: the rest of `prev` is gone. */
  let kept = 0;
  for (const id in next) {
    const c = next[id] as Container;
    const old = prev[id];
    if (old !== undefined) {
      kept++;
      if (old === c || old.Name === c.Name) continue;
      removed.push(old.Name); // renamed
    }
    added.push(c.Name);
    if (added.length > PATCH_LIMIT) return undefined;
  }
  const gone = prevNames.length - kept;
  if (gone > PATCH_LIMIT) return undefined;
  if (gone > 0) {
    for (const id in prev) if (next[id] === undefined) removed.push((prev[id] as Container).Name);
  }
  const names = prevNames.slice();
  for (const name of removed) {
    const i = lowerBound(names, name);
    if (names[i] !== name) return undefined;
    names.splice(i, 1);
  }
  for (const name of added) names.splice(lowerBound(names, name), 0, name);
  return names;
}

/** Which containers a state-narrowed kind offers, by the status docker's bash completion filters on. */
const STATE_FILTERS = {
  'running-container': (c: Container) => c.State.Status === 'running',
  // `--filter status=created --filter status=exited`: what `start` can start.
  'stopped-container': (c: Container) => c.State.Status === 'created' || c.State.Status === 'exited',
  'paused-container': (c: Container) => c.State.Status === 'paused',
} as const;
type StateKind = keyof typeof STATE_FILTERS;

const byStateCache = new WeakMap<Containers, Map<StateKind, readonly string[]>>();
/** The sorted names of the containers in one state, memoized per record like the full list. */
function containerNamesIn(containers: Containers, kind: StateKind): readonly string[] {
  const perKind = memo(byStateCache, containers, () => new Map<StateKind, readonly string[]>());
  let names = perKind.get(kind);
  if (names === undefined) {
    const keep = STATE_FILTERS[kind];
    names = Object.values(containers)
      .filter(keep)
      .map((c) => c.Name)
      .sort();
    perKind.set(kind, names);
  }
  return names;
}

let catalog: RefIndex | undefined;
/** Docker Hub's repositories by the familiar name a learner types: `library/ubuntu` is `ubuntu`. */
function catalogRefs(): RefIndex {
  catalog ??= refIndex(
    Object.values(HUB_CATALOG).flatMap((repo) => {
      const name = repo.path.startsWith('library/') ? repo.path.slice('library/'.length) : repo.path;
      return [name, ...Object.keys(repo.tags).map((tag) => `${name}:${tag}`)];
    }),
  );
  return catalog;
}

/** What a positional argument of the given kind can be, filtered by the word typed so far. */
export function argCandidates(state: DaemonState, kind: ArgCompletion, prefix: string): string[] {
  switch (kind) {
    case 'container':
      return withPrefix(containerNames(state.containers), prefix);
    case 'running-container':
    case 'stopped-container':
    case 'paused-container':
      return withPrefix(containerNamesIn(state.containers, kind), prefix);
    case 'object':
      return merge(
        withPrefix(containerNames(state.containers), prefix),
        withPrefix(localImages(state.images).refsAndIds, prefix),
      );
    case 'image':
      return withPrefix(localImages(state.images).refsAndIds, prefix);
    case 'repository':
      return refCandidates([localImages(state.images).refs], prefix);
    case 'catalog':
      return refCandidates([catalogRefs()], prefix);
    case 'image-or-catalog':
      return refCandidates([localImages(state.images).refs, catalogRefs()], prefix);
  }
}

/** Commands the container's shell runs itself (container-shell.ts and daemon/proc/shell.ts). */
const CONTAINER_BUILTINS = ['cd', 'clear', 'exit', 'export', 'history', 'pwd'];

/**
 * A command word inside a container: a builtin or an executable in a $PATH directory of the
 * container's filesystem (so `curl` after `apt-get install curl`), sorted and unique.
 */
export function containerCommandCandidates(state: DaemonState, c: Container, prefix: string): string[] {
  const fs = containerView(state, c);
  const path = c.Config.Env.find((kv) => kv.startsWith('PATH='))?.slice(5) ?? '';
  const names = new Set(CONTAINER_BUILTINS);
  for (const dir of path.split(':').filter(Boolean)) {
    const d = fs.resolve(dir);
    if ('error' in d || d.entry.type !== 'dir') continue;
    for (const n of fs.list(d.path)) {
      if (!n.startsWith(prefix)) continue;
      const r = fs.resolve(`${d.path}/${n}`);
      if ('entry' in r && r.entry.type === 'file' && ((r.entry.mode ?? 0o644) & 0o111) !== 0) names.add(n);
    }
  }
  return withPrefix(sortedUnique(names), prefix);
}

/**
 * A path argument inside a container (`cat /etc/os-r`, `cd tm`): the entries of the directory
 * the word names so far, read from the container's filesystem, directories with a trailing `/`
 * as bash's filename completion shows them. Dot files only once the word starts with a dot.
 */
export function containerPathCandidates(
  state: DaemonState,
  c: Container,
  cwd: string,
  prefix: string,
): string[] {
  const slash = prefix.lastIndexOf('/');
  const dirPart = prefix.slice(0, slash + 1);
  const rest = prefix.slice(slash + 1);
  const fs = containerView(state, c);
  const dir = fs.resolve(normalize(cwd, dirPart || '.'));
  if ('error' in dir || dir.entry.type !== 'dir') return [];
  const base = dir.path === '/' ? '/' : `${dir.path}/`;
  return fs
    .list(dir.path)
    .filter((n) => n.startsWith(rest) && (rest.startsWith('.') || !n.startsWith('.')))
    .map((n) => {
      const r = fs.resolve(base + n);
      return `${dirPart}${n}${'entry' in r && r.entry.type === 'dir' ? '/' : ''}`;
    });
}
