/**
 * Ctrl-R: readline's reverse incremental search through history, with bash's prompt
 * `(reverse-i-search)`query': match` and `(failed reverse-i-search)`…` when nothing older matches.
 *
 * Keys while searching: text refines the query, Ctrl-R steps to an older match, Backspace shortens
 * the query, Ctrl-G gives up and brings the original line back, Escape keeps the match for editing.
 * Any other key (Enter, arrows, Ctrl-A/E…) keeps the match and then does its usual job, so Enter
 * runs the match, as in bash. Ctrl-C abandons the line as it does at the prompt.
 */
import type { Key } from './keys';
import type { LineEditorState } from './lineEditor';
import type { View } from './screen';

export interface ReverseSearch {
  readonly query: string;
  /** The history entry shown, or null before anything matched (the original line is shown). */
  readonly match: number | null;
  /** Where the query was found in the shown line, in UTF-16 units (what `lastIndexOf` gives). */
  readonly at: number;
  readonly failed: boolean;
  /** The line as it was when the search started, for Ctrl-G. */
  readonly original: LineEditorState;
}

export interface SearchStep {
  readonly state: LineEditorState;
  /** The search ended and `key` should now act on the line as a normal key. */
  readonly reapply?: boolean;
}

export function startSearch(s: LineEditorState): LineEditorState {
  return { ...s, search: { query: '', match: null, at: 0, failed: false, original: s } };
}

export function searchView(search: ReverseSearch, history: readonly string[]): View {
  const prompt = `(${search.failed ? 'failed ' : ''}reverse-i-search)\`${search.query}': `;
  const shown = search.match === null ? undefined : history[search.match];
  if (shown === undefined) {
    return { prompt, text: Array.from(search.original.buffer), cursor: search.original.cursor };
  }
  return { prompt, text: Array.from(shown), cursor: Array.from(shown.slice(0, search.at)).length };
}

export function searchKey(
  s: LineEditorState,
  search: ReverseSearch,
  key: Key,
  history: readonly string[],
): SearchStep {
  const found = (next: Partial<ReverseSearch>): SearchStep => ({
    state: { ...s, search: { ...search, ...next } },
  });
  if (key.kind === 'text') {
    // One character at a time, as typed: a failure keeps the last line that matched a shorter query.
    let next = search;
    for (const ch of Array.from(key.text)) {
      const query = next.query + ch;
      const hit = next.failed ? null : find(history, query, next.match ?? history.length - 1);
      next = { ...next, ...(hit ?? { query, failed: true }) };
    }
    return found(next);
  }
  if (key.kind === 'control') {
    switch (key.code) {
      case '\x12': {
        // Ctrl-R again: an earlier place in the same line, else an older line (never the same text twice).
        if (search.query === '' || search.failed || search.match === null) return found({});
        const current = history[search.match] ?? '';
        const sameLine = search.at > 0 ? current.lastIndexOf(search.query, search.at - 1) : -1;
        if (sameLine >= 0) return found({ at: sameLine });
        return found(find(history, search.query, search.match - 1, current) ?? { failed: true });
      }
      case '\x7f':
      case '\b': {
        if (search.query === '') return found({});
        const query = Array.from(search.query).slice(0, -1).join('');
        if (query === '') return found({ query, match: null, at: 0, failed: false });
        return found(find(history, query, history.length - 1) ?? { query, failed: true });
      }
      case '\x07': // Ctrl-G
        return { state: search.original };
      case '\x03': // Ctrl-C: the original line gets the ^C, as if the search had never started
        return { state: search.original, reapply: true };
    }
  }
  if (key.kind === 'escape' && key.seq === '\x1b') return { state: acceptSearch(s, search, history) };
  return { state: acceptSearch(s, search, history), reapply: true };
}

/**
 * The match becomes the line, with the cursor where the query was found; up and down then browse
 * from that point in history, as readline's do.
 */
function acceptSearch(
  s: LineEditorState,
  search: ReverseSearch,
  history: readonly string[],
): LineEditorState {
  const shown = search.match === null ? undefined : history[search.match];
  if (search.match === null || shown === undefined) return search.original;
  const o = search.original;
  return {
    ...s,
    search: null,
    buffer: shown,
    cursor: Array.from(shown.slice(0, search.at)).length,
    historyIndex: search.match,
    draft: o.historyIndex === null ? o.buffer : o.draft,
  };
}

/** The newest entry at or before `from` containing `query` (its last occurrence in that entry). */
function find(
  history: readonly string[],
  query: string,
  from: number,
  skip?: string,
): Pick<ReverseSearch, 'query' | 'match' | 'at' | 'failed'> | null {
  for (let i = Math.min(from, history.length - 1); i >= 0; i--) {
    const entry = history[i] ?? '';
    if (entry === skip) continue;
    const at = entry.lastIndexOf(query);
    if (at >= 0) return { query, match: i, at, failed: false };
  }
  return null;
}
