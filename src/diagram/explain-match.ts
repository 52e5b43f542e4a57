/**
 * Finds the explainable pieces of the terminal's text: whole lines of the pull output, layer
 * statuses, and the headers and cells of `docker ps` and `docker images` tables (cells are placed
 * by the header above them, as tabwriter aligned them). Pure: the page hands it the buffer's lines.
 */
import type { ExplainTarget } from './explanations';

export interface ExplainSpan {
  /** Columns in the line, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** An Explanation id. */
  readonly id: string;
  /** What to highlight in the diagram: a layer id, an image reference or ID, a container ID or name. */
  readonly subject?: { readonly kind: ExplainTarget; readonly ref: string };
}

const LAYER_STATUSES: Readonly<Record<string, string>> = {
  'Pulling fs layer': 'pulling-fs-layer',
  Waiting: 'waiting',
  Downloading: 'downloading',
  'Verifying Checksum': 'verifying',
  'Download complete': 'download-complete',
  Extracting: 'extracting',
  'Pull complete': 'pull-complete',
  'Already exists': 'already-exists',
};

const PS_COLUMNS: Readonly<Record<string, string>> = {
  'CONTAINER ID': 'ps-container-id',
  IMAGE: 'ps-image',
  COMMAND: 'ps-command',
  CREATED: 'ps-created',
  STATUS: 'ps-status',
  PORTS: 'ps-ports',
  NAMES: 'ps-names',
};

const IMAGES_COLUMNS: Readonly<Record<string, string>> = {
  REPOSITORY: 'images-repository',
  TAG: 'images-tag',
  'IMAGE ID': 'images-image-id',
  CREATED: 'images-created',
  SIZE: 'images-size',
};

const EXIT_CODES = new Set([0, 1, 125, 126, 127, 130, 137, 143]);

export function exitedId(code: number): string {
  return EXIT_CODES.has(code) ? `exited-${code}` : 'exited-other';
}

function statusId(status: string): string | undefined {
  const exited = /^Exited \((\d+)\)/.exec(status);
  if (exited) return exitedId(Number(exited[1]));
  if (/^Up .*\(Paused\)$/.test(status)) return 'status-paused';
  if (status.startsWith('Up ')) return 'status-up';
  if (status === 'Created') return 'status-created';
  return undefined;
}

const whole = (line: string, id: string, subject?: ExplainSpan['subject']): ExplainSpan[] => {
  const start = line.length - line.trimStart().length;
  return [{ start, end: line.trimEnd().length, id, ...(subject ? { subject } : {}) }];
};

/** Pieces that a single line of output is enough to recognise. */
function lineSpans(lines: readonly string[], row: number): ExplainSpan[] | undefined {
  const line = lines[row] ?? '';
  let m = /^Unable to find image '([^']+)' locally/.exec(line);
  if (m?.[1]) return whole(line, 'unable-to-find', { kind: 'image', ref: m[1] });
  m = /^(\S+): Pulling from (\S+)/.exec(line);
  if (m) return whole(line, 'pulling-from', { kind: 'registry', ref: 'docker.io' });
  m =
    /^([0-9a-f]{12}): (Pulling fs layer|Waiting|Downloading|Verifying Checksum|Download complete|Extracting|Pull complete|Already exists)/.exec(
      line,
    );
  if (m?.[1] && m[2]) {
    const subject = { kind: 'layer' as const, ref: m[1] };
    return [
      { start: 0, end: 12, id: 'layer-id', subject },
      { start: 14, end: 14 + m[2].length, id: LAYER_STATUSES[m[2]] ?? 'layer-id', subject },
    ];
  }
  if (/^Digest: sha256:[0-9a-f]{64}/.test(line)) {
    const status = lines.slice(row + 1, row + 3).find((l) => l.startsWith('Status: '));
    const ref = status ? / for (\S+)/.exec(status)?.[1] : undefined;
    return whole(line, 'digest', ref ? { kind: 'image', ref } : undefined);
  }
  m = /^Status: (Downloaded newer image|Image is up to date) for (\S+)/.exec(line);
  if (m?.[2])
    return whole(line, m[1] === 'Image is up to date' ? 'status-up-to-date' : 'status-downloaded', {
      kind: 'image',
      ref: m[2],
    });
  if (/^[a-z0-9.-]+\.[a-z]+(:\d+)?\/\S+:\S+$/.test(line.trim()) && !line.includes(' '))
    return whole(line, 'full-reference', { kind: 'image', ref: line.trim() });
  if (line.trim() === 'Hello from Docker!') return whole(line, 'hello-from-docker');
  return undefined;
}

interface Column {
  readonly name: string;
  readonly start: number;
}

function columnsOf(header: string, names: readonly string[]): Column[] {
  const columns: Column[] = [];
  let from = 0;
  for (const name of names) {
    const at = header.indexOf(name, from);
    if (at < 0) continue;
    // A header word only counts where a column starts: at 0 or after two spaces.
    if (at > 0 && header.slice(at - 2, at) !== '  ') continue;
    columns.push({ name, start: at });
    from = at + name.length;
  }
  return columns.sort((a, b) => a.start - b.start);
}

/** The table header this row sits under, if it is in a ps or images table's output. */
function headerAbove(
  lines: readonly string[],
  row: number,
): { kind: 'ps' | 'images'; row: number } | undefined {
  for (let r = row; r >= 0 && row - r < 200; r--) {
    const line = lines[r] ?? '';
    if (line.startsWith('CONTAINER ID ') || line === 'CONTAINER ID') return { kind: 'ps', row: r };
    if (line.startsWith('REPOSITORY ')) return { kind: 'images', row: r };
    // A prompt or a blank line ends the output a table could belong to.
    if (r < row && (line.trim() === '' || /[$#] /.test(line))) return undefined;
  }
  return undefined;
}

function tableSpans(lines: readonly string[], row: number): ExplainSpan[] {
  const found = headerAbove(lines, row);
  if (!found) return [];
  const names = found.kind === 'ps' ? PS_COLUMNS : IMAGES_COLUMNS;
  const columns = columnsOf(lines[found.row] ?? '', Object.keys(names));
  const line = lines[row] ?? '';
  if (found.row === row)
    return columns.map((c) => ({ start: c.start, end: c.start + c.name.length, id: names[c.name] ?? '' }));
  const cells = columns.map((c, i) => {
    const raw = line.slice(c.start, columns[i + 1]?.start ?? line.length);
    return { column: c.name, start: c.start, text: raw.trimEnd() };
  });
  const cell = (name: string) => cells.find((c) => c.column === name)?.text ?? '';
  const spans: ExplainSpan[] = [];
  for (const c of cells) {
    if (c.text === '') continue;
    let id: string | undefined;
    let subject: ExplainSpan['subject'];
    if (found.kind === 'ps') {
      const container = cell('CONTAINER ID') || cell('NAMES');
      subject = container ? { kind: 'container', ref: container } : undefined;
      id = {
        'CONTAINER ID': 'ps-cell-id',
        IMAGE: 'ps-cell-image',
        COMMAND: 'ps-cell-command',
        CREATED: 'ps-cell-created',
        STATUS: statusId(c.text),
        PORTS: 'ps-cell-ports',
        NAMES: 'ps-cell-name',
      }[c.column];
      if (c.column === 'IMAGE') subject = { kind: 'image', ref: c.text };
    } else {
      const image = cell('IMAGE ID');
      subject = image ? { kind: 'image', ref: image } : undefined;
      id =
        c.text === '<none>' && (c.column === 'REPOSITORY' || c.column === 'TAG')
          ? 'images-none'
          : {
              REPOSITORY: 'images-cell-repository',
              TAG: 'images-cell-tag',
              'IMAGE ID': 'images-cell-id',
              CREATED: 'images-cell-created',
              SIZE: 'images-cell-size',
            }[c.column];
    }
    if (id) spans.push({ start: c.start, end: c.start + c.text.length, id, ...(subject ? { subject } : {}) });
  }
  return spans;
}

/** The explainable pieces of `lines[row]`, left to right. */
export function explainLine(lines: readonly string[], row: number): readonly ExplainSpan[] {
  return lineSpans(lines, row) ?? tableSpans(lines, row);
}
