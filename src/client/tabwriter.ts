/**
 * Go text/tabwriter as docker's table formatter configures it:
 * `tabwriter.NewWriter(out, 10, 1, 3, ' ', 0)` (cli/command/formatter/formatter.go).
 *
 * Semantics kept from Go: every cell but the last of a line is tab-terminated; a column's width
 * is computed per *column block* (a run of consecutive lines that all have a tab-terminated cell
 * in that column), so a short line splits the block; the last cell of a line is never padded;
 * width counts Unicode code points (Go counts runes).
 */

const MIN_WIDTH = 10;
const PADDING = 3;

/** Lines of cells; `widths[i][j]` is the rune count of `cells[i][j]`. */
interface Grid {
  cells: (readonly string[])[];
  widths: number[][];
}

/**
 * A flat copy of `s`. A string built by `+`, a template or `repeat` is a V8 rope; the text of a
 * table is flattened from its cells, and a cell that is itself a rope costs a recursive walk
 * instead of a plain copy. Strings kept for reuse in thousands of cells (pads, memoised cells) are
 * therefore stored flat: this made formatting `docker ps` on 10k containers ~20% faster.
 */
export function flatString(s: string): string {
  return s.length < 2 ? s : s.split('').join('');
}

const pads: string[] = [];
function pad(n: number): string {
  if (n <= 0) return '';
  let p = pads[n];
  if (p === undefined) {
    p = flatString(' '.repeat(n));
    pads[n] = p;
  }
  return p;
}

/** Marks a cell holding one of Go's cell/line terminators (\t \v \n \f). */
const SPECIAL_CELL = -1;

/**
 * Rune count of a cell (a surrogate pair is one rune; a lone surrogate is one U+FFFD rune, as
 * Go would see it), or SPECIAL_CELL. One charCode loop: this runs for every cell of big tables.
 */
function cellWidth(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20) {
      if (c === 9 || c === 10 || c === 11 || c === 12) return SPECIAL_CELL;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

function rowWidths(row: readonly string[]): number[] | undefined {
  const widths = new Array<number>(row.length);
  for (let j = 0; j < row.length; j++) {
    const w = cellWidth(row[j] ?? '');
    if (w === SPECIAL_CELL) return undefined;
    widths[j] = w;
  }
  return widths;
}

/**
 * Splits rows into segments the way tabwriter sees `row.join('\t') + '\n'`: `\t`/`\v` end a cell,
 * `\n` ends a line, `\f` ends a line *and* flushes (so column blocks never span it).
 */
function toSegments(rows: readonly (readonly string[])[]): Grid[] {
  const segments: Grid[] = [];
  let current: Grid = { cells: [], widths: [] };
  for (const row of rows) {
    const widths = rowWidths(row);
    if (widths !== undefined) {
      current.cells.push(row);
      current.widths.push(widths);
      continue;
    }
    const lineTexts = row.join('\t').split(/([\n\f])/);
    for (let i = 0; i < lineTexts.length; i += 2) {
      const cells = (lineTexts[i] ?? '').split(/[\t\v]/);
      current.cells.push(cells);
      current.widths.push(cells.map(cellWidth));
      if (lineTexts[i + 1] === '\f') {
        segments.push(current);
        current = { cells: [], widths: [] };
      }
    }
  }
  segments.push(current);
  return segments;
}

function writeLines(g: Grid, colWidths: readonly number[], line0: number, line1: number, out: string[]) {
  for (let i = line0; i < line1; i++) {
    const cells = g.cells[i] ?? [];
    const widths = g.widths[i] ?? [];
    let line = '';
    for (let j = 0; j < cells.length; j++) {
      line += cells[j];
      const cw = colWidths[j];
      if (cw !== undefined) line += pad(cw - (widths[j] ?? 0));
    }
    out[i] = line;
  }
}

/** Port of tabwriter's recursive (*Writer).format. */
function format(g: Grid, colWidths: number[], line0: number, line1: number, out: string[]): void {
  const column = colWidths.length;
  let start = line0;
  for (let t = line0; t < line1; t++) {
    if (column >= (g.cells[t]?.length ?? 0) - 1) continue;
    // A cell exists in this column: this line starts a column block.
    writeLines(g, colWidths, start, t, out);
    start = t;
    let width = MIN_WIDTH;
    for (; t < line1; t++) {
      const widths = g.widths[t] ?? [];
      if (column >= widths.length - 1) break;
      const w = (widths[column] ?? 0) + PADDING;
      if (w > width) width = w;
    }
    colWidths.push(width);
    format(g, colWidths, start, t, out);
    colWidths.pop();
    start = t;
  }
  writeLines(g, colWidths, start, line1, out);
}

/**
 * Formats rows into aligned lines (no trailing newlines), exactly as docker's tables print.
 * Cells containing `\t`, `\v`, `\n` or `\f` are split the way Go's tabwriter would split them.
 */
export function formatTable(rows: readonly (readonly string[])[]): string[] {
  const result: string[] = [];
  for (const grid of toSegments(rows)) {
    const out = new Array<string>(grid.cells.length);
    format(grid, [], 0, grid.cells.length, out);
    for (const line of out) result.push(line);
  }
  return result;
}

/**
 * Chunks of output text end at the first line end past this many chars (or at CHUNK_LINES lines).
 * V8 puts a string over 128 KB in its large-object space, on freshly mapped pages: a 1.3 MB
 * `docker ps` as one string paid ~1.5 ms in page faults alone. Chunks of 32K chars (64 KB even
 * when two bytes per char) stay in the regular heap, and each is built, flattened and checked
 * while it is in cache.
 */
const CHUNK_CHARS = 1 << 15;
/** Cells per block of a Table, for the same reason: an array of 70k cells is a large object. */
const BLOCK_CELLS = 8192;

/** At most this many lines per chunk, so there are at most this many patterns below. */
const CHUNK_LINES = 256;
/** `^(?:[^\t\n\v\f\ud800-\udfff]*\n){n}$` for n lines, compiled once per n. */
const plainLines: RegExp[] = [];

/**
 * Whether the cells behind `lines` lines built by `formatPlain` were plain: pads are spaces and
 * each line ends in one \n, so it suffices that the text is exactly `lines` lines free of \t,
 * \v, \f and surrogates. One anchored pass of a regular expression checks both (and flattens the
 * rope); it costs far less than a JS loop over each cell's chars, and ~10% of `docker ps` less
 * than the same check followed by counting the newlines with indexOf.
 */
function builtFromPlainCells(text: string, lines: number): boolean {
  let pattern = plainLines[lines];
  if (pattern === undefined) {
    pattern = new RegExp(`^(?:[^\\t\\n\\v\\f\\ud800-\\udfff]*\\n){${lines}}$`);
    plainLines[lines] = pattern;
  }
  return pattern.test(text);
}

/**
 * The common case: every line has the same number of cells, and no cell holds a terminator or a
 * surrogate. Then each column but the last is one column block over all lines, and a cell's rune
 * count is its length. Appends to a string (a V8 rope) chunk by chunk, with no per-row array;
 * returns undefined if the cells turn out not to be plain.
 */
function formatPlain(
  blocks: readonly (readonly string[])[],
  columns: number,
  widths: readonly number[],
): string[] | undefined {
  const last = columns - 1;
  const chunks: string[] = [];
  let text = '';
  let lines = 0;
  for (const cells of blocks) {
    for (let i = 0; i < cells.length; i += columns) {
      // Padding is appended when the next non-empty cell comes, so an empty cell (docker's PORTS,
      // mostly) adds no piece of its own: every piece is a rope node to build and flatten.
      let owed = 0;
      for (let j = 0; j < last; j++) {
        const cell = cells[i + j] as string;
        if (cell.length > 0) {
          if (owed > 0) text += pad(owed);
          text += cell;
          owed = 0;
        }
        owed += (widths[j] as number) - cell.length;
      }
      if (owed > 0) text += pad(owed);
      text += cells[i + last] as string;
      text += '\n';
      lines++;
      if (text.length >= CHUNK_CHARS || lines === CHUNK_LINES) {
        if (!builtFromPlainCells(text, lines)) return undefined;
        chunks.push(text);
        text = '';
        lines = 0;
      }
    }
  }
  if (lines > 0) {
    if (!builtFromPlainCells(text, lines)) return undefined;
    chunks.push(text);
  }
  return chunks;
}

/**
 * A table filled cell by cell, row after row, then formatted: like Go's tabwriter.Writer, which
 * also holds every cell until Flush. Same lines as `formatTable`; no array per row, and cells are
 * kept in blocks (see BLOCK_CELLS).
 */
export class Table {
  private readonly blocks: string[][] = [];
  /** The block being filled, and how many cells it holds. */
  private block: string[] = [];
  private filled = 0;
  private readonly blockSize: number;
  /** The column the next cell goes in. */
  private column = 0;
  /**
   * Width of each column but the last, as the plain case needs it (length + padding, at least
   * MIN_WIDTH), kept up as cells arrive: each cell is in cache then, not in a second pass.
   */
  private readonly widths: number[];

  /** `columns` cells make a row; the first row is usually the header. */
  constructor(readonly columns: number) {
    this.blockSize = columns * Math.max(1, Math.floor(BLOCK_CELLS / columns));
    this.widths = new Array<number>(Math.max(0, columns - 1)).fill(MIN_WIDTH);
  }

  /** The next cell: rows fill left to right, then the next row starts. */
  add(cell: string): void {
    if (this.filled === this.blockSize) {
      this.blocks.push(this.block);
      // Blocks after the first are allocated full: growing them by push copies them repeatedly.
      this.block = new Array<string>(this.blockSize);
      this.filled = 0;
    }
    this.block[this.filled++] = cell;
    const column = this.column;
    if (column + 1 < this.columns) {
      const w = cell.length + PADDING;
      if (w > (this.widths[column] as number)) this.widths[column] = w;
      this.column = column + 1;
    } else {
      this.column = 0;
    }
  }

  /**
   * The text docker prints: aligned lines, each ending in `\n`, in chunks of whole lines (see
   * CHUNK_CHARS) to be written one after the other. A short last row is a shorter line.
   */
  format(): string[] {
    const { columns } = this;
    if (columns <= 0) return [];
    const { block, filled } = this;
    if (filled < block.length) block.length = filled;
    const blocks = filled > 0 ? [...this.blocks, block] : this.blocks;
    if (filled % columns === 0) {
      const chunks = formatPlain(blocks, columns, this.widths);
      if (chunks !== undefined) return chunks;
    }
    const rows: string[][] = [];
    for (const cells of blocks) {
      for (let i = 0; i < cells.length; i += columns) rows.push(cells.slice(i, i + columns));
    }
    const chunks: string[] = [];
    let text = '';
    for (const line of formatTable(rows)) {
      text += `${line}\n`;
      if (text.length >= CHUNK_CHARS) {
        chunks.push(text);
        text = '';
      }
    }
    if (text !== '') chunks.push(text);
    return chunks;
  }
}
