/**
 * Tab, as readline does it. The editor knows nothing of docker: a completer (src/shell/complete.ts,
 * driven by the command specs) says which span of the line to replace and with what.
 *
 * - one candidate: it replaces the span, plus a space unless it ends in `/` (a directory, where
 *   the next Tab goes on inside it);
 * - several: their longest common prefix replaces the span and the bell rings; a second Tab in a
 *   row lists them below the line in columns, then the prompt and line come back;
 * - none: the bell.
 */

/** The span `[from, to)` of `line` (UTF-16 offsets, as JavaScript strings count) and what may replace it. */
export interface Completion {
  readonly from: number;
  readonly to: number;
  readonly candidates: readonly string[];
}

export type Completer = (line: string, cursor: number) => Completion;

export const BELL = '\x07';

export type TabOutcome =
  | { readonly kind: 'replace'; readonly buffer: string; readonly cursor: number; readonly bell: boolean }
  | { readonly kind: 'list'; readonly candidates: readonly string[] }
  | { readonly kind: 'bell' };

/**
 * What one Tab does to `buffer` with the cursor at `cursor` (code points). `again`: the previous
 * key was a Tab too.
 */
export function tab(complete: Completer, buffer: string, cursor: number, again: boolean): TabOutcome {
  const chars = Array.from(buffer);
  const at = chars.slice(0, cursor).join('').length;
  const { from, to, candidates } = complete(buffer, at);
  const unique = [...new Set(candidates)];
  const first = unique[0];
  if (first === undefined || from < 0 || to < from || to > buffer.length) return { kind: 'bell' };
  const replace = (text: string, bell: boolean): TabOutcome => {
    const next = buffer.slice(0, from) + text + buffer.slice(to);
    return { kind: 'replace', buffer: next, cursor: Array.from(buffer.slice(0, from) + text).length, bell };
  };
  if (unique.length === 1) return replace(first.endsWith('/') ? first : `${first} `, false);
  if (again) return { kind: 'list', candidates: unique };
  const prefix = commonPrefix(unique);
  if (prefix.length > to - from && prefix.startsWith(buffer.slice(from, to))) return replace(prefix, true);
  return { kind: 'bell' };
}

function commonPrefix(words: readonly string[]): string {
  let prefix = words[0] ?? '';
  for (const w of words) while (!w.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

/**
 * Candidates in columns, sorted down each column then across, the way readline lays them out: each
 * column as wide as the longest candidate plus two spaces, as many columns as fit.
 */
export function columns(candidates: readonly string[], width: number): string[] {
  const sorted = [...candidates].sort();
  const cell = Math.max(...sorted.map((c) => Array.from(c).length)) + 2;
  let across = Math.floor(width / cell);
  // readline leaves the last column free when the cells fill the row exactly, avoiding a wrap.
  if (across !== 1 && across * cell === width) across--;
  across = Math.max(1, across);
  const down = Math.ceil(sorted.length / across);
  const rows: string[] = [];
  for (let r = 0; r < down; r++) {
    let row = '';
    for (let c = 0; c < across; c++) {
      const item = sorted[r + c * down];
      if (item === undefined) break;
      const last = sorted[r + (c + 1) * down] === undefined;
      row += last ? item : item.padEnd(cell);
    }
    rows.push(row);
  }
  return rows;
}
