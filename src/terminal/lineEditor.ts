/**
 * The prompt's line editor: a pure state machine from key data (as xterm's `onData` delivers it) to
 * the bytes that redraw the line. No DOM and no xterm import, so it runs in Node tests and could
 * serve `npm run sim` too.
 *
 * Screen model: the prompt starts at column 0 (the host makes sure of that) and the line may wrap
 * over several rows. Every position is an offset from the prompt's first cell, so a row is
 * `offset / columns` and a column `offset % columns`. One cell per code point: wide characters
 * (CJK, emoji) would misplace the cursor, an accepted limit for a Docker command line.
 *
 * Invariant between calls: the terminal cursor sits exactly on `prompt + cursor`, never in the
 * "pending wrap" state a terminal enters after printing into its last column. Relative cursor moves
 * misbehave in that state (xterm clamps the column first, so `ESC[1D` lands one cell short).
 */

export interface LineEditorState {
  /** The line being edited. */
  readonly buffer: string;
  /** Insertion point, in code points from the start of `buffer`. */
  readonly cursor: number;
  /** Which history entry is shown while browsing with the arrows; `null` when editing the draft. */
  readonly historyIndex: number | null;
  /** The unsubmitted line saved when browsing started, restored when browsing past the newest entry. */
  readonly draft: string;
}

/** What the editor needs to know about its surroundings, read afresh on every call. */
export interface LineEditorEnv {
  /** The prompt as written to the terminal; ANSI styling is allowed and takes no cells. */
  readonly prompt: string;
  /** Terminal width in cells. */
  readonly columns: number;
  /** Submitted lines, oldest first. */
  readonly history: readonly string[];
}

export type LineEditorAction =
  | { readonly type: 'submit'; readonly line: string }
  /** Ctrl-C: the line was abandoned; the host prints a new prompt and sets `$?` to 130. */
  | { readonly type: 'interrupt' }
  /** Ctrl-L: the screen was cleared and the line redrawn at the top. */
  | { readonly type: 'clear' };

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

export const emptyLine: LineEditorState = { buffer: '', cursor: 0, historyIndex: null, draft: '' };

const ESC = '\x1b';
const PASTE_START = `${ESC}[200~`;
const PASTE_END = `${ESC}[201~`;
const CLEAR_SCREEN = `${ESC}[H${ESC}[2J`;
/**
 * Erase from the cursor to the end of the screen. At column 0 xterm also drops the row's "wrapped"
 * flag, cutting it off from the line above; so the line editor erases only from a column > 0 (or
 * from the pending-wrap state) and leaves column 0 to the submit, where cutting off is the point.
 * xterm reflows a wrapped line on resize only as a whole, so a row cut off by mistake is left
 * behind as a ghost copy when the window narrows.
 */
const ERASE_BELOW = `${ESC}[J`;

/** Edits the line in response to `data`, stopping after the first action. */
export function feed(state: LineEditorState, data: string, env: LineEditorEnv): FeedResult {
  const promptWidth = visibleWidth(env.prompt);
  const cols = Math.max(1, env.columns);
  let current = state;
  let output = '';
  let i = 0;
  while (i < data.length) {
    const key = nextKey(data, i);
    i = key.end;
    const step = applyKey(current, key, env, promptWidth, cols);
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

/** Prompt and line from scratch, on a cleared row at column 0 (a new prompt, after Ctrl-L or resize). */
export function redrawAll(state: LineEditorState, env: LineEditorEnv): string {
  const promptWidth = visibleWidth(env.prompt);
  const cols = Math.max(1, env.columns);
  const chars = Array.from(state.buffer);
  const end = promptWidth + chars.length;
  return (
    env.prompt +
    state.buffer +
    leavePendingWrap(end, cols, true) +
    move(end, promptWidth + state.cursor, cols)
  );
}

/**
 * After the terminal changed width. xterm reflows every line except the one holding the cursor,
 * leaving it to the shell (as bash redraws on SIGWINCH): its rows keep the old layout, possibly cut
 * short. Climb to the prompt's row by the old arithmetic, erase, and draw again at the new width.
 * (xterm's `reflowCursorLine` option would reflow it, but misplaces the cursor column.)
 */
export function redrawAfterResize(state: LineEditorState, env: LineEditorEnv, oldColumns: number): string {
  const rows = Math.floor((visibleWidth(env.prompt) + state.cursor) / Math.max(1, oldColumns));
  return `${rows > 0 ? `${ESC}[${rows}A` : ''}\r${ERASE_BELOW}${redrawAll(state, env)}`;
}

/** Visible cells of a string: ANSI escape sequences take none. */
export function visibleWidth(text: string): number {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching escape sequences is the point
  return Array.from(text.replace(/\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(\x07|\x1b\\)|\x1b./g, ''))
    .length;
}

type Key =
  | { readonly kind: 'text'; readonly text: string; readonly end: number }
  | { readonly kind: 'paste'; readonly text: string; readonly end: number }
  | { readonly kind: 'control'; readonly code: string; readonly end: number }
  | { readonly kind: 'escape'; readonly seq: string; readonly end: number };

/** Splits off the next key: an escape sequence, a control character, a paste, or a run of text. */
function nextKey(data: string, start: number): Key {
  if (data.startsWith(PASTE_START, start)) {
    const from = start + PASTE_START.length;
    const close = data.indexOf(PASTE_END, from);
    const stop = close === -1 ? data.length : close;
    const end = close === -1 ? data.length : close + PASTE_END.length;
    return { kind: 'paste', text: data.slice(from, stop), end };
  }
  const ch = data[start] as string;
  if (ch === ESC) {
    // CSI: ESC [ parameters intermediates final; SS3: ESC O x; otherwise Alt+key (or a lone Escape).
    // biome-ignore lint/suspicious/noControlCharactersInRegex: escape sequences are the input here
    const csi = /^\x1b\[[0-?]*[ -/]*[@-~]/.exec(data.slice(start));
    if (csi) return { kind: 'escape', seq: csi[0], end: start + csi[0].length };
    const len = Math.min(3, data.length - start);
    const seq = data[start + 1] === 'O' ? data.slice(start, start + len) : data.slice(start, start + 2);
    return { kind: 'escape', seq, end: start + seq.length };
  }
  if (isControl(ch)) {
    // `\r\n` from a paste without brackets is one Enter, not two.
    const end = ch === '\r' && data[start + 1] === '\n' ? start + 2 : start + 1;
    return { kind: 'control', code: ch, end };
  }
  let end = start;
  while (end < data.length && !isControl(data[end] as string) && data[end] !== ESC) end++;
  return { kind: 'text', text: data.slice(start, end), end };
}

function isControl(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c < 0x20 || c === 0x7f || (c >= 0x80 && c < 0xa0);
}

interface Step {
  readonly state: LineEditorState;
  readonly output: string;
  readonly action?: LineEditorAction;
  /** Pasted text after the newline that submitted the line. */
  readonly restOfPaste?: string;
}

function applyKey(s: LineEditorState, key: Key, env: LineEditorEnv, pw: number, cols: number): Step {
  const chars = Array.from(s.buffer);
  const edit = (buffer: string[], cursor: number, browsing: Partial<LineEditorState> = {}): Step => {
    const next: LineEditorState = { ...s, ...browsing, buffer: buffer.join(''), cursor };
    return { state: next, output: redraw(chars, s.cursor, buffer, cursor, pw, cols) };
  };
  const insert = (text: string): Step => {
    const add = Array.from(text);
    return edit([...chars.slice(0, s.cursor), ...add, ...chars.slice(s.cursor)], s.cursor + add.length);
  };

  switch (key.kind) {
    case 'text':
      return insert(key.text);
    case 'paste': {
      // Pasted text is never read as keys; a newline inside it is Enter, so a pasted block of
      // commands runs one by one, as it would in a terminal. Tabs are just whitespace to the shell.
      const text = key.text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
      const newline = text.indexOf('\n');
      const line = newline === -1 ? text : text.slice(0, newline);
      const typed = insert(stripControls(line));
      if (newline === -1) return typed;
      const submitted = submit(typed.state, pw, cols);
      return { ...submitted, output: typed.output + submitted.output, restOfPaste: text.slice(newline + 1) };
    }
    case 'control':
      return applyControl(s, key.code, chars, env, pw, cols, edit);
    case 'escape':
      return applyEscape(s, key.seq, chars, env, edit);
  }
}

type Edit = (buffer: string[], cursor: number, browsing?: Partial<LineEditorState>) => Step;

function applyControl(
  s: LineEditorState,
  code: string,
  chars: string[],
  env: LineEditorEnv,
  pw: number,
  cols: number,
  edit: Edit,
): Step {
  switch (code) {
    case '\r':
    case '\n':
      return submit(s, pw, cols);
    case '\x7f': // Backspace
    case '\b': // Ctrl-H
      if (s.cursor === 0) return unchanged(s);
      return edit([...chars.slice(0, s.cursor - 1), ...chars.slice(s.cursor)], s.cursor - 1);
    case '\x04': // Ctrl-D deletes under the cursor; on an empty line it would end the shell, not ours to do
      return deleteForward(s, chars, edit);
    case '\x01': // Ctrl-A
      return edit(chars, 0);
    case '\x05': // Ctrl-E
      return edit(chars, chars.length);
    case '\x02': // Ctrl-B
      return edit(chars, Math.max(0, s.cursor - 1));
    case '\x06': // Ctrl-F
      return edit(chars, Math.min(chars.length, s.cursor + 1));
    case '\x0b': // Ctrl-K: kill to the end of the line
      return edit(chars.slice(0, s.cursor), s.cursor);
    case '\x15': // Ctrl-U: kill to the start of the line
      return edit(chars.slice(s.cursor), 0);
    case '\x17': {
      // Ctrl-W: kill the word before the cursor (whitespace-delimited, as bash's unix-word-rubout)
      let from = s.cursor;
      while (from > 0 && chars[from - 1] === ' ') from--;
      while (from > 0 && chars[from - 1] !== ' ') from--;
      return edit([...chars.slice(0, from), ...chars.slice(s.cursor)], from);
    }
    case '\x03': {
      // Ctrl-C: show `^C` after the line, as bash does, and start over on the next row.
      const end = pw + chars.length;
      return {
        state: emptyLine,
        output: `${move(pw + s.cursor, end, cols)}^C\r\n`,
        action: { type: 'interrupt' },
      };
    }
    case '\x0c': // Ctrl-L
      return {
        state: s,
        output: CLEAR_SCREEN + redrawAll(s, env),
        action: { type: 'clear' },
      };
    default:
      return unchanged(s);
  }
}

function applyEscape(s: LineEditorState, seq: string, chars: string[], env: LineEditorEnv, edit: Edit): Step {
  switch (seq) {
    case `${ESC}[D`:
    case `${ESC}OD`:
      return edit(chars, Math.max(0, s.cursor - 1));
    case `${ESC}[C`:
    case `${ESC}OC`:
      return edit(chars, Math.min(chars.length, s.cursor + 1));
    case `${ESC}[H`:
    case `${ESC}OH`:
    case `${ESC}[1~`:
      return edit(chars, 0);
    case `${ESC}[F`:
    case `${ESC}OF`:
    case `${ESC}[4~`:
      return edit(chars, chars.length);
    case `${ESC}[3~`:
      return deleteForward(s, chars, edit);
    case `${ESC}[A`:
    case `${ESC}OA`:
      return browse(s, -1, env, edit);
    case `${ESC}[B`:
    case `${ESC}OB`:
      return browse(s, 1, env, edit);
    default:
      // Function keys, Alt+letter, a lone Escape: nothing to do, and nothing leaks into the line.
      return unchanged(s);
  }
}

function deleteForward(s: LineEditorState, chars: string[], edit: Edit): Step {
  if (s.cursor >= chars.length) return unchanged(s);
  return edit([...chars.slice(0, s.cursor), ...chars.slice(s.cursor + 1)], s.cursor);
}

/** Up (-1) or down (+1) through history; past the newest entry the saved draft comes back. */
function browse(s: LineEditorState, direction: -1 | 1, env: LineEditorEnv, edit: Edit): Step {
  const count = env.history.length;
  const from = s.historyIndex ?? count;
  const to = Math.min(count, Math.max(0, from + direction));
  if (to === from) return unchanged(s);
  const draft = s.historyIndex === null ? s.buffer : s.draft;
  const text = to === count ? draft : (env.history[to] ?? '');
  const chars = Array.from(text);
  return edit(chars, chars.length, { historyIndex: to === count ? null : to, draft });
}

function submit(s: LineEditorState, pw: number, cols: number): Step {
  const end = pw + Array.from(s.buffer).length;
  // Output goes on the next row. If the line exactly filled its last row, the cursor already waits at
  // column 0 of the next one: erase there instead of adding a blank row.
  const newline = end % cols === 0 ? ERASE_BELOW : '\r\n';
  return {
    state: emptyLine,
    output: move(pw + s.cursor, end, cols) + newline,
    action: { type: 'submit', line: s.buffer },
  };
}

function unchanged(s: LineEditorState): Step {
  return { state: s, output: '' };
}

function stripControls(text: string): string {
  return Array.from(text)
    .filter((ch) => !isControl(ch) && ch !== ESC)
    .join('');
}

/**
 * The bytes that turn the old line into the new one: rewrite from the first changed cell to the end,
 * erase what the old line left beyond it, then place the cursor. Typing at the end writes one cell;
 * moving the cursor writes only a cursor move.
 */
function redraw(
  prev: string[],
  prevCursor: number,
  next: string[],
  nextCursor: number,
  pw: number,
  cols: number,
) {
  let common = 0;
  while (common < prev.length && common < next.length && prev[common] === next[common]) common++;
  let out = '';
  let pos = pw + prevCursor;
  if (common < prev.length || common < next.length) {
    // Rewriting from column 0 with nothing to write (the line now ends at a row boundary) would
    // erase from column 0: rewrite the cell before it instead, to erase from the pending wrap.
    const from = common > 0 && (pw + common) % cols === 0 ? common - 1 : common;
    out += move(pos, pw + from, cols);
    pos = pw + next.length;
    out += next.slice(from).join('');
    if (next.length < prev.length) out += ERASE_BELOW;
    out += leavePendingWrap(pos, cols, from < next.length);
  }
  return out + move(pos, pw + nextCursor, cols);
}

/**
 * After text ending exactly at the right margin the terminal holds the cursor in the last column
 * with a wrap pending. Printing a space forces the wrap (marking the next row as a continuation) and
 * `\b` steps back onto column 0, where our arithmetic says the cursor is.
 */
function leavePendingWrap(end: number, cols: number, wrote: boolean): string {
  return wrote && end > 0 && end % cols === 0 ? ' \b' : '';
}

/** Relative cursor move between two offsets of the line (both already on screen). */
function move(from: number, to: number, cols: number): string {
  const rows = Math.floor(to / cols) - Math.floor(from / cols);
  const columns = (to % cols) - (from % cols);
  let out = '';
  if (rows < 0) out += `${ESC}[${-rows}A`;
  if (rows > 0) out += `${ESC}[${rows}B`;
  if (columns < 0) out += `${ESC}[${-columns}D`;
  if (columns > 0) out += `${ESC}[${columns}C`;
  return out;
}
