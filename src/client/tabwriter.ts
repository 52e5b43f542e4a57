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

const pads: string[] = [];
function pad(n: number): string {
  if (n <= 0) return '';
  let p = pads[n];
  if (p === undefined) {
    p = ' '.repeat(n);
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
