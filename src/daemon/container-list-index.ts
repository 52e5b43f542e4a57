/**
 * What `docker ps` lists, kept per containers record (moby's view of containers, list.go): a row
 * per container derived once from its immutable record, rows in listing order, and the dense
 * arrays a listing reads for every row. Carried over a `docker run` or `rm` (see record-origin.ts).
 */
import type { DurationPhrases } from '../units/duration';
import type { ContainerSummary } from './api';
import { findImage } from './lookup';
import { summaryPorts } from './ports';
import { RecordIndex } from './record-origin';
import { commandText, type StatusClock, statusClock } from './status';
import { shortId } from './step';
import type { Container, DaemonState } from './types';

/** What listing needs from a container record, derived once: records are replaced, never
 * mutated, so a WeakMap keyed on the record is always right. */
export interface ListRow extends StatusClock {
  readonly Id: string;
  readonly Name: string;
  /** The reference the container was created from, and the image it named then. */
  readonly ref: string;
  readonly ImageID: string;
  readonly Command: string;
  /** Unix seconds, as listed; `createdMs` is the record's own time, which orders the list. */
  readonly Created: number;
  readonly createdMs: number;
  readonly State: string;
  readonly running: boolean;
  readonly ports: ContainerSummary['Ports'];
  /** Names as listed (`/name`): shared by the summaries of the row, which never change it. */
  readonly names: readonly string[];
  /** The summary this row was last listed as, whichever index listed it (see ListIndex.listed). */
  last?: ContainerSummary;
}

const listRows = new WeakMap<Container, ListRow>();

/** One string per distinct command, shared by the rows that run it: a listing then reads a few
 * strings, not 10k scattered ones. Bounded, as odd worlds may run many distinct commands. */
const commandTexts = new Map<string, string>();
function sharedCommand(text: string): string {
  const shared = commandTexts.get(text);
  if (shared !== undefined) return shared;
  if (commandTexts.size >= 10_000) commandTexts.clear();
  commandTexts.set(text, text);
  return text;
}

function listRow(c: Container): ListRow {
  let row = listRows.get(c);
  if (!row) {
    const clock = statusClock(c);
    row = {
      Id: c.Id,
      Name: c.Name,
      ref: c.Image,
      ImageID: c.ImageID,
      Command: sharedCommand(commandText(c)),
      Created: Math.floor(c.Created / 1000),
      createdMs: c.Created,
      State: c.State.Status,
      running: c.State.Running,
      ports: summaryPorts(c),
      names: [`/${c.Name}`],
      text: clock.text,
      phrases: clock.phrases,
      since: clock.since,
    };
    listRows.set(c, row);
  }
  return row;
}

/**
 * Rows newest first (moby's byCreatedDescending), kept per containers record like an index. What
 * a listing reads for every row sits in dense arrays, read in order, rather than in each row.
 */
export interface ListIndex {
  readonly rows: readonly ListRow[];
  readonly running: readonly boolean[];
  readonly clocks: readonly (DurationPhrases | undefined)[];
  readonly since: Float64Array;
  readonly texts: readonly string[];
  /** The IMAGE column, for the images record it was resolved against (it depends on both). */
  images: DaemonState['images'] | undefined;
  /** Undefined where a row was put in since (resolved at the next listing). */
  imageColumn: readonly (string | undefined)[];
  /**
   * The summary last listed for each row, and its status. A summary is immutable and only its
   * status depends on the time, so it is reused while the status reads the same: a listing then
   * builds objects only for containers whose status text moved on.
   */
  readonly listed: (ContainerSummary | undefined)[];
  readonly listedStatus: (string | undefined)[];
}

/** moby's byCreatedDescending: newest first; > 0 when `a` lists after `b`. */
const listOrder = (a: ListRow, b: ListRow): number => b.createdMs - a.createdMs || (a.Id < b.Id ? 1 : -1);

function indexOfRows(rows: readonly ListRow[]): ListIndex {
  return {
    rows,
    running: rows.map((r) => r.running),
    clocks: rows.map((r) => r.phrases),
    since: Float64Array.from(rows, (r) => r.since),
    texts: rows.map((r) => r.text),
    images: undefined,
    imageColumn: [],
    listed: new Array<ContainerSummary | undefined>(rows.length).fill(undefined),
    listedStatus: new Array<string | undefined>(rows.length).fill(undefined),
  };
}

/**
 * Per containers record; after `docker run` or `rm` the rows of the record copied are carried
 * over, the changed container's row taken out and put in its place, instead of sorted again.
 * (Summaries listed before are found again through their rows' `last`.)
 */
const listIndexes = new RecordIndex<ListIndex>(
  // Sorted as rows, not records: rows are compact, records are scattered over the heap.
  (containers) => indexOfRows(Object.values(containers).map(listRow).sort(listOrder)),
  (old, from, to, id) => {
    const before = from[id];
    const after = to[id];
    let index = old;
    if (before !== undefined) {
      const at = index.rows.indexOf(listRow(before));
      if (at < 0) return undefined;
      index = spliced(index, at, 1);
    }
    if (after !== undefined) {
      const row = listRow(after);
      const { rows } = index;
      // The first row that lists after the new one.
      let lo = 0;
      let hi = rows.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (listOrder(rows[mid] as ListRow, row) > 0) hi = mid;
        else lo = mid + 1;
      }
      index = spliced(index, lo, 0, row);
    }
    return index;
  },
);

/**
 * `index` with `remove` rows taken out at `at` and `row` put in there: its dense arrays spliced
 * rather than mapped again from the rows. The IMAGE cell of a new row is resolved when listed.
 */
function spliced(index: ListIndex, at: number, remove: number, row?: ListRow): ListIndex {
  const splice = <T>(xs: readonly T[], x: T): T[] => {
    const copy = xs.slice();
    if (row === undefined) copy.splice(at, remove);
    else copy.splice(at, remove, x);
    return copy;
  };
  const since = new Float64Array(index.since.length - remove + (row === undefined ? 0 : 1));
  since.set(index.since.subarray(0, at));
  if (row !== undefined) since[at] = row.since;
  since.set(index.since.subarray(at + remove), at + (row === undefined ? 0 : 1));
  return {
    rows: splice(index.rows, row as ListRow),
    running: splice(index.running, row?.running ?? false),
    clocks: splice(index.clocks, row?.phrases),
    since,
    texts: splice(index.texts, row?.text ?? ''),
    images: index.images,
    imageColumn: splice(index.imageColumn, undefined),
    listed: splice(index.listed, undefined),
    listedStatus: splice(index.listedStatus, undefined),
  };
}

/**
 * Each distinct reference resolved once per images record, as [image id, flat copy of it]: a
 * reference built by a template is a V8 rope, walked again for every row that shows it when the
 * listing's text is flattened, so the rows showing it share one flat string.
 */
const refsByImages = new WeakMap<DaemonState['images'], Map<string, readonly [string | undefined, string]>>();

/** The IMAGE cell of a row: the reference typed, unless it now names another image (moby refreshImage). */
function imageCell(state: DaemonState, row: ListRow): string {
  let refs = refsByImages.get(state.images);
  if (refs === undefined) {
    refs = new Map();
    refsByImages.set(state.images, refs);
  }
  let seen = refs.get(row.ref);
  if (seen === undefined) {
    seen = [findImage(state, row.ref)?.Id, row.ref.split('').join('')];
    refs.set(row.ref, seen);
  }
  return seen[0] === row.ImageID ? seen[1] : shortId(row.ImageID);
}

export function listIndex(state: DaemonState): ListIndex {
  const index = listIndexes.of(state.containers);
  if (index.images === state.images && index.imageColumn.includes(undefined)) {
    index.imageColumn = index.imageColumn.map(
      (cell, i) => cell ?? imageCell(state, index.rows[i] as ListRow),
    );
  }
  if (index.images !== state.images) {
    index.imageColumn = index.rows.map((row) => imageCell(state, row));
    index.images = state.images;
    // Summaries carry the IMAGE cell: none listed before still holds.
    index.listed.fill(undefined);
  }
  return index;
}
