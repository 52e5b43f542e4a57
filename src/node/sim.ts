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
import { replay, replayHost } from '../share/transcript';
import { interrupt, newSession, promptFor, runLine } from '../shell/index';
import type { Session, TimelineEntry } from '../shell/types';

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

/** Transcript mode, as a pure function of the input so tests can drive it. */
export function transcript(lines: readonly string[], opts: Options): string {
  return replay(lines, opts).text;
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
  const host = replayHost(opts);
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
