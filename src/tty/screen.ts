/**
 * A minimal virtual terminal: what a terminal shows once a command has finished.
 *
 * `npm run sim`'s transcript mode and the engine tests read output through it, so they compare what a
 * person sees rather than escape bytes (architecture.md, principle 9). It understands exactly the
 * subset the simulated docker client emits (jsonmessage progress: `ESC[2K`, `ESC[<n>A`, `ESC[<n>B`,
 * `\r`) plus the neighbouring basics, and silently drops everything else (colours, unknown CSI,
 * OSC titles), the way a terminal drops what it does not draw.
 *
 * Deliberate simplifications: unbounded width (no wrapping) and unbounded height (no scrolling,
 * cursor-down may move past the last line); one cell per code point (no wide characters).
 */

const ESC = '\x1b';

/** Where the writer is inside an escape sequence that may continue in the next `write`. */
type ParseState = 'text' | 'esc' | 'csi' | 'osc' | 'osc-esc';

export class Screen {
  /** Rows of cells; a missing cell reads as a blank. */
  private readonly rows: string[][] = [[]];
  private row = 0;
  private col = 0;
  /** Where `CSI s` saved the cursor, for `CSI u` (docker cp's progress line uses the pair). */
  private saved = { row: 0, col: 0 };
  private state: ParseState = 'text';
  /** Parameter and intermediate bytes of the CSI sequence being read. */
  private csi = '';

  /** Feeds bytes as a TTY receives them; escape sequences may be split across calls. */
  write(text: string): void {
    for (const ch of text) this.feed(ch);
  }

  /**
   * The final content, each line right-trimmed. Trailing blank lines are dropped except those the
   * output moved the cursor past: `"a\n\n"` shows `a` and one blank line. The cursor's own line counts
   * only once something was written on it, since after output ending in `\n` it is merely where the
   * next output (the prompt) will go.
   */
  lines(): string[] {
    const out = this.rows.map((cells) => cells.join('').trimEnd());
    let count = this.row + (this.col > 0 ? 1 : 0);
    for (let r = out.length - 1; r >= count; r--) {
      if (out[r] !== '') {
        count = r + 1;
        break;
      }
    }
    while (out.length < count) out.push('');
    return out.slice(0, count);
  }

  /** The cursor, zero-based; for tests of cursor arithmetic. */
  cursor(): { row: number; col: number } {
    return { row: this.row, col: this.col };
  }

  private feed(ch: string): void {
    switch (this.state) {
      case 'text':
        this.text(ch);
        return;
      case 'esc':
        // `ESC [` starts CSI, `ESC ]` starts OSC; any other two-byte sequence (ESC 7, ESC 8, ESC =) is
        // dropped whole.
        this.state = ch === '[' ? 'csi' : ch === ']' ? 'osc' : 'text';
        this.csi = '';
        return;
      case 'csi': {
        const code = ch.codePointAt(0) ?? 0;
        // ECMA-48: parameter bytes 0x30–0x3F and intermediates 0x20–0x2F, then one final 0x40–0x7E.
        if (code >= 0x20 && code <= 0x3f) {
          this.csi += ch;
        } else if (code >= 0x40 && code <= 0x7e) {
          this.state = 'text';
          this.control(this.csi, ch);
        } else {
          // A malformed sequence: abandon it, as xterm does, and draw nothing for it.
          this.state = 'text';
        }
        return;
      }
      case 'osc':
        // OSC (e.g. window title) ends with BEL or ST (`ESC \`).
        if (ch === '\x07') this.state = 'text';
        else if (ch === ESC) this.state = 'osc-esc';
        return;
      case 'osc-esc':
        this.state = ch === '\\' ? 'text' : 'osc';
        return;
    }
  }

  private text(ch: string): void {
    switch (ch) {
      case ESC:
        this.state = 'esc';
        return;
      case '\n':
        // The TTY's onlcr turns LF into CR LF, so a program's `\n` also returns to column 0.
        this.row += 1;
        this.col = 0;
        this.ensureRow();
        return;
      case '\r':
        this.col = 0;
        return;
      case '\b':
        this.col = Math.max(0, this.col - 1);
        return;
      case '\t':
        this.col = (Math.floor(this.col / 8) + 1) * 8;
        return;
    }
    // Other C0 controls and DEL (BEL, NUL…) draw nothing.
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f) return;
    const cells = this.ensureRow();
    while (cells.length < this.col) cells.push(' ');
    cells[this.col] = ch;
    this.col += 1;
  }

  /** Executes CSI `params final`; unknown finals (SGR `m` among them) are ignored. */
  private control(params: string, final: string): void {
    // Private sequences (`ESC[?25l` cursor hide…) carry a marker byte; none of them move or erase.
    if (/^[<=>?]/.test(params)) return;
    const first = Number.parseInt(params.split(';')[0] ?? '', 10);
    const arg = Number.isNaN(first) ? 0 : first;
    // Cursor movement treats 0 and a missing parameter as 1 (VT100).
    const count = Math.max(1, arg);
    switch (final) {
      case 'A':
        this.row = Math.max(0, this.row - count);
        return;
      case 'B':
        this.row += count;
        return;
      case 'C':
        this.col += count;
        return;
      case 'D':
        this.col = Math.max(0, this.col - count);
        return;
      case 'K':
        this.eraseInLine(arg);
        return;
      case 'G':
        this.col = count - 1;
        return;
      case 's':
        this.saved = { row: this.row, col: this.col };
        return;
      case 'u':
        this.row = this.saved.row;
        this.col = this.saved.col;
        return;
    }
  }

  /** EL: 0 = cursor to end, 1 = start to cursor (inclusive), 2 = whole line. The cursor stays. */
  private eraseInLine(mode: number): void {
    const cells = this.rows[this.row];
    if (cells === undefined) return;
    if (mode === 0) cells.length = Math.min(cells.length, this.col);
    else if (mode === 1) for (let c = 0; c <= this.col && c < cells.length; c++) cells[c] = ' ';
    else if (mode === 2) cells.length = 0;
  }

  private ensureRow(): string[] {
    while (this.rows.length <= this.row) this.rows.push([]);
    const cells = this.rows[this.row];
    if (cells === undefined) throw new Error('unreachable: row was just created');
    return cells;
  }
}

/** Convenience: the final lines after writing every chunk in order. */
export function renderScreen(chunks: readonly string[]): string[] {
  const screen = new Screen();
  for (const chunk of chunks) screen.write(chunk);
  return screen.lines();
}
