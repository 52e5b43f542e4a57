/**
 * What a program inside a container gets: its argv, environment, working directory, the
 * container's filesystem view, and where to write. Two flavours of the same tools exist, with
 * their own wording: GNU coreutils/bash (ubuntu, debian and what is built on them) and busybox
 * (alpine, busybox), whose messages differ (`ls: cannot access 'x'…` vs `ls: x: …`).
 */
import type { ContainerFs } from '../fs/view';
import type { User } from './users';

export type Flavor = 'gnu' | 'busybox';

export interface Proc {
  readonly argv: readonly string[];
  /** Environment, in the order `env` prints it. */
  readonly env: Readonly<Record<string, string>>;
  readonly cwd: string;
  readonly fs: ContainerFs;
  readonly flavor: Flavor;
  readonly hostname: string;
  /** Who owns the files `ls -l` shows (the host's `learner`); absent: root, as in a container. */
  readonly owner?: string;
  /** PID 1's command line, for `ps`. */
  readonly pid1: string;
  readonly tty: boolean;
  /** Who runs it; absent: root. */
  readonly user?: User;
  /** What a pipe or `<` feeds the program; absent: the terminal, where nobody types ahead. */
  readonly stdin?: string;
  /** Epoch ms. */
  readonly now: number;
  out(text: string): void;
  err(text: string): void;
  /** Simulated time the program takes (`sleep`, `apt-get update`), ms. */
  spend(ms: number): void;
  /**
   * Blocks for ms of wall time (sleep). PID 1 does not run to its end at start then: the
   * container stays up until the clock passes. Absent where nothing waits (a prompt's command
   * is played back with its time instead), so callers fall back to `spend`.
   */
  block?(ms: number): void;
}

/** A program: returns its exit status. */
export type Program = (p: Proc) => number;

/** `name: text` on stderr, the usual shape of an error line. */
export function complain(p: Proc, text: string): void {
  p.err(`${p.argv[0]?.split('/').pop() ?? ''}: ${text}\n`);
}

/** Splits `-la`, `-r -f` and `--` off the operands; unknown letters are the caller's to refuse. */
export function parseOpts(args: readonly string[]): { flags: Set<string>; operands: string[] } {
  const flags = new Set<string>();
  const operands: string[] = [];
  let done = false;
  for (const a of args) {
    if (done || a === '-' || !a.startsWith('-')) operands.push(a);
    else if (a === '--') done = true;
    else if (a.startsWith('--')) flags.add(a);
    else for (const ch of a.slice(1)) flags.add(ch);
  }
  return { flags, operands };
}

/** strerror() for the errors the filesystem model raises. */
export const STRERROR = {
  ENOENT: 'No such file or directory',
  ENOTDIR: 'Not a directory',
  ELOOP: 'Too many levels of symbolic links',
  EISDIR: 'Is a directory',
  EEXIST: 'File exists',
  ENOTEMPTY: 'Directory not empty',
} as const;
