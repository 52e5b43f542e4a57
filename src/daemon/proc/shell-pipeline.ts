/**
 * A container shell's pipelines: the container's filesystem as the files redirections open, and
 * each dialect's words for a redirection it cannot do (bash 5: `bash: f: No such file or
 * directory`; dash: `sh: 1: cannot open f: No such file`; busybox ash: `sh: can't open f: no such
 * file`, from their sources' openredirect and errmsg).
 */
import { normalize } from '../fs/path';
import type { ContainerFs } from '../fs/view';
import type { FsEntry } from '../types';
import { type Files, type OpenError, type RedirWording, runPipeline, type Stage } from './pipeline';
import { type CommandIo, type CommandResult, runCommand, type ShellState } from './shell';
import { STRERROR } from './types';

const strerror = (e: OpenError) => (e === 'EISDIR' || e in STRERROR ? STRERROR[e as 'EISDIR'] : e);

export function containerFiles(fs: ContainerFs, cwd: string, now: number): Files {
  const abs = (p: string) => normalize(cwd, p);
  /** The physical path a write goes to: the file (links followed), or a new name in its directory. */
  const place = (p: string): { path: string; entry?: FsEntry } | { error: OpenError } => {
    const r = fs.resolve(abs(p));
    if (!('error' in r)) return r.entry.type === 'dir' ? { error: 'EISDIR' } : r;
    if (r.error !== 'ENOENT') return r;
    const path = abs(p);
    const slash = path.lastIndexOf('/');
    const dir = fs.resolve(path.slice(0, slash) || '/');
    if ('error' in dir) return dir;
    if (dir.entry.type !== 'dir') return { error: 'ENOTDIR' };
    return { path: `${dir.path === '/' ? '' : dir.path}/${path.slice(slash + 1)}` };
  };
  const text = (e: FsEntry | undefined) => (e?.type === 'file' ? e.data : '');
  return {
    read(p) {
      const r = fs.resolve(abs(p));
      if ('error' in r) return r;
      // Reading a directory fails in the program (`cat: -: Is a directory`), not the shell.
      return { text: text(r.entry) };
    },
    open(p, append) {
      const at = place(p);
      if ('error' in at) return at;
      if (!at.entry || !append)
        fs.write(at.path, { type: 'file', data: append ? text(at.entry) : '', mtime: now }, now);
      return { ok: true };
    },
    append(p, data) {
      if (data === '') return;
      const at = place(p);
      if ('error' in at) return;
      const old = at.entry?.type === 'file' ? at.entry : undefined;
      fs.write(
        at.path,
        { type: 'file', data: text(old) + data, mtime: now, ...(old?.mode ? { mode: old.mode } : {}) },
        now,
      );
    },
  };
}

export function redirWording(sh: ShellState): RedirWording {
  if (sh.dialect === 'ash') {
    const busybox = (e: OpenError, em: string) => (e === 'ENOENT' || e === 'ENOTDIR' ? em : strerror(e));
    return {
      cannot: (t, mode, e) =>
        mode === 'open'
          ? `sh: can't open ${t}: ${busybox(e, 'no such file')}\n`
          : `sh: can't create ${t}: ${busybox(e, 'nonexistent directory')}\n`,
      badFd: (fd) => `sh: ${fd}: Bad file descriptor\n`,
      status: 1,
    };
  }
  if (sh.dialect === 'dash') {
    const dash = (e: OpenError, em: string) => (e === 'ENOENT' || e === 'ENOTDIR' ? em : strerror(e));
    return {
      cannot: (t, mode, e) =>
        mode === 'open'
          ? `sh: 1: cannot open ${t}: ${dash(e, 'No such file')}\n`
          : `sh: 1: cannot create ${t}: ${dash(e, 'Directory nonexistent')}\n`,
      badFd: (fd) => `sh: 1: ${fd}: Bad file descriptor\n`,
      status: 2,
    };
  }
  const prefix = sh.interactive ? 'bash: ' : 'bash: line 1: ';
  return {
    cannot: (t, _mode, e) => `${prefix}${t}: ${strerror(e)}\n`,
    badFd: (fd) => `${prefix}${fd}: Bad file descriptor\n`,
    status: 1,
  };
}

/**
 * Runs a pipeline in the shell: a lone command in the shell itself (`cd`, `export` and `exit`
 * act on it), the stages of a longer one each in a subshell whose changes are dropped.
 */
export function runShellPipeline(sh: ShellState, stages: readonly Stage[], io: CommandIo): CommandResult {
  let shell = sh;
  const r = runPipeline(stages, {
    files: containerFiles(io.fs, sh.cwd, io.now),
    wording: redirWording(sh),
    ...(io.stdin !== undefined ? { stdin: io.stdin } : {}),
    out: io.out,
    err: io.err,
    run(argv, stageIo, alone) {
      const { stdin: _terminal, ...rest } = io;
      const done = runCommand(sh, argv, { ...rest, ...stageIo });
      if (alone) shell = done.sh;
      return { status: done.status, ...(alone && done.exit !== undefined ? { exit: done.exit } : {}) };
    },
  });
  return { status: r.status, sh: shell, ...(r.exit !== undefined ? { exit: r.exit } : {}) };
}
