/**
 * A bash-like lexer for one input line, keeping source positions for highlighting, Tab completion and
 * error carets. It does quote removal and parameter expansion (`$?`, `$VAR`, `${VAR}`) itself, so its
 * words are the argv a command receives, and it reports the two ways bash refuses a line: a syntax
 * error (printed, status 2) or an incomplete line (bash shows its `> ` prompt and reads on; the host
 * appends "\n" + the next line and lexes again).
 *
 * Redirections (`>`, `>>`, `<`, `2>`, `2>&1`, `&>`…) are tokens of their own, each followed by its
 * target word; splitCommands hangs them on their command.
 *
 * Not covered, reported as an error rather than misread: `&` jobs, subshells, here-documents and
 * command substitution. Not covered and left literal: globbing, `~`, `$'…'`, the special parameters other than
 * `$?` and `$0`–`$9` (`$$`, `$#`, `$-`…), history expansion. An unclosed `${` stays literal (bash would
 * read on for its `}`); a bad `${…}` fails the whole line where bash fails only that command.
 */

export interface Word {
  /** The word after quote removal and expansion: what the command receives. */
  value: string;
  /** Raw span in the input, end exclusive. Words split out of one expansion share its word's span. */
  start: number;
  end: number;
  /** Whether any part was quoted or backslash-escaped (`""` is an empty word only because of this). */
  quoted: boolean;
}

export type Operator = ';' | '&&' | '||' | '|';

/** `>` `>>` `<` as written; `>&`/`<&` duplicate a descriptor (`2>&1`); `&>`/`&>>` send 1 and 2 to a file. */
export type RedirOp = '>' | '>>' | '<' | '>&' | '<&' | '&>' | '&>>';

export type Token =
  | { kind: 'word'; word: Word }
  | { kind: 'op'; op: Operator; start: number; end: number }
  /** `fd`: the digits before it (`2>`), or null for the default (0 for `<`, 1 for `>`). */
  | { kind: 'redir'; op: RedirOp; fd: number | null; start: number; end: number };

/** Why the line needs more input: an open quote, a trailing `\`, or a trailing `&&`/`||`/`|`. */
export type Incomplete = 'single-quote' | 'double-quote' | 'backslash' | 'continuation';

export type LexResult =
  | { ok: true; tokens: Token[] }
  /** `tokens` ends with the unfinished word, if any, spanning to the end of the line. */
  | { ok: false; incomplete: Incomplete; tokens: Token[] }
  /** Bash wording, e.g. "bash: syntax error near unexpected token `;'". */
  | { ok: false; error: string };

export interface LexVars {
  /** `$?`: the previous line's exit status. */
  status: number;
  env?: Record<string, string>;
}

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Characters that end an unquoted word (bash metacharacters) besides blanks. */
const META = new Set([';', '&', '|', '<', '>', '(', ')', '\n']);

const syntaxError = (token: string) => ({
  ok: false as const,
  error: `bash: syntax error near unexpected token \`${token}'`,
});
const unsupported = (what: string) => ({
  ok: false as const,
  error: `dockyard: ${what} not supported in this shell`,
});

class Incompleteness {
  constructor(readonly kind: Incomplete) {}
}
class LexError {
  constructor(readonly message: string) {}
}

export function tokenize(line: string, vars: LexVars = { status: 0 }): LexResult {
  const tokens: Token[] = [];
  const env = vars.env ?? {};
  /** The word being built; null between words. */
  let word: Word | null = null;
  /** Whether a command has started since the last operator: an operator needs one before it. */
  let sawWord = false;
  /** A redirection waits for its target word. */
  let needTarget = false;
  /** The descriptor digits just read (`2` of `2>`), for the redirection that follows. */
  let pendingFd: number | null = null;
  let i = 0;

  const begin = (at: number): Word => {
    if (word === null) {
      word = { value: '', start: at, end: at, quoted: false };
      sawWord = true;
    }
    return word;
  };
  const finish = (end: number) => {
    // An unquoted expansion that came out empty is no word at all (`echo $UNSET x` has two args).
    if (word !== null && (word.value !== '' || word.quoted)) {
      tokens.push({ kind: 'word', word: { ...word, end } });
      needTarget = false;
    }
    word = null;
  };

  /** `$…` at `line[at] === '$'`: the value and where the text after it starts. */
  const expand = (at: number): { value: string; next: number } => {
    const c = line[at + 1];
    if (c === '?') return { value: String(vars.status), next: at + 2 };
    if (c === '(') throw new LexError('command substitution is');
    if (c === '{') {
      const close = line.indexOf('}', at + 2);
      if (close < 0) return { value: '$', next: at + 1 };
      const inner = line.slice(at + 2, close);
      if (inner === '?') return { value: String(vars.status), next: close + 1 };
      if (NAME.test(inner)) return { value: env[inner] ?? '', next: close + 1 };
      if (/^[0-9]$/.test(inner)) return { value: positional(inner), next: close + 1 };
      throw new LexError(`bash: \${${inner}}: bad substitution`);
    }
    if (c !== undefined && /[0-9]/.test(c)) return { value: positional(c), next: at + 2 };
    if (c !== undefined && NAME_START.test(c)) {
      let end = at + 2;
      while (end < line.length && NAME_CHAR.test(line[end] ?? '')) end++;
      return { value: env[line.slice(at + 1, end)] ?? '', next: end };
    }
    // `$` before anything else (space, quote, end) is a literal dollar.
    return { value: '$', next: at + 1 };
  };

  const pushOp = (op: Operator | ';;', start: number) => {
    // An operator with no command before it (line start, or right after another operator) and `;;`
    // outside `case` are what bash calls an unexpected token.
    if (op === ';;' || !sawWord || needTarget) throw new LexError(syntaxError(op).error);
    tokens.push({ kind: 'op', op, start, end: start + op.length });
    sawWord = false;
  };

  const partial = (): Token[] => {
    const w: Word | null = word;
    return w === null ? tokens : [...tokens, { kind: 'word', word: { ...w, end: line.length } }];
  };

  try {
    while (i < line.length) {
      const c = line[i] ?? '';
      if (c === ' ' || c === '\t') {
        finish(i);
        i++;
      } else if (c === '\n') {
        // The host joined a continuation line. After a command a newline ends it like `;`; after an
        // operator or on an empty line it is just a blank.
        finish(i);
        if (sawWord) pushOp(';', i);
        i++;
      } else if (c === '#' && word === null) {
        // A comment only at the start of a word (`a#b` is one word); it runs to the end of the line.
        const nl = line.indexOf('\n', i);
        i = nl < 0 ? line.length : nl;
      } else if (META.has(c)) {
        if (!fdWord(i)) finish(i);
        const two = line.slice(i, i + 2);
        if (two === '&&' || two === '||' || two === ';;') {
          pushOp(two, i);
          i += 2;
        } else if (c === ';' || c === '|') {
          pushOp(c, i);
          i++;
        } else if (c === '<' || c === '>' || line.startsWith('&>', i)) {
          i = redirection(i);
        } else if (c === '&') throw new LexError('background jobs (&) are');
        else throw new LexError('subshells are');
      } else if (c === "'") {
        const close = line.indexOf("'", i + 1);
        const w = begin(i);
        w.quoted = true;
        if (close < 0) {
          w.value += line.slice(i + 1);
          throw new Incompleteness('single-quote');
        }
        w.value += line.slice(i + 1, close);
        i = close + 1;
      } else if (c === '"') {
        i = doubleQuoted(i);
      } else if (c === '\\') {
        const next = line[i + 1];
        if (next === undefined) {
          begin(i);
          throw new Incompleteness('backslash');
        }
        // Backslash-newline is a line continuation: both vanish, even inside a word.
        if (next !== '\n') {
          const w = begin(i);
          w.value += next;
          w.quoted = true;
        }
        i += 2;
      } else if (c === '`') {
        throw new LexError('command substitution is');
      } else if (c === '$') {
        const start = i;
        const { value, next } = expand(i);
        i = next;
        // An unquoted expansion is split on blanks (IFS) into separate words.
        const fields = value.split(/[ \t\n]+/);
        begin(start).value += fields[0] ?? '';
        for (const field of fields.slice(1)) {
          finish(i);
          begin(start).value = field;
        }
      } else {
        begin(i).value += c;
        i++;
      }
    }
    finish(i);
    if (needTarget) throw new LexError(syntaxError('newline').error);
  } catch (e) {
    if (e instanceof Incompleteness) return { ok: false, incomplete: e.kind, tokens: partial() };
    if (e instanceof LexError) {
      return e.message.startsWith('bash: ') ? { ok: false, error: e.message } : unsupported(e.message);
    }
    throw e;
  }

  const last = tokens.at(-1);
  if (last?.kind === 'op' && last.op !== ';' && !sawWord)
    return { ok: false, incomplete: 'continuation', tokens };
  return { ok: true, tokens };

  /**
   * Digits right before `<`/`>` (`2>`) name the descriptor instead of being a word: drops that word
   * and remembers its number for the redirection. Whether it did.
   */
  function fdWord(at: number): boolean {
    const w: Word | null = word;
    const c = line[at];
    if (w === null || w.quoted || (c !== '<' && c !== '>') || !/^\d+$/.test(line.slice(w.start, at)))
      return false;
    pendingFd = Number(line.slice(w.start, at));
    word = null;
    return true;
  }

  /** A redirection operator at `at`; returns the index after it. */
  function redirection(at: number): number {
    if (needTarget) throw new LexError(syntaxError(line[at] === '&' ? '&' : (line[at] as string)).error);
    const three = line.slice(at, at + 3);
    const two = line.slice(at, at + 2);
    const op: RedirOp =
      three === '&>>'
        ? '&>>'
        : two === '&>' || two === '>>' || two === '>&' || two === '<&'
          ? (two as RedirOp)
          : (line[at] as RedirOp);
    tokens.push({ kind: 'redir', op, fd: pendingFd, start: at, end: at + op.length });
    pendingFd = null;
    sawWord = true;
    needTarget = true;
    return at + op.length;
  }

  /** Reads `"…"` from the opening quote at `open`; returns the index after the closing quote. */
  function doubleQuoted(open: number): number {
    const w = begin(open);
    w.quoted = true;
    let j = open + 1;
    while (j < line.length) {
      const c = line[j];
      if (c === '"') return j + 1;
      if (c === '\\') {
        const next = line[j + 1];
        // Inside double quotes a backslash escapes only $ ` " \ and newline; otherwise it stays.
        if (next === '\n') j += 2;
        else if (next !== undefined && '$`"\\'.includes(next)) {
          w.value += next;
          j += 2;
        } else {
          w.value += '\\';
          j++;
        }
      } else if (c === '$') {
        const { value, next } = expand(j);
        w.value += value;
        j = next;
      } else if (c === '`') {
        throw new LexError('command substitution is');
      } else {
        w.value += c;
        j++;
      }
    }
    throw new Incompleteness('double-quote');
  }
}

/** An interactive shell has no positional arguments: `$0` is the shell's name, the rest are empty. */
function positional(digit: string): string {
  return digit === '0' ? 'bash' : '';
}

/** A redirection of one command: descriptor `fd` goes to (or comes from) `target`. */
export interface Redirection {
  fd: number;
  op: RedirOp;
  target: Word;
}

/** One simple command and the operator that follows it (`null` for the last). */
export interface SimpleCommand {
  /** The argv words, redirection targets excluded. */
  words: Word[];
  redirs: Redirection[];
  op: Operator | null;
  /** Raw span of the command in the line (words and redirections), end exclusive. */
  start: number;
  end: number;
}

/**
 * Groups tokens into simple commands joined by operators: `a | b && c` gives `[a] |`, `[b] &&`, `[c]`.
 * A trailing `;` stays on its command; a command whose words all expanded to nothing has `words: []`.
 */
export function splitCommands(tokens: readonly Token[]): SimpleCommand[] {
  const commands: SimpleCommand[] = [];
  let words: Word[] = [];
  let redirs: Redirection[] = [];
  let start = -1;
  let end = -1;
  let pending: Extract<Token, { kind: 'redir' }> | null = null;
  const span = (s: number, e: number) => {
    if (start < 0) start = s;
    end = e;
  };
  for (const token of tokens) {
    if (token.kind === 'word') {
      span(token.word.start, token.word.end);
      if (pending) {
        redirs.push({
          fd: pending.fd ?? (pending.op.startsWith('<') ? 0 : 1),
          op: pending.op,
          target: token.word,
        });
        pending = null;
      } else words.push(token.word);
    } else if (token.kind === 'redir') {
      span(token.start, token.end);
      pending = token;
    } else {
      commands.push({ words, redirs, op: token.op, start: Math.max(start, 0), end: Math.max(end, 0) });
      words = [];
      redirs = [];
      start = end = -1;
    }
  }
  const last = tokens.at(-1);
  if (words.length > 0 || redirs.length > 0 || (last?.kind === 'op' && last.op !== ';'))
    commands.push({ words, redirs, op: null, start: Math.max(start, 0), end: Math.max(end, 0) });
  return commands;
}

/** Commands joined by `|` into pipelines, each with the list operator that follows it. */
export interface Pipeline {
  stages: SimpleCommand[];
  op: Exclude<Operator, '|'> | null;
}

export function splitPipelines(commands: readonly SimpleCommand[]): Pipeline[] {
  const out: Pipeline[] = [];
  let stages: SimpleCommand[] = [];
  for (const c of commands) {
    stages.push(c);
    if (c.op === '|') continue;
    out.push({ stages, op: c.op });
    stages = [];
  }
  if (stages.length > 0) out.push({ stages, op: null });
  return out;
}
