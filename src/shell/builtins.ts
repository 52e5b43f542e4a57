/**
 * The host shell's builtins. Their messages are bash's and coreutils' own (run them in bash to
 * compare); `help` is in our words.
 */
import { formatHistory } from './history';
import type { TimelineEntry } from './types';

export interface BuiltinContext {
  readonly history: readonly string[];
  readonly write: (entry: TimelineEntry) => void;
  readonly advanceClock?: (ms: number) => void;
}

export type Builtin = (args: readonly string[], ctx: BuiltinContext) => number;

const out = (ctx: BuiltinContext, text: string) => ctx.write({ kind: 'write', stream: 'stdout', text });
const err = (ctx: BuiltinContext, text: string) => ctx.write({ kind: 'write', stream: 'stderr', text });

/** GNU sleep's interval syntax: a number with an optional s/m/h/d suffix. */
function parseInterval(arg: string): number | null {
  const m = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(arg);
  if (!m) return null;
  const unit = { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2] ?? ''] ?? 1;
  return Number(m[1]) * unit * 1000;
}

export const HELP_TEXT = `Dockyard shell: a small bash with a simulated Docker Engine behind it.

Try:
  docker run hello-world     run your first container
  docker images              list the images on this machine
  docker ps -a               list every container, stopped ones too
  docker --help              everything the docker client can do here

Shell builtins:
  clear                      clear the screen
  echo [-n] [ARG...]         print the arguments ($? is the last exit status)
  help                       show this text
  history                    list the commands typed so far
  sleep N                    wait N seconds

Your files in ~ (/home/learner), which docker cp copies to and from:
  ls, cat, mkdir, touch, rm, rmdir, cp, mv, head, tail, wc, grep, sort

Pipes and redirections: docker ps -a | grep web, docker images > images.txt
`;

export const BUILTINS: Readonly<Record<string, Builtin>> = {
  help(_args, ctx) {
    out(ctx, HELP_TEXT);
    return 0;
  },
  clear(_args, ctx) {
    ctx.write({ kind: 'clear' });
    return 0;
  },
  echo(args, ctx) {
    const noNewline = args[0] === '-n';
    const words = noNewline ? args.slice(1) : args;
    out(ctx, words.join(' ') + (noNewline ? '' : '\n'));
    return 0;
  },
  true: () => 0,
  false: () => 1,
  pwd(_args, ctx) {
    out(ctx, '/home/learner\n');
    return 0;
  },
  history(_args, ctx) {
    out(ctx, formatHistory(ctx.history));
    return 0;
  },
  sleep(args, ctx) {
    if (args.length === 0) {
      err(ctx, "sleep: missing operand\nTry 'sleep --help' for more information.\n");
      return 1;
    }
    let total = 0;
    for (const a of args) {
      const ms = parseInterval(a);
      if (ms === null) {
        err(ctx, `sleep: invalid time interval ‘${a}’\nTry 'sleep --help' for more information.\n`);
        return 1;
      }
      total += ms;
    }
    if (ctx.advanceClock) ctx.advanceClock(total);
    else ctx.write({ kind: 'sleep', ms: total });
    return 0;
  },
};
