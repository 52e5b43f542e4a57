/**
 * The prompt's line editor: a pure state machine from key data (as xterm's `onData` delivers it) to
 * the bytes that redraw the line, with bash/readline's keys (emacs mode). No DOM and no xterm import,
 * so it runs in Node tests and could serve `npm run sim` too.
 *
 * Neighbours: keys.ts splits input into keys, screen.ts does the cursor arithmetic (and states the
 * invariant every output keeps), killRing.ts the words and kills, reverseSearch.ts Ctrl-R,
 * completion.ts Tab.
 */
import { BELL, type Completer, columns, tab } from './completion';
import { ESC, type Key, nextKey, PASTE_END, PASTE_START, stripControls } from './keys';
import { blankWordStart, recordKill, wordEnd, wordStart } from './killRing';
import { type ReverseSearch, searchKey, searchView, startSearch } from './reverseSearch';
import { CLEAR_SCREEN, cursorAndEnd, ERASE_BELOW, move, paint, toEnd, type View, viewChange } from './screen';

export type { Completer, Completion } from './completion';
export { visibleWidth } from './screen';

/** What the previous key did, for keys whose meaning depends on it (readline's "last command"). */
type LastKey = 'kill' | 'yank' | 'tab' | null;

export interface LineEditorState {
  /** The line being edited. */
  readonly buffer: string;
  /** Insertion point, in code points from the start of `buffer`. */
  readonly cursor: number;
  /** Which history entry is shown while browsing with the arrows; `null` when editing the draft. */
  readonly historyIndex: number | null;
  /** The unsubmitted line saved when browsing started, restored when browsing past the newest entry. */
  readonly draft: string;
  /** Killed text, newest last. It outlives the line: kill in one command, yank in the next. */
  readonly killRing: readonly string[];
  /** A kill right after a kill grows the same ring entry; a Tab right after a Tab lists. */
  readonly lastKey: LastKey;
  /** What the last Ctrl-Y or Alt-Y inserted (code points) and from which ring entry, for Alt-Y. */
  readonly yanked: { readonly from: number; readonly to: number; readonly entry: number } | null;
  /** Set while Ctrl-R searches; the screen then shows the search instead of the line. */
  readonly search: ReverseSearch | null;
}

/** What the editor needs to know about its surroundings, read afresh on every call. */
export interface LineEditorEnv {
  /** The prompt as written to the terminal; ANSI styling is allowed and takes no cells. */
  readonly prompt: string;
  /** Terminal width in cells. */
  readonly columns: number;
  /** Submitted lines of the shell that has the prompt, oldest first. */
  readonly history: readonly string[];
  /** Tab completion; without it Tab does nothing. */
  readonly complete?: Completer;
}

export type LineEditorAction =
  | { readonly type: 'submit'; readonly line: string }
  /** Ctrl-C: the line was abandoned; the host prints a new prompt and sets `$?` to 130. */
  | { readonly type: 'interrupt' }
  /** Ctrl-L: the screen was cleared and the line redrawn at the top. */
  | { readonly type: 'clear' }
  /** Ctrl-D on an empty line: end of input, which the shell that has the prompt decides about. */
  | { readonly type: 'eof' };

export interface FeedResult {
  readonly state: LineEditorState;
  /** Bytes to write to the terminal, in order. */
  readonly output: string;
  readonly action?: LineEditorAction;
  /**
   * Input not consumed yet: processing stops after an action so the host can run a submitted line
   * before the keys typed (or pasted) after it reach the next prompt.
   */
  readonly rest: string;
}

export const emptyLine: LineEditorState = {
  buffer: '',
  cursor: 0,
  historyIndex: null,
  draft: '',
  killRing: [],
  lastKey: null,
  yanked: null,
  search: null,
};

/** A new line for the next prompt; the kill ring carries over, as readline's does. */
export function nextLine(prev: LineEditorState): LineEditorState {
  return { ...emptyLine, killRing: prev.killRing };
}

/** Edits the line in response to `data`, stopping after the first action. */
export function feed(state: LineEditorState, data: string, env: LineEditorEnv): FeedResult {
  const cols = Math.max(1, env.columns);
  let current = state;
  let output = '';
  let i = 0;
  while (i < data.length) {
    const key = nextKey(data, i);
    i = key.end;
    const step = applyKey(current, key, env, cols);
    output += step.output;
    current = step.state;
    if (step.action) {
      let rest = data.slice(i);
      // A paste cut short by a newline keeps its brackets, so the rest still reads as pasted text.
      if (step.restOfPaste) rest = PASTE_START + step.restOfPaste + PASTE_END + rest;
      return { state: current, output, action: step.action, rest };
    }
  }
  return { state: current, output, rest: '' };
}

/** What is on screen for `state`: the line under the prompt, or the search under its own prompt. */
export function viewOf(state: LineEditorState, env: LineEditorEnv): View {
  if (state.search) return searchView(state.search, env.history);
  return { prompt: env.prompt, text: Array.from(state.buffer), cursor: state.cursor };
}

/** Prompt and line from scratch, on a cleared row at column 0 (a new prompt, after Ctrl-L or resize). */
export function redrawAll(state: LineEditorState, env: LineEditorEnv): string {
  return paint(viewOf(state, env), Math.max(1, env.columns));
}

/**
 * After the terminal changed width. xterm reflows every line except the one holding the cursor,
 * leaving it to the shell (as bash redraws on SIGWINCH): its rows keep the old layout, possibly cut
 * short. Climb to the prompt's row by the old arithmetic, erase, and draw again at the new width.
 * (xterm's `reflowCursorLine` option would reflow it, but misplaces the cursor column.)
 */
export function redrawAfterResize(state: LineEditorState, env: LineEditorEnv, oldColumns: number): string {
  const old = Math.max(1, oldColumns);
  const rows = Math.floor(cursorAndEnd(viewOf(state, env), old).cursor / old);
  return `${rows > 0 ? `${ESC}[${rows}A` : ''}\r${ERASE_BELOW}${redrawAll(state, env)}`;
}

interface Step {
  readonly state: LineEditorState;
  readonly output: string;
  readonly action?: LineEditorAction;
  /** Pasted text after the newline that submitted the line. */
  readonly restOfPaste?: string;
}

/**
 * One key. Handlers return the next state, and the bytes are whatever turns the old view into the
 * new one, unless the handler writes something else (a newline, `^C`, a completion list).
 */
function applyKey(s: LineEditorState, key: Key, env: LineEditorEnv, cols: number): Step {
  const before = viewOf(s, env);
  const settle = (next: Partial<Step> & { state: LineEditorState }): Step => ({
    ...next,
    output: next.output ?? viewChange(before, viewOf(next.state, env), cols),
  });
  if (s.search) {
    const found = searchKey(s, s.search, key, env.history);
    if (!found.reapply) return settle({ state: found.state });
    // The search is over: show the line it left, then let the key act on it.
    const ended = settle({ state: found.state });
    const then = applyKey(found.state, key, env, cols);
    return { ...then, output: ended.output + then.output };
  }
  // Any key but a kill, yank or Tab breaks the chain those keys look back on. (`yanked` is only
  // read right after a yank, so it may stay stale.)
  const fresh: LineEditorState = { ...s, lastKey: null };
  const next = lineKey(fresh, s.lastKey, key, env, cols);
  return settle(next);
}

type Handled = Partial<Step> & { state: LineEditorState };

function lineKey(s: LineEditorState, last: LastKey, key: Key, env: LineEditorEnv, cols: number): Handled {
  const chars = Array.from(s.buffer);
  switch (key.kind) {
    case 'text':
      return { state: insert(s, chars, key.text) };
    case 'paste': {
      // Pasted text is never read as keys; a newline inside it is Enter, so a pasted block of
      // commands runs one by one, as it would in a terminal. Tabs are just whitespace to the shell.
      const text = key.text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
      const newline = text.indexOf('\n');
      const typed = insert(s, chars, stripControls(newline === -1 ? text : text.slice(0, newline)));
      if (newline === -1) return { state: typed };
      const shown = viewChange(viewOf(s, env), viewOf(typed, env), cols);
      const submitted = submit(typed, env, cols);
      return { ...submitted, output: shown + submitted.output, restOfPaste: text.slice(newline + 1) };
    }
    case 'control':
      return controlKey(s, last, key.code, chars, env, cols);
    case 'escape':
      return escapeKey(s, last, key.seq, chars, env);
  }
}

function controlKey(
  s: LineEditorState,
  last: LastKey,
  code: string,
  chars: string[],
  env: LineEditorEnv,
  cols: number,
): Handled {
  switch (code) {
    case '\r':
    case '\n':
      return submit(s, env, cols);
    case '\x7f': // Backspace
    case '\b': // Ctrl-H
      if (s.cursor === 0) return { state: s };
      return { state: edit(s, [...chars.slice(0, s.cursor - 1), ...chars.slice(s.cursor)], s.cursor - 1) };
    case '\x04':
      // Ctrl-D: end of input on an empty line (the host decides what that means), else delete-char.
      if (chars.length === 0) return { state: s, output: '', action: { type: 'eof' } };
      return { state: deleteForward(s, chars) };
    case '\x01': // Ctrl-A
      return { state: { ...s, cursor: 0 } };
    case '\x05': // Ctrl-E
      return { state: { ...s, cursor: chars.length } };
    case '\x02': // Ctrl-B
      return { state: { ...s, cursor: Math.max(0, s.cursor - 1) } };
    case '\x06': // Ctrl-F
      return { state: { ...s, cursor: Math.min(chars.length, s.cursor + 1) } };
    case '\x0b': // Ctrl-K: kill to the end of the line
      return { state: kill(s, last, chars, s.cursor, chars.length) };
    case '\x15': // Ctrl-U: kill to the start of the line
      return { state: kill(s, last, chars, 0, s.cursor) };
    case '\x17': // Ctrl-W: kill the blank-delimited word before the cursor
      return { state: kill(s, last, chars, blankWordStart(chars, s.cursor), s.cursor) };
    case '\x19': // Ctrl-Y
      return { state: yank(s, chars, s.killRing.length - 1) };
    case '\x12': // Ctrl-R
      return { state: startSearch(s) };
    case '\t':
      return complete(s, last, env, cols);
    case '\x03': {
      // Ctrl-C: show `^C` after the line, as bash does, and start over on the next row.
      return {
        state: nextLine(s),
        output: `${toEnd(viewOf(s, env), cols)}^C\r\n`,
        action: { type: 'interrupt' },
      };
    }
    case '\x0c': // Ctrl-L
      return { state: s, output: CLEAR_SCREEN + redrawAll(s, env), action: { type: 'clear' } };
    default:
      return { state: s };
  }
}

function escapeKey(
  s: LineEditorState,
  last: LastKey,
  seq: string,
  chars: string[],
  env: LineEditorEnv,
): Handled {
  switch (seq) {
    case `${ESC}[D`:
    case `${ESC}OD`:
      return { state: { ...s, cursor: Math.max(0, s.cursor - 1) } };
    case `${ESC}[C`:
    case `${ESC}OC`:
      return { state: { ...s, cursor: Math.min(chars.length, s.cursor + 1) } };
    case `${ESC}[H`:
    case `${ESC}OH`:
    case `${ESC}[1~`:
      return { state: { ...s, cursor: 0 } };
    case `${ESC}[F`:
    case `${ESC}OF`:
    case `${ESC}[4~`:
      return { state: { ...s, cursor: chars.length } };
    case `${ESC}[3~`:
      return { state: deleteForward(s, chars) };
    case `${ESC}[A`:
    case `${ESC}OA`:
      return { state: browse(s, -1, env) };
    case `${ESC}[B`:
    case `${ESC}OB`:
      return { state: browse(s, 1, env) };
    case `${ESC}b`: // Alt-B
      return { state: { ...s, cursor: wordStart(chars, s.cursor) } };
    case `${ESC}f`: // Alt-F
      return { state: { ...s, cursor: wordEnd(chars, s.cursor) } };
    case `${ESC}d`: // Alt-D: kill to the end of the word
      return { state: kill(s, last, chars, s.cursor, wordEnd(chars, s.cursor)) };
    case `${ESC}\x7f`: // Alt-Backspace: kill to the start of the word
      return { state: kill(s, last, chars, wordStart(chars, s.cursor), s.cursor) };
    case `${ESC}y`: {
      // Alt-Y, only right after a yank: swap the yanked text for the next older kill.
      const y = s.yanked;
      if (last !== 'yank' || !y || s.killRing.length === 0) return { state: s };
      const entry = (y.entry - 1 + s.killRing.length) % s.killRing.length;
      const without = [...chars.slice(0, y.from), ...chars.slice(y.to)];
      return { state: yank({ ...s, buffer: without.join(''), cursor: y.from }, without, entry) };
    }
    default:
      // Function keys, other Alt+letters, a lone Escape: nothing to do, and nothing leaks into the line.
      return { state: s };
  }
}

function edit(s: LineEditorState, buffer: readonly string[], cursor: number): LineEditorState {
  return { ...s, buffer: buffer.join(''), cursor };
}

function insert(s: LineEditorState, chars: readonly string[], text: string): LineEditorState {
  const add = Array.from(text);
  return edit(s, [...chars.slice(0, s.cursor), ...add, ...chars.slice(s.cursor)], s.cursor + add.length);
}

function deleteForward(s: LineEditorState, chars: readonly string[]): LineEditorState {
  if (s.cursor >= chars.length) return s;
  return edit(s, [...chars.slice(0, s.cursor), ...chars.slice(s.cursor + 1)], s.cursor);
}

/** Removes `[from, to)` into the kill ring; the cursor ends where the text was. */
function kill(
  s: LineEditorState,
  last: LastKey,
  chars: readonly string[],
  from: number,
  to: number,
): LineEditorState {
  const text = chars.slice(from, to).join('');
  // Backward kills end at the cursor (Ctrl-U, Ctrl-W), forward ones start there (Ctrl-K, Alt-D).
  const direction = from < s.cursor ? 'backward' : 'forward';
  return {
    ...edit(s, [...chars.slice(0, from), ...chars.slice(to)], from),
    killRing: recordKill(s.killRing, text, direction, last === 'kill'),
    lastKey: 'kill',
  };
}

/** Inserts ring entry `entry` at the cursor (Ctrl-Y: the newest). An empty ring yanks nothing. */
function yank(s: LineEditorState, chars: readonly string[], entry: number): LineEditorState {
  const text = s.killRing[entry];
  if (text === undefined) return s;
  const next = insert(s, chars, text);
  return { ...next, lastKey: 'yank', yanked: { from: s.cursor, to: next.cursor, entry } };
}

/** Up (-1) or down (+1) through history; past the newest entry the saved draft comes back. */
function browse(s: LineEditorState, direction: -1 | 1, env: LineEditorEnv): LineEditorState {
  const count = env.history.length;
  const from = s.historyIndex ?? count;
  const to = Math.min(count, Math.max(0, from + direction));
  if (to === from) return s;
  const draft = s.historyIndex === null ? s.buffer : s.draft;
  const text = to === count ? draft : (env.history[to] ?? '');
  return {
    ...s,
    buffer: text,
    cursor: Array.from(text).length,
    historyIndex: to === count ? null : to,
    draft,
  };
}

function complete(s: LineEditorState, last: LastKey, env: LineEditorEnv, cols: number): Handled {
  if (!env.complete) return { state: s };
  const outcome = tab(env.complete, s.buffer, s.cursor, last === 'tab');
  const state: LineEditorState = { ...s, lastKey: 'tab' };
  switch (outcome.kind) {
    case 'bell':
      return { state, output: BELL };
    case 'replace': {
      const next = { ...state, buffer: outcome.buffer, cursor: outcome.cursor };
      const shown = viewChange(viewOf(s, env), viewOf(next, env), cols);
      return { state: next, output: shown + (outcome.bell ? BELL : '') };
    }
    case 'list': {
      // Below the whole line, then the prompt and line again with the cursor where it was.
      const list = columns(outcome.candidates, cols).join('\r\n');
      return { state, output: `${toEnd(viewOf(s, env), cols)}\r\n${list}\r\n${redrawAll(state, env)}` };
    }
  }
}

function submit(s: LineEditorState, env: LineEditorEnv, cols: number): Handled {
  const { cursor, end } = cursorAndEnd(viewOf(s, env), cols);
  // Output goes on the next row. If the line exactly filled its last row, the cursor already waits at
  // column 0 of the next one: erase there instead of adding a blank row.
  const newline = end % cols === 0 ? ERASE_BELOW : '\r\n';
  return {
    state: nextLine(s),
    output: move(cursor, end, cols) + newline,
    action: { type: 'submit', line: s.buffer },
  };
}
