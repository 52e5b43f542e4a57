/**
 * `ls`, as GNU coreutils and busybox print it: one name a line when stdout is not a terminal,
 * columns (80 wide) when it is, `-l` long lines with a `total`, `-a` with `.` and `..`. The
 * locale is C, as in a container without LANG: names sort by byte.
 */
import { entrySize } from '../fs/view';
import type { FsEntry } from '../types';
import { complain, type Proc, parseOpts, STRERROR } from './types';

const WIDTH = 80;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function modeString(e: FsEntry): string {
  if (e.type === 'link') return 'lrwxrwxrwx';
  const mode = e.type === 'dir' ? (e.mode ?? 0o755) : e.type === 'file' ? (e.mode ?? 0o644) : 0;
  let s = e.type === 'dir' ? 'd' : '-';
  for (const shift of [6, 3, 0]) {
    const bits = (mode >> shift) & 7;
    s += `${bits & 4 ? 'r' : '-'}${bits & 2 ? 'w' : '-'}${bits & 1 ? 'x' : '-'}`;
  }
  // The sticky bit shows in the others' execute place (/tmp: drwxrwxrwt).
  if (mode & 0o1000) s = s.slice(0, 9) + (mode & 1 ? 't' : 'T');
  return s;
}

/** `Mar 15 12:00` within six months of now, `Mar 15  2019` otherwise (both tools, UTC). */
function lsDate(ms: number, now: number): string {
  const d = new Date(ms);
  const day = String(d.getUTCDate()).padStart(2, ' ');
  const recent = now - ms < (365.2425 / 2) * 86_400_000 && ms <= now + 60_000;
  const tail = recent
    ? `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`
    : ` ${d.getUTCFullYear()}`;
  return `${MONTHS[d.getUTCMonth()]} ${day} ${tail}`;
}

/** 1K blocks on a 4K-block filesystem, as `total` adds them. */
const blocks = (e: FsEntry): number => (e.type === 'link' ? 0 : Math.ceil(entrySize(e) / 4096) * 4);

interface Item {
  readonly name: string;
  readonly entry: FsEntry;
  /** Physical path, to count a directory's subdirectories for its link count. */
  readonly path: string;
}

function nlink(p: Proc, item: Item): number {
  if (item.entry.type !== 'dir') return 1;
  return (
    2 +
    p.fs
      .list(item.path)
      .filter((n) => p.fs.lstat(`${item.path === '/' ? '' : item.path}/${n}`)?.type === 'dir').length
  );
}

function longLines(p: Proc, items: readonly Item[]): string[] {
  const rows = items.map((it) => ({
    mode: modeString(it.entry),
    links: String(nlink(p, it)),
    size: String(entrySize(it.entry)),
    date: lsDate(p.fs.mtime(it.entry), p.now),
    name: it.entry.type === 'link' ? `${it.name} -> ${it.entry.target}` : it.name,
  }));
  if (p.flavor === 'busybox') {
    return rows.map(
      (r) =>
        `${r.mode} ${r.links.padStart(4)} ${'root'.padEnd(8)} ${'root'.padEnd(8)} ${r.size.padStart(9)} ${r.date} ${r.name}`,
    );
  }
  const owner = p.owner ?? 'root';
  const lw = Math.max(...rows.map((r) => r.links.length));
  const sw = Math.max(...rows.map((r) => r.size.length));
  return rows.map(
    (r) => `${r.mode} ${r.links.padStart(lw)} ${owner} ${owner} ${r.size.padStart(sw)} ${r.date} ${r.name}`,
  );
}

/** GNU: as many columns as fit, each as wide as its longest name plus two, filled down first. */
function gnuColumns(names: readonly string[]): string[] {
  for (let cols = names.length; cols > 1; cols--) {
    const rows = Math.ceil(names.length / cols);
    if (Math.ceil(names.length / rows) !== cols) continue;
    const widths = Array.from({ length: cols }, (_, c) =>
      Math.max(...names.slice(c * rows, (c + 1) * rows).map((n) => n.length)),
    );
    if (widths.reduce((a, w) => a + w + 2, 0) - 2 > WIDTH) continue;
    return Array.from({ length: rows }, (_, r) =>
      widths
        .map((w, c) => {
          const n = names[c * rows + r];
          return n === undefined
            ? ''
            : c === cols - 1 || names[(c + 1) * rows + r] === undefined
              ? n
              : n.padEnd(w + 2);
        })
        .join('')
        .trimEnd(),
    );
  }
  return [...names];
}

/** busybox: one width for all columns, the longest name plus two, filled down first. */
function busyboxColumns(names: readonly string[]): string[] {
  const width = Math.max(...names.map((n) => n.length)) + 2;
  const cols = Math.max(1, Math.floor(WIDTH / width));
  const rows = Math.ceil(names.length / cols);
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => names[c * rows + r])
      .filter((n): n is string => n !== undefined)
      .map((n, i, row) => (i === row.length - 1 ? n : n.padEnd(width)))
      .join(''),
  );
}

export function ls(p: Proc): number {
  const { flags, operands } = parseOpts(p.argv.slice(1));
  const long = flags.has('l');
  const all = flags.has('a');
  const targets = operands.length > 0 ? operands : ['.'];
  let status = 0;
  const files: Item[] = [];
  const dirs: { label: string; path: string }[] = [];
  for (const t of targets) {
    const abs = t.startsWith('/') ? t : `${p.cwd}/${t}`;
    // With -l a link named on the line is shown, not followed (unless it names a directory with /).
    const r = p.fs.resolve(abs, !long || t.endsWith('/'));
    if ('error' in r) {
      complain(
        p,
        p.flavor === 'gnu' ? `cannot access '${t}': ${STRERROR[r.error]}` : `${t}: ${STRERROR[r.error]}`,
      );
      status = p.flavor === 'gnu' ? 2 : 1;
      continue;
    }
    if (r.entry.type === 'dir') dirs.push({ label: t, path: r.path });
    else files.push({ name: t, entry: r.entry, path: r.path });
  }
  const blocksOut: string[][] = [];
  const show = (items: Item[]): string[] =>
    long
      ? longLines(p, items)
      : p.tty
        ? (p.flavor === 'gnu' ? gnuColumns : busyboxColumns)(items.map((i) => i.name))
        : items.map((i) => i.name);
  if (files.length > 0) blocksOut.push(show(files));
  for (const d of dirs) {
    const prefix = d.path === '/' ? '/' : `${d.path}/`;
    const items: Item[] = p.fs
      .list(d.path)
      .filter((n) => all || !n.startsWith('.'))
      .map((n) => ({ name: n, entry: p.fs.lstat(prefix + n) ?? { type: 'dir' }, path: prefix + n }));
    if (all) {
      const parent = d.path === '/' ? '/' : d.path.slice(0, d.path.lastIndexOf('/')) || '/';
      items.unshift(
        { name: '.', entry: p.fs.lstat(d.path) ?? { type: 'dir' }, path: d.path },
        { name: '..', entry: p.fs.lstat(parent) ?? { type: 'dir' }, path: parent },
      );
    }
    const lines: string[] = [];
    if (targets.length > 1) lines.push(`${d.label}:`);
    if (long) lines.push(`total ${items.reduce((a, i) => a + blocks(i.entry), 0)}`);
    if (items.length > 0) lines.push(...show(items));
    blocksOut.push(lines);
  }
  const text = blocksOut
    .map((b) => b.join('\n'))
    .filter((b) => b !== '')
    .join('\n\n');
  if (text) p.out(`${text}\n`);
  return status;
}
