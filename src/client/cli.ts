/**
 * The `docker` binary: finds the command spec for argv, parses flags pflag-style, checks the
 * positional arguments the way cobra does, and runs the command. Every text here is the real
 * 28.2.2 client's (run `docker` on this machine to compare).
 */
import type { DaemonState } from '../daemon/types';
import type { TimelineEntry } from '../shell/types';
import { ApiClient } from './api-client';
import { COMMANDS, GROUPS } from './commands/index';
import { parseFlags } from './flags';
import { commandHelp, groupHelp, overview } from './help';
import { Output } from './output';
import type { ArgRule, AttachedShell, CommandSpec, HostFiles } from './spec';

export interface DockerRun {
  readonly state: DaemonState;
  readonly timeline: readonly TimelineEntry[];
  readonly status: number;
  /** Set when the command left an interactive process that the terminal should now drive. */
  readonly attached?: string;
  /** With `attached`, for `docker exec -it`: the process that has the terminal. */
  readonly attachedShell?: AttachedShell;
  /** Set when the command stays on a container's output until Ctrl-C (CommandContext.follow). */
  readonly follow?: {
    readonly containerId: string;
    readonly sigProxy: boolean;
    /** Only Ctrl-C ends it (`docker stats`), not the container's end. */
    readonly untilInterrupt?: boolean;
  };
  /** Set when the command waits for a `[y/N]` answer on stdin (CommandContext.confirm). */
  readonly confirm?: true;
}

export interface DockerEnv {
  readonly state: DaemonState;
  readonly now: number;
  readonly tty: boolean;
  /** The host's files (`docker cp`); absent, the host has none. */
  readonly host?: HostFiles;
}

export const CLIENT_VERSION = 'Docker version 28.2.2, build e6534b4';

function usageError(
  out: Output,
  message: string,
  invokedAs: string,
  usage: string,
  hint: 'Run' | 'See' | 'SRun',
): void {
  out.errLine(message);
  out.errLine();
  out.errLine(`Usage:  ${invokedAs}${usage ? ` ${usage}` : ''}`);
  out.errLine();
  out.errLine(`${hint} '${invokedAs} --help' for more information`);
}

const plural = (n: number) => (n === 1 ? 'argument' : 'arguments');

/** cobra validators as docker's cli/required.go words them (including 28.2.2's stray `S`). */
function checkArgs(
  rule: ArgRule,
  n: number,
  cmd: string,
): { message: string; hint: 'Run' | 'See' | 'SRun' } | null {
  switch (rule.kind) {
    case 'none':
      return n === 0 ? null : { message: `docker: '${cmd}' accepts no arguments`, hint: 'Run' };
    case 'min':
      return n >= rule.n
        ? null
        : { message: `docker: '${cmd}' requires at least ${rule.n} ${plural(rule.n)}`, hint: 'See' };
    case 'max':
      // Docker 28.2.2 really prints "SRun" here: a leftover in cli/required.go's format string.
      return n <= rule.n
        ? null
        : { message: `docker: '${cmd}' requires at most ${rule.n} ${plural(rule.n)}`, hint: 'SRun' };
    case 'exact':
      return n === rule.n
        ? null
        : { message: `docker: '${cmd}' requires ${rule.n} ${plural(rule.n)}`, hint: 'Run' };
    case 'range':
      return n >= rule.min && n <= rule.max
        ? null
        : {
            message: `docker: '${cmd}' requires at least ${rule.min} and at most ${rule.max} ${plural(rule.max)}`,
            hint: 'Run',
          };
    case 'any':
      return null;
  }
}

function findCommand(argv: readonly string[]): { spec: CommandSpec; path: readonly string[] } | undefined {
  for (const spec of COMMANDS) {
    for (const path of spec.paths) {
      if (path.length <= argv.length && path.every((w, i) => argv[i] === w)) return { spec, path };
    }
  }
  return undefined;
}

/** Runs `docker <argv…>` against the daemon state. Never throws. */
export function runDocker(argv: readonly string[], env: DockerEnv): DockerRun {
  const out = new Output();
  const api = new ApiClient(env.state, env.now, out);
  let attached: string | undefined;
  let attachedShell: AttachedShell | undefined;
  let follow: DockerRun['follow'];
  let confirm = false;
  const done = (status: number): DockerRun => ({
    state: api.state,
    timeline: out.timeline,
    status,
    ...(attached ? { attached } : {}),
    ...(attachedShell ? { attachedShell } : {}),
    ...(follow ? { follow } : {}),
    ...(confirm ? { confirm: true as const } : {}),
  });

  const first = argv[0];
  if (first === undefined) {
    out.stderr(overview());
    return done(0);
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    out.stdout(overview());
    return done(0);
  }
  if (first === '-v' || first === '--version') {
    out.line(CLIENT_VERSION);
    return done(0);
  }
  if (first.startsWith('-')) {
    const flag = first.startsWith('--')
      ? `unknown flag: ${first.split('=')[0]}`
      : `unknown shorthand flag: '${first[1]}' in ${first}`;
    usageError(out, flag, 'docker', '[OPTIONS] COMMAND [ARG...]', 'Run');
    return done(125);
  }

  const found = findCommand(argv);
  if (!found) {
    const group = GROUPS.find((g) => g.name === first);
    const sub = argv[1];
    if (group && (sub === undefined || sub === '--help' || sub === '-h')) {
      // `docker image` alone shows the group's help on stderr; asked for, on stdout.
      const text = groupHelp(group);
      if (sub === undefined) out.stderr(text);
      else out.stdout(text);
      return done(0);
    }
    if (group) {
      out.errLine(`docker: unknown command: docker ${first} ${sub}`);
      out.errLine();
      out.errLine(`Usage:  docker ${first}`);
      out.errLine();
      out.errLine(`Run 'docker ${first} --help' for more information`);
      return done(1);
    }
    out.errLine(`docker: unknown command: docker ${first}`);
    out.errLine();
    out.errLine(`Run 'docker --help' for more information`);
    return done(1);
  }

  const { spec, path } = found;
  const invokedAs = ['docker', ...path].join(' ');
  const parsed = parseFlags(argv.slice(path.length), spec.flags, { interspersed: spec.interspersed ?? true });
  if (!parsed.ok) {
    usageError(out, parsed.error, invokedAs, spec.usage, 'Run');
    return done(125);
  }
  if (parsed.help) {
    out.stdout(commandHelp(spec, invokedAs));
    return done(0);
  }
  const argError = checkArgs(spec.args, parsed.args.length, invokedAs);
  if (argError) {
    usageError(out, argError.message, invokedAs, spec.usage, argError.hint);
    return done(1);
  }
  const status = spec.run(
    {
      api,
      out,
      ...(env.host ? { host: env.host } : {}),
      now: env.now,
      tty: env.tty,
      invokedAs,
      attach: (id, shell) => {
        attached = id;
        attachedShell = shell;
      },
      follow: (containerId, sigProxy, opts) => {
        follow = { containerId, sigProxy, ...(opts?.untilInterrupt ? { untilInterrupt: true } : {}) };
      },
      confirm: () => {
        confirm = true;
      },
    },
    { flags: parsed.flags, args: parsed.args },
  );
  return done(status);
}
