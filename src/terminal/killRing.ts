/**
 * Readline's words and kill ring, as pure functions over the line's code points.
 *
 * Two notions of "word", as in bash: Alt-B/F/D/Backspace use readline's (letters and digits, so
 * `hello-world.txt` is three words), Ctrl-W uses unix-word-rubout's (anything between blanks, so it
 * removes a whole `--name=web` at once).
 */

/** readline's `kill-ring-max` default: older kills fall off. */
export const MAX_KILLS = 10;

/**
 * Adds killed text to the ring. A kill right after a kill grows the newest entry instead of adding
 * one (forward kills append, backward kills prepend), so Ctrl-W Ctrl-W then Ctrl-Y brings back
 * both words in their order.
 */
export function recordKill(
  ring: readonly string[],
  text: string,
  direction: 'forward' | 'backward',
  afterKill: boolean,
): readonly string[] {
  const top = ring.at(-1);
  if (afterKill && top !== undefined) {
    return [...ring.slice(0, -1), direction === 'forward' ? top + text : text + top];
  }
  if (text === '') return ring;
  return [...ring, text].slice(-MAX_KILLS);
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

function isBlank(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t';
}

/** backward-word (Alt-B): to the start of this word, or of the previous one from between words. */
export function wordStart(chars: readonly string[], cursor: number): number {
  let i = cursor;
  while (i > 0 && !isWordChar(chars[i - 1])) i--;
  while (i > 0 && isWordChar(chars[i - 1])) i--;
  return i;
}

/** forward-word (Alt-F): to the end of this word, or of the next one from between words. */
export function wordEnd(chars: readonly string[], cursor: number): number {
  let i = cursor;
  while (i < chars.length && !isWordChar(chars[i])) i++;
  while (i < chars.length && isWordChar(chars[i])) i++;
  return i;
}

/** unix-word-rubout (Ctrl-W): back over blanks, then over everything that is not a blank. */
export function blankWordStart(chars: readonly string[], cursor: number): number {
  let i = cursor;
  while (i > 0 && isBlank(chars[i - 1])) i--;
  while (i > 0 && !isBlank(chars[i - 1])) i--;
  return i;
}
