/**
 * Pipelines and redirections, as a shell wires a command's descriptors before it runs: `a | b`
 * feeds a's stdout to b's stdin, `> f` `>> f` `< f` `2> f` `&> f` open files, `2>&1` copies a
 * descriptor, applied left to right (so `>f 2>&1` sends both to f, `2>&1 >f` only stdout). The
 * stages run one after the other over the same filesystem; their output order is what a user
 * sees when each stage's output arrives after the previous one finished.
 *
 * The wiring is the same in the host shell and the container shells; what differs is passed in:
 * the files (a container's filesystem, or a host without one), the shell's error wording, and how
 * a stage runs.
 */
import type { FsError } from '../fs/view';

export type RedirOp = '>' | '>>' | '<' | '>&' | '<&' | '&>' | '&>>';

export interface Redirect {
  readonly fd: number;
  readonly op: RedirOp;
  readonly target: string;
}

export interface Stage {
  readonly argv: readonly string[];
  readonly redirs: readonly Redirect[];
}

export type OpenError = FsError | 'EISDIR' | 'ENOSYS';

/** The files redirections open. */
export interface Files {
  /** `< path`: its text. */
  read(path: string): { readonly text: string } | { readonly error: OpenError };
  /** `> path` / `>> path`: creates it, or truncates it unless appending. */
  open(path: string, append: boolean): { readonly ok: true } | { readonly error: OpenError };
  /** Adds what the stage wrote through a descriptor, when it ends. */
  append(path: string, text: string): void;
}

/** How the shell words a redirection it could not do. */
export interface RedirWording {
  /** `open`: for reading (`<`); `create`: for writing. */
  cannot(target: string, mode: 'open' | 'create', why: OpenError): string;
  badFd(fd: string): string;
  /** The status a failed redirection leaves (bash and ash 1, dash 2). */
  readonly status: number;
}

export interface StageIo {
  /** What the stage reads: the pipe or a file; undefined: the terminal, which nothing types into. */
  readonly stdin?: string;
  out(text: string): void;
  err(text: string): void;
}

export interface StageResult {
  readonly status: number;
  /** `exit` in a lone command: the shell ends. */
  readonly exit?: number;
}

export interface PipelineEnv {
  readonly files: Files;
  readonly wording: RedirWording;
  /** Runs one stage; `alone`: the pipeline is this one command, so it runs in the shell itself. */
  run(argv: readonly string[], io: StageIo, alone: boolean): StageResult;
  /** What the first stage reads unless redirected: the shell's own stdin (`echo a | sh -c 'wc'`). */
  readonly stdin?: string;
  /** The terminal. */
  out(text: string): void;
  err(text: string): void;
}

const DEV_NULL = '/dev/null';

type Sink =
  | { readonly kind: 'terminal-out' }
  | { readonly kind: 'terminal-err' }
  | { readonly kind: 'null' }
  | { kind: 'buffer'; text: string; readonly path?: string };

/** Runs the stages; the status is the last stage's, as in a shell without `pipefail`. */
export function runPipeline(stages: readonly Stage[], env: PipelineEnv): StageResult {
  let stdin = env.stdin;
  let result: StageResult = { status: 0 };
  stages.forEach((stage, i) => {
    const last = i === stages.length - 1;
    const pipe: Sink = { kind: 'buffer', text: '' };
    const fds = new Map<number, Sink>([
      [1, last ? { kind: 'terminal-out' } : pipe],
      [2, { kind: 'terminal-err' }],
    ]);
    const wired = wire(stage.redirs, fds, stdin, env);
    if (wired === undefined) {
      result = { status: env.wording.status };
    } else {
      const write = (fd: number) => (text: string) => emit(fds.get(fd), text, env);
      const r = env.run(
        stage.argv,
        { ...(wired.stdin !== undefined ? { stdin: wired.stdin } : {}), out: write(1), err: write(2) },
        stages.length === 1,
      );
      result = stages.length === 1 ? r : { status: r.status };
      for (const f of wired.files) env.files.append(f.path ?? '', f.text);
    }
    stdin = last ? undefined : pipe.text;
  });
  return result;
}

function emit(sink: Sink | undefined, text: string, env: PipelineEnv): void {
  if (!sink || sink.kind === 'null') return;
  if (sink.kind === 'terminal-out') env.out(text);
  else if (sink.kind === 'terminal-err') env.err(text);
  else sink.text += text;
}

/**
 * Applies the redirections to the descriptor table: the stage's stdin and the files to fill when
 * it ends, or undefined after printing why one failed (the command does not run then).
 */
function wire(
  redirs: readonly Redirect[],
  fds: Map<number, Sink>,
  pipedIn: string | undefined,
  env: PipelineEnv,
): { stdin: string | undefined; files: Extract<Sink, { kind: 'buffer' }>[] } | undefined {
  let stdin = pipedIn;
  const files: Extract<Sink, { kind: 'buffer' }>[] = [];
  const fail = (text: string) => {
    env.err(text);
    return undefined;
  };
  const openWrite = (target: string, append: boolean): Sink | { error: OpenError } => {
    if (target === DEV_NULL) return { kind: 'null' };
    const opened = env.files.open(target, append);
    if ('error' in opened) return opened;
    const sink = { kind: 'buffer' as const, text: '', path: target };
    files.push(sink);
    return sink;
  };
  for (const r of redirs) {
    if (r.op === '<') {
      if (r.target === DEV_NULL) {
        stdin = '';
        continue;
      }
      const read = env.files.read(r.target);
      if ('error' in read) return fail(env.wording.cannot(r.target, 'open', read.error));
      if (r.fd === 0) stdin = read.text;
      continue;
    }
    if (r.op === '>&' || r.op === '<&') {
      if (r.target === '-') {
        fds.set(r.fd, { kind: 'null' });
        continue;
      }
      if (/^\d+$/.test(r.target)) {
        const from = Number(r.target);
        if (from === 0 && r.fd === 0) continue;
        const sink = fds.get(from);
        if (!sink) return fail(env.wording.badFd(r.target));
        fds.set(r.fd, sink);
        continue;
      }
      if (r.op === '<&') return fail(env.wording.badFd(r.target));
      // `>&file` is `&>file`.
    }
    const both = r.op === '&>' || r.op === '&>>' || r.op === '>&';
    const sink = openWrite(r.target, r.op === '>>' || r.op === '&>>');
    if ('error' in sink) return fail(env.wording.cannot(r.target, 'create', sink.error));
    if (both) {
      fds.set(1, sink);
      fds.set(2, sink);
    } else fds.set(r.fd, sink);
  }
  return { stdin, files };
}
