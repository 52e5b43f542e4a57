/**
 * The shell inside a container: its builtins (cd, export, exit, pwd), its wording for a command
 * it cannot find, and `sh -c '…'` scripts. Three dialects: bash (ubuntu, debian), dash (their
 * /bin/sh) and busybox ash (alpine, busybox), each with its own error texts.
 */

import { formatHistory } from '../bash-history';
import { normalize } from '../fs/path';
import type { ContainerFs } from '../fs/view';
import { findProgram } from './index';
import type { Redirect, RedirOp, Stage } from './pipeline';
import { runShellPipeline } from './shell-pipeline';
import type { Proc } from './types';
import type { User } from './users';

export type Dialect = 'bash' | 'dash' | 'ash';

/** What a shell carries from one command to the next. */
export interface ShellState {
  readonly dialect: Dialect;
  readonly cwd: string;
  /** Variables set by `export` (and the container's environment, from the start). */
  readonly vars: Readonly<Record<string, string>>;
  /** Interactive (a prompt) or running `-c`: the not-found wording differs. */
  readonly interactive: boolean;
  /** Who it runs as (`exec -u`); absent: root. */
  readonly user?: User;
}

export interface CommandIo {
  readonly fs: ContainerFs;
  readonly hostname: string;
  readonly pid1: string;
  readonly tty: boolean;
  readonly now: number;
  readonly stdin?: string;
  /** The interactive shell's history, for its `history` builtin (in a pipeline too). */
  readonly history?: readonly string[];
  /** `$?` before this command: what a bare `exit` exits with. */
  readonly lastStatus?: number;
  out(text: string): void;
  err(text: string): void;
  spend(ms: number): void;
  block?(ms: number): void;
}

export interface CommandResult {
  readonly status: number;
  readonly sh: ShellState;
  /** Set by `exit`: the shell ends with this code. */
  readonly exit?: number;
}

/** The environment a program sees, in the order each shell's `env` prints it. */
function environment(sh: ShellState, program: string): Record<string, string> {
  const v = sh.vars;
  const base =
    sh.dialect === 'ash'
      ? { HOSTNAME: v.HOSTNAME, SHLVL: '1', HOME: v.HOME, TERM: v.TERM, PATH: v.PATH, PWD: sh.cwd }
      : { HOSTNAME: v.HOSTNAME, PWD: sh.cwd, HOME: v.HOME, TERM: v.TERM, SHLVL: '1', PATH: v.PATH };
  const rest = Object.fromEntries(Object.entries(v).filter(([k]) => !(k in base)));
  const env: Record<string, string> = {};
  for (const [k, val] of Object.entries({ ...base, ...rest })) if (val !== undefined) env[k] = val;
  if (sh.dialect === 'bash') env._ = program;
  return env;
}

function notFound(sh: ShellState, io: CommandIo, name: string, status: 126 | 127, why: string): number {
  if (sh.dialect === 'ash') io.err(`sh: ${name}: ${status === 127 ? 'not found' : why}\n`);
  else if (sh.dialect === 'dash') io.err(`sh: 1: ${name}: ${status === 127 ? 'not found' : why}\n`);
  else io.err(`bash: ${sh.interactive ? '' : 'line 1: '}${name}: ${why}\n`);
  return status;
}

/** Runs one simple command (already expanded into argv) in the shell. */
export function runCommand(sh: ShellState, argv: readonly string[], io: CommandIo): CommandResult {
  const [name, ...args] = argv;
  if (name === undefined) return { status: 0, sh };
  const prefix = sh.dialect === 'bash' ? 'bash: ' : sh.dialect === 'dash' ? 'sh: 1: ' : 'sh: ';
  if (name === 'exit') {
    const code =
      args[0] !== undefined && /^\d+$/.test(args[0]) ? Number(args[0]) & 255 : (io.lastStatus ?? 0);
    return { status: code, sh, exit: code };
  }
  if (name === 'cd') {
    const target = args[0] ?? sh.vars.HOME ?? '/';
    const path = normalize(sh.cwd, target);
    const r = io.fs.resolve(path);
    if ('error' in r || r.entry.type !== 'dir') {
      const why =
        'error' in r
          ? r.error === 'ENOENT'
            ? 'No such file or directory'
            : 'Not a directory'
          : 'Not a directory';
      if (sh.dialect === 'bash') io.err(`bash: ${sh.interactive ? '' : 'line 1: '}cd: ${target}: ${why}\n`);
      else io.err(`${prefix}cd: can't cd to ${target}${sh.dialect === 'ash' ? `: ${why}` : ''}\n`);
      return { status: sh.dialect === 'bash' ? 1 : 2, sh };
    }
    // The logical path, as bash and ash keep it ($PWD shows /bin, not /usr/bin).
    return { status: 0, sh: { ...sh, cwd: path, vars: { ...sh.vars, OLDPWD: sh.cwd } } };
  }
  if (name === 'export') {
    const vars = { ...sh.vars };
    for (const a of args) {
      const eq = a.indexOf('=');
      if (eq > 0) vars[a.slice(0, eq)] = a.slice(eq + 1);
    }
    return { status: 0, sh: { ...sh, vars } };
  }
  if (name === 'history' && io.history) {
    io.out(formatHistory(io.history));
    return { status: 0, sh };
  }
  if (name === 'pwd') {
    io.out(`${sh.cwd}\n`);
    return { status: 0, sh };
  }
  const env = environment(sh, name);
  const found = findProgram({ env, fs: io.fs, cwd: sh.cwd }, name);
  if (!found.ok) return { status: notFound(sh, io, name, found.status, found.why), sh };
  const proc: Proc = {
    argv,
    env: environment(sh, found.path),
    cwd: sh.cwd,
    fs: io.fs,
    flavor: found.flavor,
    hostname: io.hostname,
    pid1: io.pid1,
    tty: io.tty,
    now: io.now,
    ...(sh.user ? { user: sh.user } : {}),
    ...(io.stdin !== undefined ? { stdin: io.stdin } : {}),
    out: io.out,
    err: io.err,
    spend: io.spend,
    ...(io.block ? { block: io.block } : {}),
  };
  return { status: found.program(proc), sh };
}

/**
 * Splits a `-c` script into pipelines with the operator before each: quotes, `\`, `$VAR`, `$?`,
 * `|` and redirections as the host tokenizer reads them, in a few lines (the daemon cannot import
 * the shell room).
 */
export function parseScript(script: string, vars: Readonly<Record<string, string>>, status: number) {
  const pipelines: { op: string | null; stages: Stage[] }[] = [];
  let stages: Stage[] = [];
  let words: string[] = [];
  let redirs: Redirect[] = [];
  let pending: { fd: number; op: RedirOp } | null = null;
  let word: string | null = null;
  let op: string | null = null;
  let quote: string | null = null;
  const flush = () => {
    if (word !== null && pending) redirs.push({ ...pending, target: word });
    else if (word !== null) words.push(word);
    if (word !== null) pending = null;
    word = null;
  };
  const endStage = () => {
    flush();
    if (words.length > 0 || redirs.length > 0) stages.push({ argv: words, redirs });
    words = [];
    redirs = [];
  };
  for (let i = 0; i < script.length; i++) {
    const ch = script[i] as string;
    const two = script.slice(i, i + 2);
    if (quote === "'") {
      if (ch === "'") quote = null;
      else word += ch;
    } else if (ch === '\\' && i + 1 < script.length) {
      word = (word ?? '') + script[++i];
    } else if (ch === '$' && /[A-Za-z_?]/.test(script[i + 1] ?? '')) {
      const name =
        script[i + 1] === '?' ? '?' : (/^[A-Za-z_][A-Za-z0-9_]*/.exec(script.slice(i + 1))?.[0] ?? '');
      word = (word ?? '') + (name === '?' ? String(status) : (vars[name] ?? ''));
      i += name.length;
    } else if (quote === '"') {
      if (ch === '"') quote = null;
      else word += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      word ??= '';
    } else if (/\s/.test(ch)) flush();
    else if (ch === '<' || ch === '>' || two === '&>') {
      // Digits right before the operator name its descriptor (`2>`).
      const fd = word !== null && /^\d+$/.test(word) ? Number(word) : ch === '<' ? 0 : 1;
      if (word !== null && /^\d+$/.test(word)) word = null;
      flush();
      const three = script.slice(i, i + 3);
      const rop = (three === '&>>' ? three : ['>>', '>&', '<&', '&>'].includes(two) ? two : ch) as RedirOp;
      pending = { fd, op: rop };
      i += rop.length - 1;
    } else if (ch === ';' || ch === '|' || two === '&&') {
      endStage();
      if (ch === '|' && two !== '||') continue;
      pipelines.push({ op, stages });
      stages = [];
      op = ch === ';' ? ';' : two;
      if (ch !== ';') i++;
    } else word = (word ?? '') + ch;
  }
  endStage();
  pipelines.push({ op, stages });
  return pipelines.filter((p) => p.stages.length > 0);
}

/** A shell program: `-c SCRIPT` runs it; without a terminal it reads EOF at once and exits 0. */
export function shellProgram(dialect: Dialect) {
  return (p: Proc): number => {
    const c = p.argv.indexOf('-c');
    if (c < 0 || p.argv[c + 1] === undefined) return 0;
    let sh: ShellState = { dialect, cwd: p.cwd, vars: { ...p.env }, interactive: false };
    let status = 0;
    for (const pipeline of parseScript(p.argv[c + 1] as string, sh.vars, status)) {
      if (pipeline.op === '&&' && status !== 0) continue;
      if (pipeline.op === '||' && status === 0) continue;
      const r = runShellPipeline(sh, pipeline.stages, { ...p, lastStatus: status });
      sh = r.sh;
      status = r.status;
      if (r.exit !== undefined) return r.exit;
    }
    return status;
  };
}
