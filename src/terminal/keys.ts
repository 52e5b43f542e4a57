/**
 * Splitting xterm's `onData` strings into keys. One `onData` call may carry several keys (typeahead,
 * a paste without brackets, a test feeding a whole line), so the editor reads them one at a time.
 */

export const ESC = '\x1b';
export const PASTE_START = `${ESC}[200~`;
export const PASTE_END = `${ESC}[201~`;

export type Key =
  | { readonly kind: 'text'; readonly text: string; readonly end: number }
  | { readonly kind: 'paste'; readonly text: string; readonly end: number }
  | { readonly kind: 'control'; readonly code: string; readonly end: number }
  /** A CSI or SS3 sequence (arrows, Home, Delete…), Alt+key (`ESC b`), or a lone Escape (`ESC`). */
  | { readonly kind: 'escape'; readonly seq: string; readonly end: number };

/** Splits off the next key: an escape sequence, a control character, a paste, or a run of text. */
export function nextKey(data: string, start: number): Key {
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

export function isControl(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c < 0x20 || c === 0x7f || (c >= 0x80 && c < 0xa0);
}

export function stripControls(text: string): string {
  return Array.from(text)
    .filter((ch) => !isControl(ch) && ch !== ESC)
    .join('');
}
