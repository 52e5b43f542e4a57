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

/** Prompt and text from scratch, on a cleared row at column 0. */
export function paint(view: View, cols: number): string {
  const pw = visibleWidth(view.prompt);
  const end = pw + view.text.length;
  return (
    view.prompt + view.text.join('') + leavePendingWrap(end, cols, true) + move(end, pw + view.cursor, cols)
  );
}

/**
 * From one view to the next. Under the same prompt only the changed tail is rewritten (typing at
 * the end writes one cell); a new prompt (entering or leaving reverse search) repaints from the
 * prompt's first cell, which is at column 0, the one place erasing from column 0 is right.
 */
export function viewChange(old: View, next: View, cols: number): string {
  const pw = visibleWidth(old.prompt);
  if (old.prompt === next.prompt) return redraw(old.text, old.cursor, next.text, next.cursor, pw, cols);
  return `${move(pw + old.cursor, 0, cols)}\r${ERASE_BELOW}${paint(next, cols)}`;
}

/** Moves from the cursor to the end of the view, where output or `^C` goes. */
export function toEnd(view: View, cols: number): string {
  const pw = visibleWidth(view.prompt);
  return move(pw + view.cursor, pw + view.text.length, cols);
}

/**
 * The bytes that turn the old line into the new one: rewrite from the first changed cell to the end,
 * erase what the old line left beyond it, then place the cursor. Moving the cursor writes only a
 * cursor move.
 */
function redraw(
  prev: readonly string[],
  prevCursor: number,
  next: readonly string[],
  nextCursor: number,
  pw: number,
  cols: number,
): string {
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
