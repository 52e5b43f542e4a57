/**
 * Tab completion for the terminal: which words could stand where the cursor is. Everything about
 * docker comes from the command specs (paths, flags, `completes`), so a new command file brings its
 * own completion with it; nothing here names a docker command.
 *
 * Pure: the terminal's line editor decides what to do with the answer (one candidate completes it;
 * several complete their common prefix and a second Tab lists them, as bash does).
 */
import { COMMANDS, GROUPS } from '../client/commands/index';
import type { CommandSpec } from '../client/spec';
import { findContainer } from '../daemon/lookup';
import type { DaemonState } from '../daemon/types';
import { BUILTINS } from './builtins';
import {
  argCandidates,
  containerCommandCandidates,
  containerPathCandidates,
  sortedUnique,
  withPrefix,
} from './complete-sources';
import { HOST_TOOL_NAMES } from './host-tools';
import { tokenize } from './tokenize';
import type { Session } from './types';

/** Replace `line.slice(from, to)` with one of `candidates` (sorted, without duplicates). */
export interface Completion {
  from: number;
  to: number;
  candidates: string[];
}

/** The word under the cursor and the words of its command before it. */
interface Place {
  /** Raw span of the word: its quotes and backslashes included, its text after the cursor too. */
  readonly from: number;
  readonly to: number;
  /** The word's value (quotes removed) up to the cursor: what the candidates must start with. */
  readonly prefix: string;
  /** Values of the earlier words of the same simple command (after the last `;`, `&&`, `||`, `|`). */
  readonly before: readonly string[];
}

/** What the host shell runs by name: its builtins, `exit` (handled in run-line) and `docker`. */
const HOST_COMMANDS = sortedUnique([...Object.keys(BUILTINS), ...HOST_TOOL_NAMES, 'docker', 'exit']);

/** docker's global flags, which cli.ts reads by hand before looking for a command. */
const GLOBAL_FLAGS = sortedUnique(['--help', '-h', '--version', '-v']);

/** `docker <word>`: every one-word command path, the management groups, and `help`. */
const TOP_LEVEL = sortedUnique([
  ...COMMANDS.flatMap((spec) => spec.paths.filter((p) => p.length === 1).map((p) => p[0] as string)),
  ...GROUPS.map((g) => g.name),
  'help',
]);

/** Flag types a command line may repeat, which stay on offer after their first use. */
const REPEATABLE = new Set(['list', 'filter', 'map']);

export function complete(session: Session, line: string, cursor: number): Completion {
  const at = Number.isFinite(cursor) ? Math.max(0, Math.min(line.length, Math.trunc(cursor))) : line.length;
  const status = session.attached?.lastStatus ?? session.lastStatus;
  const place = findPlace(line, at, status);
  if (!place) return { from: at, to: at, candidates: [] };
  const { from, to, prefix, before } = place;
  const candidates = session.attached
    ? inContainer(session.daemon, session.attached, before, prefix)
    : onHost(session.daemon, before, prefix);
  return { from, to, candidates };
}

/**
 * Lexes the line up to the cursor, as readline hands bash the text before point: the last word is
 * the one being completed if it reaches the cursor, otherwise a new, empty word starts there. An
 * open quote or trailing `\` still yields the partial word; a syntax error before the cursor
 * (`>`, `&`) yields nothing, since the line cannot run as typed.
 */
function findPlace(line: string, cursor: number, status: number): Place | undefined {
  const lexed = tokenize(line.slice(0, cursor), { status });
  if (!('tokens' in lexed)) return undefined;
  const { tokens } = lexed;
  let first = tokens.length;
  while (first > 0 && tokens[first - 1]?.kind === 'word') first--;
  const words = tokens.slice(first).flatMap((t) => (t.kind === 'word' ? [t.word] : []));
  const last = words.at(-1);
  if (last === undefined || last.end !== cursor) {
    return { from: cursor, to: cursor, prefix: '', before: words.map((w) => w.value) };
  }
  return {
    from: last.start,
    to: wordEnd(line, last.start, cursor, status),
    prefix: last.value,
    before: words.slice(0, -1).map((w) => w.value),
  };
}

/** Where the word starting at `start` ends in the whole line (`docker r|un` replaces all of `run`). */
function wordEnd(line: string, start: number, cursor: number, status: number): number {
  if (cursor === line.length) return cursor;
  const lexed = tokenize(line, { status });
  if (!('tokens' in lexed)) return cursor;
  for (const t of lexed.tokens) {
    if (t.kind === 'word' && t.word.start === start) return Math.max(cursor, t.word.end);
  }
  return cursor;
}

function onHost(state: DaemonState, before: readonly string[], prefix: string): string[] {
  if (before.length === 0) return withPrefix(HOST_COMMANDS, prefix);
  // The host builtins take no arguments worth completing, and there is no host filesystem.
  if (before[0] !== 'docker') return [];
  return docker(state, before.slice(1), prefix);
}

/** After `docker`: walks the words as cli.ts does (global flag, group, command path, flags, args). */
function docker(state: DaemonState, args: readonly string[], prefix: string): string[] {
  const first = args[0];
  if (first === undefined) return withPrefix(prefix.startsWith('-') ? GLOBAL_FLAGS : TOP_LEVEL, prefix);
  // docker acts on a global flag (help, version) and ignores everything after it.
  if (first.startsWith('-')) return [];
  if (args.length === 1 && GROUPS.some((g) => g.name === first)) {
    return prefix.startsWith('-') ? withPrefix(['--help'], prefix) : subcommands(first, prefix);
  }
  const found = findCommand(args);
  if (!found) return [];
  return command(state, found.spec, args.slice(found.path.length), prefix);
}

/** The same search as cli.ts: the first spec one of whose paths begins the arguments. */
function findCommand(args: readonly string[]): { spec: CommandSpec; path: readonly string[] } | undefined {
  for (const spec of COMMANDS) {
    for (const path of spec.paths) {
      if (path.length <= args.length && path.every((w, i) => args[i] === w)) return { spec, path };
    }
  }
  return undefined;
}

/**
 * `docker image <word>`: each command's name in the group (the first such path in its spec); its
 * aliases (`list`, `remove`) only when no name matches, so `l` completes to `ls` rather than
 * stopping at the ambiguous `l`.
 */
function subcommands(group: string, prefix: string): string[] {
  const names: string[] = [];
  const aliases: string[] = [];
  for (const spec of COMMANDS) {
    const inGroup = spec.paths.filter((p) => p.length === 2 && p[0] === group).map((p) => p[1] as string);
    names.push(...inGroup.slice(0, 1));
    aliases.push(...inGroup.slice(1));
  }
  const byName = withPrefix(sortedUnique(names), prefix);
  return byName.length > 0 ? byName : withPrefix(sortedUnique(aliases), prefix);
}

interface FlagScan {
  /** Positional arguments before the cursor's word. */
  readonly positionals: number;
  /** After `--`, or after the first positional of a command that does not intersperse (`run IMAGE`). */
  readonly flagsDone: boolean;
  /** The previous word is a flag that takes the next word as its value (`--name |`, `-e |`). */
  readonly awaitingValue: boolean;
  /** Long names of the flags already given. */
  readonly given: ReadonlySet<string>;
}

/** Reads the words after the command path the way pflag would, as far as the cursor. */
function scanFlags(spec: CommandSpec, words: readonly string[]): FlagScan {
  let positionals = 0;
  let flagsDone = false;
  let awaitingValue = false;
  const given = new Set<string>();
  for (const w of words) {
    if (awaitingValue) awaitingValue = false;
    else if (flagsDone) positionals++;
    else if (w === '--') flagsDone = true;
    else if (w.startsWith('--')) {
      const eq = w.indexOf('=');
      const flag = spec.flags.find((f) => f.name === (eq < 0 ? w.slice(2) : w.slice(2, eq)));
      if (flag) {
        given.add(flag.name);
        awaitingValue = flag.type !== 'bool' && eq < 0;
      }
    } else if (w.length > 1 && w.startsWith('-')) {
      // Combined shorthands (`-it`, `-de`): a value flag takes the rest of the word, or the next word.
      for (let j = 1; j < w.length; j++) {
        const flag = spec.flags.find((f) => f.short === w[j]);
        if (!flag) break;
        given.add(flag.name);
        if (flag.type !== 'bool') {
          awaitingValue = j === w.length - 1;
          break;
        }
      }
    } else {
      positionals++;
      if (spec.interspersed === false) flagsDone = true;
    }
  }
  return { positionals, flagsDone, awaitingValue, given };
}

/** Whether a positional at this index is one the command's spec says Tab can complete. */
function completesArg(spec: CommandSpec, index: number): boolean {
  // Without interspersing, the words after the first positional belong to the container's command.
  if (spec.interspersed === false || spec.completesFirstOnly) return index === 0;
  switch (spec.args.kind) {
    case 'none':
      return false;
    case 'exact':
    case 'max':
      return index < spec.args.n;
    case 'range':
      return index < spec.args.min;
    case 'min':
    case 'any':
      return true;
  }
}

/**
 * The flags on offer, both spellings, filtered by prefix: `--` narrows to long names, a lone `-`
 * lists short and long, as docker's bash completion does. Hidden and deprecated flags stay hidden;
 * flags already given are dropped unless they repeat (cobra drops them too); `--help` is on every
 * command, as cobra adds it.
 */
function flagWords(spec: CommandSpec, given: ReadonlySet<string>): string[] {
  const words = spec.flags.some((f) => f.name === 'help') ? [] : ['--help'];
  for (const f of spec.flags) {
    if (f.hidden || f.deprecated) continue;
    if (given.has(f.name) && !REPEATABLE.has(f.type)) continue;
    words.push(`--${f.name}`);
    if (f.short && !f.shortDeprecated) words.push(`-${f.short}`);
  }
  return sortedUnique(words);
}

function command(state: DaemonState, spec: CommandSpec, words: readonly string[], prefix: string): string[] {
  const scan = scanFlags(spec, words);
  // A flag's value (`--name web`, `-e A=1`): no command has one worth suggesting yet.
  if (scan.awaitingValue) return [];
  if (!scan.flagsDone && prefix.startsWith('-')) {
    return prefix.includes('=') ? [] : withPrefix(flagWords(spec, scan.given), prefix);
  }
  if (spec.completes === undefined || !completesArg(spec, scan.positionals)) return [];
  return argCandidates(state, spec.completes, prefix);
}

/**
 * Inside `docker run -it ubuntu bash`: the first word is a builtin or a program on the image's
 * filesystem; later words are paths, listed from the container's own filesystem (its image's
 * layers under its writable layer), relative to the shell's working directory.
 */
function inContainer(
  state: DaemonState,
  attached: NonNullable<Session['attached']>,
  before: readonly string[],
  prefix: string,
): string[] {
  const c = findContainer(state, attached.containerId);
  if (!c) return [];
  const cwd = attached.cwd ?? (c.Config.WorkingDir || '/');
  // A command word with a slash is a path to run, completed as bash completes any path.
  if (before.length > 0 || prefix.includes('/')) return containerPathCandidates(state, c, cwd, prefix);
  return containerCommandCandidates(state, c, prefix);
}
