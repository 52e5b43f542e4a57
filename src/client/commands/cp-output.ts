/**
 * What `docker cp` writes besides files: its progress line on a terminal (cp.go copyProgress,
 * through morikuni/aec) and, for `DEST_PATH` `-`, the tar stream itself.
 */
import type { TarEntry } from '../../daemon/fs/tar';
import { entrySize } from '../../daemon/fs/view';
import { humanSizeWithPrecision } from '../../units/index';

const CSI = '\x1b[';

/**
 * The whole progress dance, as the final update leaves it: save the cursor, `Preparing to copy...`,
 * hide the cursor and redraw as `<header><size>`, then restore, erase, and the summary line
 * (`Successfully copied 2.05kB to /home/learner/x`), all on stderr.
 */
export function cpProgress(header: string, bytes: number, dest: string): string {
  const size = humanSizeWithPrecision(bytes, 3);
  return (
    `${CSI}sPreparing to copy...` +
    `${CSI}?25l${CSI}u${CSI}2K${header}${humanSizeWithPrecision(0, 3)}` +
    `${CSI}${header.length + 1}G${CSI}0K${size}` +
    `${CSI}?25h${CSI}u${CSI}2K` +
    `Successfully copied ${size} to ${dest}\n`
  );
}

const octal = (n: number, width: number) => `${n.toString(8).padStart(width - 1, '0')}\0`;
const field = (s: string, width: number) => s.slice(0, width).padEnd(width, '\0');

/** A ustar archive of the entries, as the bytes a terminal would be sent (docker cp … -). */
export function tarStream(entries: readonly TarEntry[]): string {
  let out = '';
  for (const { name, entry } of entries) {
    const isDir = entry.type === 'dir';
    const data = entry.type === 'file' ? entry.data : '';
    const size = entry.type === 'file' ? entrySize(entry) : 0;
    const own = entry.type === 'dir' || entry.type === 'file' ? entry.mode : undefined;
    const mode = entry.type === 'link' ? 0o777 : (own ?? (isDir ? 0o755 : 0o644));
    const mtime = Math.floor(('mtime' in entry && entry.mtime !== undefined ? entry.mtime : 0) / 1000);
    const typeflag = isDir ? '5' : entry.type === 'link' ? '2' : '0';
    const head = (checksum: string) =>
      field(isDir ? `${name}/` : name, 100) +
      octal(mode, 8) +
      octal(0, 8) +
      octal(0, 8) +
      octal(size, 12) +
      octal(mtime, 12) +
      checksum +
      typeflag +
      field(entry.type === 'link' ? entry.target : '', 100) +
      'ustar\0' +
      '00' +
      field('root', 32) +
      field('root', 32) +
      '\0'.repeat(8 + 8 + 155 + 12);
    let sum = 0;
    for (const ch of head(' '.repeat(8))) sum += ch.charCodeAt(0) & 0xff;
    out += head(`${sum.toString(8).padStart(6, '0')}\0 `);
    if (size > 0) out += data + '\0'.repeat((512 - (size % 512)) % 512);
  }
  return out + '\0'.repeat(1024);
}
