/**
 * Cursor arithmetic for a prompt and a line that may wrap over several rows: the bytes that turn
 * what is on screen into what should be.
 *
 * Screen model: the prompt starts at column 0 (the host makes sure of that). Every position is an
 * offset from the prompt's first cell, so a row is `offset / columns` and a column
 * `offset % columns`. One cell per code point: wide characters (CJK, emoji) would misplace the
 * cursor, an accepted limit for a Docker command line.
 *
 * Invariant between calls: the terminal cursor sits exactly on `prompt + cursor`, never in the
 * "pending wrap" state a terminal enters after printing into its last column. Relative cursor moves
 * misbehave in that state (xterm clamps the column first, so `ESC[1D` lands one cell short).
 */
import { ESC } from './keys';

export const CLEAR_SCREEN = `${ESC}[H${ESC}[2J`;
/**
 * Erase from the cursor to the end of the screen. At column 0 xterm also drops the row's "wrapped"
 * flag, cutting it off from the line above; so edits erase only from a column > 0 (or from the
 * pending-wrap state) and leave column 0 to the prompt's own first row and to the submit, where
 * cutting off is the point. xterm reflows a wrapped line on resize only as a whole, so a row cut
 * off by mistake is left behind as a ghost copy when the window narrows.
 */
export const ERASE_BELOW = `${ESC}[J`;

/** What the editor shows: a prompt (normal, `> `, or the reverse-search one), the text, the cursor. */
export interface View {
  readonly prompt: string;
  readonly text: readonly string[];
  /** In code points from the start of `text`. */
  readonly cursor: number;
}

/** Visible cells of a string: ANSI escape sequences take none. */
export function visibleWidth(text: string): number {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching escape sequences is the point
  return Array.from(text.replace(/\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(\x07|\x1b\\)|\x1b./g, ''))
    .length;
}

/**
 * Where each code point of the view's text sits, as an offset from the prompt's first cell, plus
 * the end (index `text.length`). Usually `prompt width + index`; a newline (a line recalled from
 * history that continued on `> `) ends its row, as readline shows it, so what follows starts the
 * next row.
 */
export function layout(view: View, cols: number): number[] {
  const at: number[] = [];
  let pos = visibleWidth(view.prompt);
  for (const ch of view.text) {
    at.push(pos);
    pos = ch === '\n' ? (Math.floor(pos / cols) + 1) * cols : pos + 1;
  }
  at.push(pos);
  return at;
}

/** Offsets of the cursor and of the end of the view. */
export function cursorAndEnd(view: View, cols: number): { cursor: number; end: number } {
  const at = layout(view, cols);
  return { cursor: at[view.cursor] ?? 0, end: at[view.text.length] ?? 0 };
}

/** Prompt and text from scratch, on a cleared row at column 0. */
export function paint(view: View, cols: number): string {
  const at = layout(view, cols);
  const end = at[view.text.length] ?? 0;
  return (
    view.prompt +
    writeText(view.text, 0, at, cols) +
    leavePendingWrap(end, cols, true) +
    move(end, at[view.cursor] ?? 0, cols)
  );
}

/**
 * From one view to the next. Under the same prompt only the changed tail is rewritten (typing at
 * the end writes one cell); a new prompt (entering or leaving reverse search) repaints from the
 * prompt's first cell, which is at column 0, the one place erasing from column 0 is right.
 */
export function viewChange(old: View, next: View, cols: number): string {
  if (old.prompt === next.prompt) return redraw(old, next, cols);
  const { cursor } = cursorAndEnd(old, cols);
  return `${move(cursor, 0, cols)}\r${ERASE_BELOW}${paint(next, cols)}`;
}

/** Moves from the cursor to the end of the view, where output or `^C` goes. */
export function toEnd(view: View, cols: number): string {
  const { cursor, end } = cursorAndEnd(view, cols);
  return move(cursor, end, cols);
}

/**
 * The bytes that turn the old line into the new one: rewrite from the first changed cell to the end,
 * erase what the old line left beyond it, then place the cursor. Moving the cursor writes only a
 * cursor move.
 */
function redraw(old: View, next: View, cols: number): string {
  const prev = old.text;
  const text = next.text;
  let common = 0;
  while (common < prev.length && common < text.length && prev[common] === text[common]) common++;
  const before = layout(old, cols);
  const at = layout(next, cols);
  let out = '';
  let pos = before[old.cursor] ?? 0;
  const end = at[text.length] ?? 0;
  if (common < prev.length || common < text.length) {
    // Rewriting from column 0 of a wrapped row with nothing to write (the line now ends at a row
    // boundary) would erase from column 0: rewrite the cell before it instead, to erase from the
    // pending wrap. (After a newline, column 0 starts a row of its own and may be erased.)
    const wrappedStart = common > 0 && (at[common] ?? 0) % cols === 0 && text[common - 1] !== '\n';
    const from = wrappedStart ? common - 1 : common;
    out += move(pos, at[from] ?? 0, cols);
    out += writeText(text, from, at, cols);
    pos = end;
    if (end < (before[prev.length] ?? 0)) out += ERASE_BELOW;
    out += leavePendingWrap(pos, cols, from < text.length);
  }
  return out + move(pos, at[next.cursor] ?? 0, cols);
}

/**
 * `text` from index `from`, the cursor being on `at[from]`. A newline erases the rest of its row
 * (the old line may have had cells there) and goes to the next row; from a full row it first
 * takes the pending wrap, so the next row is where `layout` says.
 */
function writeText(text: readonly string[], from: number, at: readonly number[], cols: number): string {
  let out = '';
  for (let i = from; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch !== '\n') {
      out += ch;
      continue;
    }
    out += `${leavePendingWrap(at[i] ?? 0, cols, i > from && text[i - 1] !== '\n')}\x1b[K\r\n`;
  }
  return out;
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
export function move(from: number, to: number, cols: number): string {
  const rows = Math.floor(to / cols) - Math.floor(from / cols);
  const columns = (to % cols) - (from % cols);
  let out = '';
  if (rows < 0) out += `${ESC}[${-rows}A`;
  if (rows > 0) out += `${ESC}[${rows}B`;
  if (columns < 0) out += `${ESC}[${-columns}D`;
  if (columns > 0) out += `${ESC}[${columns}C`;
  return out;
}
