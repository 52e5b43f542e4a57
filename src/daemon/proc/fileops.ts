/**
 * The programs that change files: touch, mkdir, rm, rmdir, cp, mv, and cat, which reads them.
 * Each error line is the tool's own (GNU coreutils 9 or busybox 1.36), in the C locale.
 */
import { basename, normalize } from '../fs/path';
import type { FsEntry } from '../types';
import { complain, type Proc, parseOpts, STRERROR } from './types';

const gnu = (p: Proc) => p.flavor === 'gnu';
const abs = (p: Proc, operand: string) => normalize(p.cwd, operand);

/** The physical directory a new entry goes in, and its name; or why it cannot. */
function place(p: Proc, operand: string): { path: string } | { error: keyof typeof STRERROR } {
  const path = abs(p, operand);
  const slash = path.lastIndexOf('/');
  const dir = p.fs.resolve(path.slice(0, slash) || '/');
  if ('error' in dir) return dir;
  if (dir.entry.type !== 'dir') return { error: 'ENOTDIR' };
  return { path: `${dir.path === '/' ? '' : dir.path}/${path.slice(slash + 1)}` };
}

function missingOperand(p: Proc): number {
  const name = p.argv[0]?.split('/').pop() ?? '';
  // touch alone names what is missing: `touch: missing file operand`.
  const what = name === 'touch' ? 'missing file operand' : 'missing operand';
  if (gnu(p)) p.err(`${name}: ${what}\nTry '${name} --help' for more information.\n`);
  else p.err(`BusyBox v1.36.1 multi-call binary.\n\nUsage: ${name} [OPTIONS] FILE...\n`);
  return 1;
}

export function cat(p: Proc): number {
  const { operands } = parseOpts(p.argv.slice(1));
  let status = 0;
  for (const f of operands.length === 0 ? ['-'] : operands) {
    if (f === '-') {
      p.out(p.stdin ?? '');
      continue;
    }
    const r = p.fs.resolve(abs(p, f));
    if ('error' in r) {
      complain(p, gnu(p) ? `${f}: ${STRERROR[r.error]}` : `can't open '${f}': ${STRERROR[r.error]}`);
      status = 1;
    } else if (r.entry.type === 'dir') {
      complain(p, gnu(p) ? `${f}: Is a directory` : 'read error: Is a directory');
      status = 1;
    } else if (r.entry.type === 'file') {
      p.out(r.entry.exec ? '\x7fELF\x02\x01\x01' : r.entry.data);
    }
  }
  return status;
}

export function touch(p: Proc): number {
  const { operands } = parseOpts(p.argv.slice(1));
  if (operands.length === 0) return missingOperand(p);
  let status = 0;
  for (const f of operands) {
    const r = p.fs.resolve(abs(p, f));
    if (!('error' in r)) {
      if (r.entry.type !== 'whiteout') p.fs.write(r.path, { ...r.entry, mtime: p.now } as FsEntry, p.now);
      continue;
    }
    const at = place(p, f);
    if ('error' in at) {
      complain(p, gnu(p) ? `cannot touch '${f}': ${STRERROR[at.error]}` : `${f}: ${STRERROR[at.error]}`);
      status = 1;
      continue;
    }
    p.fs.write(at.path, { type: 'file', data: '', mtime: p.now }, p.now);
  }
  return status;
}

export function mkdir(p: Proc): number {
  const { flags, operands } = parseOpts(p.argv.slice(1));
  if (operands.length === 0) return missingOperand(p);
  const cannot = (f: string, why: string) =>
    complain(p, `${gnu(p) ? 'cannot' : "can't"} create directory '${f}': ${why}`);
  let status = 0;
  for (const f of operands) {
    if (flags.has('p')) {
      // Each missing directory along the way, as mkdir -p makes them.
      const parts = abs(p, f).split('/').filter(Boolean);
      for (let i = 1; i <= parts.length; i++) {
        const sub = `/${parts.slice(0, i).join('/')}`;
        const r = p.fs.resolve(sub);
        if (!('error' in r)) {
          if (r.entry.type === 'dir') continue;
          cannot(f, STRERROR.EEXIST);
          status = 1;
          break;
        }
        const at = place(p, sub);
        if ('error' in at) {
          cannot(f, STRERROR[at.error]);
          status = 1;
          break;
        }
        p.fs.write(at.path, { type: 'dir', mtime: p.now }, p.now);
      }
      continue;
    }
    if (!('error' in p.fs.resolve(abs(p, f), false))) {
      cannot(f, STRERROR.EEXIST);
      status = 1;
      continue;
    }
    const at = place(p, f);
    if ('error' in at) {
      cannot(f, STRERROR[at.error]);
      status = 1;
      continue;
    }
    p.fs.write(at.path, { type: 'dir', mtime: p.now }, p.now);
  }
  return status;
}

export function rm(p: Proc): number {
  const { flags, operands } = parseOpts(p.argv.slice(1));
  const force = flags.has('f');
  const recursive = flags.has('r') || flags.has('R');
  if (operands.length === 0) return force ? 0 : missingOperand(p);
  let status = 0;
  for (const f of operands) {
    const at = place(p, f);
    const e = 'error' in at ? undefined : p.fs.lstat(at.path);
    if ('error' in at || !e) {
      if (force) continue;
      complain(
        p,
        `${gnu(p) ? 'cannot' : "can't"} remove '${f}': ${STRERROR['error' in at ? at.error : 'ENOENT']}`,
      );
      status = 1;
      continue;
    }
    if (e.type === 'dir' && !recursive) {
      complain(p, gnu(p) ? `cannot remove '${f}': Is a directory` : `'${f}' is a directory`);
      status = 1;
      continue;
    }
    p.fs.remove(at.path, p.now);
  }
  return status;
}

export function rmdir(p: Proc): number {
  const { operands } = parseOpts(p.argv.slice(1));
  if (operands.length === 0) return missingOperand(p);
  let status = 0;
  for (const f of operands) {
    const r = p.fs.resolve(abs(p, f), false);
    const why =
      'error' in r
        ? STRERROR[r.error]
        : r.entry.type !== 'dir'
          ? STRERROR.ENOTDIR
          : p.fs.list(r.path).length > 0
            ? STRERROR.ENOTEMPTY
            : undefined;
    if (why === undefined && !('error' in r)) {
      p.fs.remove(r.path, p.now);
      continue;
    }
    complain(p, gnu(p) ? `failed to remove '${f}': ${why}` : `'${f}': ${why}`);
    status = 1;
  }
  return status;
}

/** Copies `from` (physical) to `to` (physical), directories with everything in them. */
function copyTree(p: Proc, from: string, to: string): void {
  const e = p.fs.lstat(from);
  if (!e) return;
  p.fs.write(to, { ...e, mtime: p.now } as FsEntry, p.now);
  if (e.type === 'dir') for (const n of p.fs.list(from)) copyTree(p, `${from}/${n}`, `${to}/${n}`);
}

/** cp and mv: SOURCE... DEST, into DEST when it is a directory. */
function transfer(p: Proc, move: boolean): number {
  const { flags, operands } = parseOpts(p.argv.slice(1));
  if (operands.length < 2) {
    if (operands.length === 0 || !gnu(p)) return missingOperand(p);
    const name = move ? 'mv' : 'cp';
    p.err(
      `${name}: missing destination file operand after '${operands[0]}'\nTry '${name} --help' for more information.\n`,
    );
    return 1;
  }
  const dest = operands.at(-1) as string;
  const destR = p.fs.resolve(abs(p, dest));
  const intoDir = !('error' in destR) && destR.entry.type === 'dir';
  let status = 0;
  for (const src of operands.slice(0, -1)) {
    const s = p.fs.resolve(abs(p, src), move);
    if ('error' in s) {
      complain(
        p,
        move && !gnu(p)
          ? `can't rename '${src}': ${STRERROR[s.error]}`
          : `${gnu(p) ? 'cannot' : "can't"} stat '${src}': ${STRERROR[s.error]}`,
      );
      status = 1;
      continue;
    }
    if (!move && s.entry.type === 'dir' && !(flags.has('r') || flags.has('R') || flags.has('a'))) {
      complain(p, gnu(p) ? `-r not specified; omitting directory '${src}'` : `omitting directory '${src}'`);
      status = 1;
      continue;
    }
    const at = place(p, intoDir ? `${dest}/${basename(src)}` : dest);
    if ('error' in at) {
      complain(
        p,
        `${gnu(p) ? 'cannot' : "can't"} ${move ? 'move' : 'create'} '${dest}': ${STRERROR[at.error]}`,
      );
      status = 1;
      continue;
    }
    copyTree(p, s.path, at.path);
    if (move) p.fs.remove(s.path, p.now);
  }
  return status;
}

export const cp = (p: Proc) => transfer(p, false);
export const mv = (p: Proc) => transfer(p, true);
