/**
 * bash's history expansion for an interactive line, before it is lexed: `!!` (the previous line),
 * `!n` (line n as `history` numbers it), `!-n` (n lines back), `!string` (the newest line starting
 * with it) and `!$` (the previous line's last word). Word designators (`!!:2`), `!?str?` and `^a^b`
 * are not covered.
 *
 * As in bash: single quotes and a backslash protect a `!`; double quotes do not; a `!` before a
 * blank, `=`, `(`, a closing `"` or the end of the line stays literal. A line that expanded is
 * printed before it runs (bash writes it to stderr) and enters history expanded. An event that does
 * not exist fails the whole line: `bash: !99: event not found`, nothing runs, nothing enters history,
 * and `$?` keeps its value (checked against bash 5.2).
 */
import { tokenize } from './tokenize';

export type Expansion =
  | { readonly ok: true; readonly line: string; readonly changed: boolean }
  | { readonly ok: false; readonly error: string };

/** Characters that end a `!string` event, as bash's `history_event_delimiter_chars` plus blanks. */
const EVENT_END = /[\s;&|<>():"]/;

export function expandHistory(line: string, history: readonly string[]): Expansion {
  let out = '';
  let changed = false;
  let inDouble = false;
  let i = 0;
  while (i < line.length) {
    const c = line[i] as string;
    if (c === "'" && !inDouble) {
      const close = line.indexOf("'", i + 1);
      const end = close < 0 ? line.length : close + 1;
      out += line.slice(i, end);
      i = end;
      continue;
    }
    if (c === '\\') {
      out += line.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (c === '"') inDouble = !inDouble;
    if (c !== '!') {
      out += c;
      i++;
      continue;
    }
    const next = line[i + 1];
    if (next === undefined || /[\s=(]/.test(next) || (inDouble && next === '"')) {
      out += c;
      i++;
      continue;
    }
    const event = readEvent(line, i);
    const text = resolve(event, history);
    if (text === null) return { ok: false, error: `bash: ${event}: event not found` };
    out += text;
    changed = true;
    i += event.length;
  }
  return { ok: true, line: out, changed };
}

/** The event as written, starting at the `!`: `!!`, `!$`, `!-3`, `!12` or `!prefix`. */
function readEvent(line: string, at: number): string {
  const rest = line.slice(at + 1);
  const number = /^-?\d+/.exec(rest);
  if (rest.startsWith('!') || rest.startsWith('$')) return line.slice(at, at + 2);
  if (number) return `!${number[0]}`;
  let end = 0;
  while (end < rest.length && !EVENT_END.test(rest[end] as string)) end++;
  return `!${rest.slice(0, Math.max(1, end))}`;
}

function resolve(event: string, history: readonly string[]): string | null {
  const spec = event.slice(1);
  if (spec === '!') return history.at(-1) ?? null;
  if (spec === '$') return lastWord(history.at(-1));
  if (/^-\d+$/.test(spec)) {
    const back = Number(spec.slice(1));
    return back > 0 ? (history[history.length - back] ?? null) : null;
  }
  if (/^\d+$/.test(spec)) {
    const n = Number(spec);
    return n > 0 ? (history[n - 1] ?? null) : null;
  }
  for (let j = history.length - 1; j >= 0; j--) {
    const entry = history[j] ?? '';
    if (entry.startsWith(spec)) return entry;
  }
  return null;
}

/** The last word of a line as it was typed (quotes kept), for `!$`. */
function lastWord(line: string | undefined): string | null {
  if (line === undefined) return null;
  const lexed = tokenize(line);
  const words = lexed.ok ? lexed.tokens : 'tokens' in lexed ? lexed.tokens : [];
  const last = words.at(-1);
  if (last)
    return line.slice(
      last.kind === 'word' ? last.word.start : last.start,
      last.kind === 'word' ? last.word.end : last.end,
    );
  return line.trim().split(/\s+/).at(-1) ?? null;
}
