/**
 * Test support: a headless xterm that reads back what a person would see. Tests of the terminal
 * room assert on these rows rather than on escape bytes (architecture.md, principle 9).
 */
import { Terminal } from '@xterm/headless';

export class HeadlessScreen {
  readonly term: Terminal;

  constructor(cols: number, rows: number) {
    // convertEol as in the page (TerminalView): output uses bare `\n` line ends.
    this.term = new Terminal({ cols, rows, convertEol: true, allowProposedApi: true });
  }

  /** Writes bytes and resolves once xterm has parsed them. */
  write(data: string): Promise<void> {
    return new Promise((resolve) => this.term.write(data, resolve));
  }

  /** The visible rows, right-trimmed, without the blank rows below the last written one. */
  lines(): string[] {
    const buffer = this.term.buffer.active;
    const rows: string[] = [];
    for (let i = 0; i < this.term.rows; i++) {
      // A written space is kept by translateToString; a person cannot see it.
      rows.push((buffer.getLine(buffer.viewportY + i)?.translateToString(true) ?? '').trimEnd());
    }
    while (rows.length > 0 && rows[rows.length - 1] === '') rows.pop();
    return rows;
  }

  /** Cursor position in the viewport, zero-based. */
  cursor(): { row: number; col: number } {
    const buffer = this.term.buffer.active;
    return { row: buffer.cursorY, col: buffer.cursorX };
  }
}
