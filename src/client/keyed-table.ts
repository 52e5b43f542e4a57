/**
 * A table printed again and again with mostly the same rows, as `docker ps` is on a big world: each
 * row's cells and line are remembered with the immutable object they were made from, and runs of
 * lines with the text they made, so a repeat builds only what changed. The text is exactly what
 * Table and formatTable (Go tabwriter, minwidth 10, padding 3) make of the same cells: tests
 * compare them.
 *
 * What a repeat reads for every row sits in dense arrays, position by position, next to the last
 * table's: rows that stay where they were are then found, timed and laid out without touching
 * their records, which lie scattered over the heap (reading those cost more than all the rest).
 *
 * Only plain cells come here (see NOT_PLAIN); the caller keeps its general path for the rest.
 */

import { WidthCounts } from './width-counts';

const MIN_WIDTH = 10;
const PADDING = 3;
/** Chunks of text stay under V8's large-object size (see CHUNK_CHARS in tabwriter.ts). */
const CHUNK_CHARS = 1 << 15;
const CHUNK_LINES = 256;
/** About one row in this many ends a chunk, chosen by its content (see Row.endsChunk). */
const CHUNK_SPACING = 128;

/** A cell tabwriter measures by its length: no cell or line terminator, no surrogate. */
const NOT_PLAIN = /[\t\n\v\f\ud800-\udfff]/;

/** What is remembered of a row: its cells (the varying one left empty), and its last line. */
interface Row {
  readonly key: object;
  readonly cells: readonly string[];
  /** Each cell's width plus padding (the varying one's: 0). */
  readonly widths: readonly number[];
  /** What the varying cell is made from, per call (`docker ps`: the creation time). */
  readonly input: number;
  /**
   * Whether a chunk ends after this row, from a hash of its first cell: chunk ends then move with
   * the rows, so a row added at the top (a new container) leaves every later chunk as it was, and
   * a row whose status moved on ends a chunk as it did.
   */
  readonly endsChunk: boolean;
  /** The varying cell and the layout `line` was built for. */
  varying: string | undefined;
  layout: Layout | undefined;
  line: string;
}

/** Column widths (cell width plus padding) of every column but the last. */
interface Layout {
  readonly widths: readonly number[];
  /** Runs of spaces, flat, by length. */
  readonly pads: readonly string[];
}

/** A run of lines, and their text. */
interface Chunk {
  readonly lines: readonly string[];
  readonly text: string;
}

/** One table made, position by position (the header at 0). */
interface Snapshot {
  keys: object[];
  rows: Row[];
  inputs: number[];
  varying: string[];
  lines: string[];
  /** Each line's length, read densely to cut chunks (a line's own header lies elsewhere in the heap). */
  lengths: number[];
  ends: boolean[];
  /** Where each row stood in the table made before this one, or -1. */
  prev: number[];
  layout: Layout | undefined;
}

const emptySnapshot = (): Snapshot => ({
  keys: [],
  rows: [],
  inputs: [],
  varying: [],
  lines: [],
  lengths: [],
  ends: [],
  prev: [],
  layout: undefined,
});

/** Whether a chunk ends after the row whose first cell (what identifies it: docker's ID) is `first`. */
function endsChunk(first: string): boolean {
  let h = 0x811c9dc5;
  for (let i = 0; i < first.length; i++) h = Math.imul(h ^ first.charCodeAt(i), 0x01000193);
  return (h >>> 0) % CHUNK_SPACING === 0;
}

function sameWidths(a: readonly number[], b: readonly number[]): boolean {
  for (let j = 0; j < a.length; j++) if (a[j] !== b[j]) return false;
  return true;
}

function layoutOf(widths: number[]): Layout {
  const longest = Math.max(0, ...widths);
  // Joined, not repeated: `repeat` gives a rope that every line built from it would walk.
  const pads = Array.from({ length: longest + 1 }, (_, n) => new Array<string>(n + 1).join(' '));
  return { widths, pads };
}

export class KeyedTable<K extends object> {
  private readonly rows = new WeakMap<object, Row>();
  private readonly chunks = new WeakMap<Row, Chunk>();
  /** The last table made, and the arrays the next one is made in. */
  private last = emptySnapshot();
  private spare = emptySnapshot();
  private readonly fixedColumns: number[] = [];
  private readonly counts: WidthCounts;
  /** Varying cells already found plain: they are few, and repeat (duration phrases). */
  private readonly plainVarying = new Set<string>();
  private readonly parts: string[];

  /**
   * `cellsOf(key)` gives a row's cells and `inputOf(key)` what its varying cell (in column
   * `varyingColumn`) is made from; both must depend on the key alone (keys are immutable).
   * `cellsOf` is also told the key that stood at the row's place last time, and its cells, which
   * it may return or copy in part when they still hold.
   */
  constructor(
    private readonly columns: number,
    private readonly varyingColumn: number,
    private readonly cellsOf: (
      key: K,
      before: K | undefined,
      cells: readonly string[] | undefined,
    ) => readonly string[],
    private readonly inputOf: (key: K) => number,
  ) {
    for (let j = 0; j < columns - 1; j++) if (j !== varyingColumn) this.fixedColumns.push(j);
    this.counts = new WidthCounts(this.fixedColumns);
    this.parts = new Array<string>(2 * columns);
  }

  /**
   * The row of `key`, made from its cells on first sight. `like` is the row that stood at the same
   * place last time (usually the same container, its status moved on): cells it shares are known
   * plain and measured already.
   */
  private rowOf(
    key: object,
    cells: readonly string[],
    input: number,
    like: Row | undefined,
  ): Row | undefined {
    if (cells.length !== this.columns) return undefined;
    const widths = new Array<number>(cells.length);
    for (let j = 0; j < cells.length; j++) {
      const cell = cells[j] as string;
      if (like !== undefined && cell === like.cells[j]) {
        widths[j] = like.widths[j] as number;
      } else {
        if (NOT_PLAIN.test(cell)) return undefined;
        widths[j] = j === this.varyingColumn ? 0 : cell.length + PADDING;
      }
    }
    const first = cells[0] as string;
    const row: Row = {
      key,
      cells,
      widths,
      input,
      endsChunk: like !== undefined && like.cells[0] === first ? like.endsChunk : endsChunk(first),
      varying: undefined,
      layout: undefined,
      line: '',
    };
    this.rows.set(key, row);
    return row;
  }

  private isPlain(v: string): boolean {
    if (this.plainVarying.has(v)) return true;
    if (NOT_PLAIN.test(v)) return false;
    if (this.plainVarying.size >= 10_000) this.plainVarying.clear();
    this.plainVarying.add(v);
    return true;
  }

  /**
   * The text of `header` and a row per key, whose varying cell is `varyingOf(input)`, in chunks of
   * whole lines ending in `\n`; undefined when a cell is not plain.
   */
  format(
    header: readonly string[],
    keys: readonly K[],
    varyingOf: (input: number) => string,
  ): string[] | undefined {
    const { varyingColumn, last, counts } = this;
    const cur = this.spare;
    const n = keys.length + 1;
    if (cur.keys.length !== n || cur.lengths.length !== n) {
      // Fresh arrays, filled in order below: lengthening an empty array to 10k makes V8 keep it
      // as a dictionary, and every read of it a hash lookup.
      cur.keys = [];
      cur.rows = [];
      cur.inputs = [];
      cur.varying = [];
      cur.lines = [];
      cur.lengths = [];
      cur.ends = [];
      cur.prev = [];
    }
    // Positions compare with the last table's when the count is the same (the usual repeat), and
    // the widths are counted again only where a row changed. Otherwise (a container came or
    // went) rows are still looked for around where they were, `shift` places off, and the widths
    // are counted afresh.
    const aligned = n === last.keys.length && counts.valid;
    let shift = 0;
    let varyingWidth = MIN_WIDTH;
    let checked = '';
    for (let i = 0; i < n; i++) {
      const key = i === 0 ? header : (keys[i - 1] as K);
      let row: Row;
      let input: number;
      let ends: boolean;
      let j = -1;
      if (aligned) {
        if (last.keys[i] === key) j = i;
      } else {
        const at = i + shift;
        if (last.keys[at] === key) j = at;
        else if (last.keys[at + 1] === key) j = at + 1;
        else if (at > 0 && last.keys[at - 1] === key) j = at - 1;
        if (j >= 0) shift = j - i;
      }
      cur.prev[i] = j;
      if (j >= 0) {
        row = last.rows[j] as Row;
        input = last.inputs[j] as number;
        ends = last.ends[j] as boolean;
      } else {
        const like = aligned ? (last.rows[i] as Row) : undefined;
        const found =
          this.rows.get(key) ??
          (i === 0
            ? this.rowOf(key, header, 0, like)
            : this.rowOf(
                key,
                this.cellsOf(key as K, like?.key as K | undefined, like?.cells),
                this.inputOf(key as K),
                like,
              ));
        if (found === undefined) {
          counts.valid = false;
          return undefined;
        }
        row = found;
        input = row.input;
        ends = row.endsChunk;
        if (like !== undefined) counts.replace(like, row);
      }
      const v = i === 0 ? (header[varyingColumn] as string) : varyingOf(input);
      if (v !== checked) {
        if (!this.isPlain(v)) {
          counts.valid = false;
          return undefined;
        }
        checked = v;
      }
      if (v.length + PADDING > varyingWidth) varyingWidth = v.length + PADDING;
      cur.keys[i] = key;
      cur.rows[i] = row;
      cur.inputs[i] = input;
      cur.varying[i] = v;
      cur.ends[i] = ends;
    }
    if (!aligned) {
      counts.reset();
      for (let i = 0; i < n; i++) counts.add(cur.rows[i] as Row);
    }
    const widths = new Array<number>(this.columns - 1);
    this.fixedColumns.forEach((j, k) => {
      widths[j] = counts.widest(k, MIN_WIDTH);
    });
    if (varyingColumn < this.columns - 1) widths[varyingColumn] = varyingWidth;
    cur.layout =
      last.layout !== undefined && sameWidths(widths, last.layout.widths) ? last.layout : layoutOf(widths);
    const out = this.assemble(cur, cur.layout === last.layout ? last : undefined);
    this.last = cur;
    this.spare = last;
    return out;
  }

  private lineOf(row: Row, varying: string, layout: Layout): string {
    if (row.layout === layout && row.varying === varying) return row.line;
    const { columns, varyingColumn, parts } = this;
    const end = columns - 1;
    for (let j = 0; j < end; j++) {
      const cell = j === varyingColumn ? varying : (row.cells[j] as string);
      parts[2 * j] = cell;
      parts[2 * j + 1] = layout.pads[(layout.widths[j] as number) - cell.length] as string;
    }
    parts[2 * end] = end === varyingColumn ? varying : (row.cells[end] as string);
    parts[2 * end + 1] = '\n';
    // One join makes a flat string: the line is copied into many chunks' texts over time.
    const line = parts.join('');
    row.layout = layout;
    row.varying = varying;
    row.line = line;
    return line;
  }

  /**
   * Lines of `cur`, in chunks. `same` is the last table when the layout is the same: a line whose
   * row stood there (see Snapshot.prev) with the same varying cell is taken from it.
   */
  private assemble(cur: Snapshot, same: Snapshot | undefined): string[] {
    const layout = cur.layout as Layout;
    const n = cur.keys.length;
    const out: string[] = [];
    let start = 0;
    let chars = 0;
    for (let i = 0; i < n; i++) {
      const v = cur.varying[i] as string;
      let length: number;
      const j = cur.prev[i] as number;
      if (same !== undefined && j >= 0 && same.varying[j] === v) {
        cur.lines[i] = same.lines[j] as string;
        length = same.lengths[j] as number;
      } else {
        const line = this.lineOf(cur.rows[i] as Row, v, layout);
        cur.lines[i] = line;
        length = line.length;
      }
      cur.lengths[i] = length;
      chars += length;
      if (cur.ends[i] || i + 1 - start === CHUNK_LINES || chars >= CHUNK_CHARS || i + 1 === n) {
        out.push(this.chunkOf(cur, start, i + 1));
        start = i + 1;
        chars = 0;
      }
    }
    return out;
  }

  /** The text of lines [from, to): the last call's when every line is the same. */
  private chunkOf(cur: Snapshot, from: number, to: number): string {
    const first = cur.rows[from] as Row;
    const known = this.chunks.get(first);
    if (known !== undefined && known.lines.length === to - from) {
      let same = true;
      for (let i = from; i < to && same; i++) same = cur.lines[i] === known.lines[i - from];
      if (same) return known.text;
    }
    const lines = cur.lines.slice(from, to);
    const text = lines.join('');
    this.chunks.set(first, { lines, text });
    return text;
  }
}
