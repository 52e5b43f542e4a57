/**
 * `npm run -s sim -- [--seed N] [--now ISO-8601]`: the page's shell in a real terminal.
 * A contract other tools rely on:
 * - stdin a TTY: an interactive prompt, output played back at realistic speed;
 * - stdin not a TTY (transcript mode): for each input line, the prompt and the line, then what a
 *   terminal shows once the command has finished (stdout and stderr merged, progress collapsed to
 *   its final state); exit 0 at EOF. There is no Ctrl-C in a transcript, so a command that follows
 *   a container's output (`docker run nginx`, `docker logs -f`) shows it, then `^C` as if Ctrl-C
 *   came at the end of that line, and what Ctrl-C does (src/shell/follow.ts); under `--now`, one
 *   whose PID 1 ends on its own (`docker run ubuntu sleep 5`) is waited out on the virtual clock;
 *   after a `[y/N]` question (`docker container prune`) the next input line is the answer;
 * - interactive: Ctrl-C (readline's SIGINT) interrupts a followed container, or clears the line;
 * - `--seed N`: reproducible ids and names; `--now T`: a virtual clock starting at T that moves
 *   only when `sleep N` runs (and then at once).
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { followedEndsAt, followLine, interrupt, newSession, promptFor, runLine } from '../shell/index';
import type { Session, ShellHost, TimelineEntry } from '../shell/types';
import { Screen } from '../tty/screen';

interface Options {
  readonly seed: number;
  readonly now?: number;
}

function parseOptions(argv: readonly string[]): Options | string {
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: { seed: { type: 'string' }, now: { type: 'string' } },
      strict: true,
    });
    const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 32) : Number(values.seed);
    if (!Number.isInteger(seed) || seed < 0)
      return `sim: --seed wants a non-negative integer, got "${values.seed}"`;
    if (values.now === undefined) return { seed };
    const now = Date.parse(values.now);
    if (Number.isNaN(now))
      return `sim: --now wants an ISO-8601 time such as 2019-03-01T12:00:00Z, got "${values.now}"`;
    return { seed, now };
  } catch (e) {
    return `sim: ${e instanceof Error ? e.message : String(e)}`;
  }
}

/** The shell's host: a virtual clock under `--now`, the machine's otherwise. */
function makeHost(opts: Options): ShellHost {
  if (opts.now === undefined) return { clock: { now: () => Date.now() } };
  let t = opts.now;
  return {
    clock: { now: () => t },
    advanceClock: (ms) => {
      t += ms;
    },
  };
}

/** What a terminal shows once the command is done: the writes through a screen, line by line. */
export function collapse(timeline: readonly TimelineEntry[]): string[] {
  const screen = new Screen();
  for (const e of timeline) if (e.kind === 'write') screen.write(e.text);
  return screen.lines();
}

/** Transcript mode, as a pure function of the input so tests can drive it. */
export function transcript(lines: readonly string[], opts: Options): string {
  const host = makeHost(opts);
  let session: Session = newSession(opts.seed);
  let text = '';
  for (const line of lines) {
    text += `${promptFor(session)}${line}\n`;
    const result = runLine(session, line, host);
    session = result.session;
    for (const l of collapse(result.timeline)) text += `${l}\n`;
    if (result.exitRequested) break;
    // A docker `[y/N]` question: the next input line is its answer, echoed after the question
    // as a terminal shows it (the prompt is empty while it waits).
    // The screen drops trailing blanks, so the question's own tail (`[y/N] `) is taken raw.
    if (session.pendingConfirm) {
      const writes = result.timeline.flatMap((e) => (e.kind === 'write' ? [e.text] : []));
      const tail = writes.join('').split('\n').at(-1) ?? '';
      text = text.endsWith(`${tail.trimEnd()}\n`)
        ? `${text.slice(0, text.length - tail.trimEnd().length - 1)}${tail}`
        : text.replace(/\n$/, '');
    }
    // A followed PID 1 that ends on its own (`docker run ubuntu sleep 5`): on a virtual clock the
    // transcript waits it out, as a user would, and the prompt comes back with its code.
    const endsAt = followedEndsAt(session);
    if (endsAt !== undefined && host.advanceClock) {
      host.advanceClock(Math.max(0, endsAt - host.clock.now()));
      session = followLine(session, host).session;
    }
    if (session.attached?.mode === 'follow') {
      const stopped = interrupt(session, host);
      session = stopped.session;
      text += '^C\n';
      for (const l of collapse(stopped.timeline)) text += `${l}\n`;
    }
  }
  return text;
}

async function play(timeline: readonly TimelineEntry[], virtualClock: boolean): Promise<void> {
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  for (const e of timeline) {
    if (e.kind === 'write') (e.stream === 'stdout' ? process.stdout : process.stderr).write(e.text);
    else if (e.kind === 'event' && e.event.durationMs > 0) await sleep(e.event.durationMs);
    else if (e.kind === 'sleep' && !virtualClock) await sleep(e.ms);
    else if (e.kind === 'clear') process.stdout.write('\x1b[H\x1b[2J');
  }
}

async function interactive(opts: Options): Promise<void> {
  const host = makeHost(opts);
  let session: Session = newSession(opts.seed);
  const rl = createInterface({
    input: process.stdin,
    output: process.stdout,
    terminal: true,
    historySize: 1000,
  });
  rl.setPrompt(promptFor(session));
  rl.prompt();
  // With a listener, readline hands Ctrl-C to us instead of ending the process.
  rl.on('SIGINT', () => {
    process.stdout.write('^C\n');
    const result = interrupt(session, host);
    session = result.session;
    rl.pause();
    void play(result.timeline, opts.now !== undefined).then(() => {
      rl.write(null, { ctrl: true, name: 'u' });
      rl.setPrompt(promptFor(session));
      rl.resume();
      rl.prompt();
    });
  });
  for await (const line of rl) {
    const result = runLine(session, line, host);
    session = result.session;
    rl.pause();
    await play(result.timeline, opts.now !== undefined);
    if (result.exitRequested) break;
    rl.setPrompt(promptFor(session));
    rl.resume();
    rl.prompt();
  }
  rl.close();
}

async function readAll(): Promise<string[]> {
  let data = '';
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) data += chunk;
  const lines = data.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines.map((l) => l.replace(/\r$/, ''));
}

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  if (typeof opts === 'string') {
    process.stderr.write(`${opts}\n`);
    process.exit(2);
  }
  if (process.stdin.isTTY) await interactive(opts);
  else process.stdout.write(transcript(await readAll(), opts));
}

// Run only as a program, not when a test imports `transcript`.
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) void main();
