/**
 * The session as text, exactly as `npm run sim` prints it in transcript mode: the prompt and the
 * line, then what a terminal shows once the command has finished (stdout and stderr merged,
 * progress collapsed to its final state). The sim and the page's "Export transcript" both build
 * their text here, so the two cannot drift apart.
 */
import { followedEndsAt, followLine, interrupt, newSession, promptFor, runLine } from '../shell/index';
import type { Session, ShellHost, TimelineEntry } from '../shell/types';
import { Screen } from '../tty/screen';

/** What a terminal shows once the command is done: the writes through a screen, line by line. */
export function collapse(timeline: readonly TimelineEntry[]): string[] {
  const screen = new Screen();
  for (const e of timeline) if (e.kind === 'write') screen.write(e.text);
  return screen.lines();
}

/**
 * `text` followed by one command: `prompt` and `line`, then its output. `asks` is true when the
 * command left a docker `[y/N]` question waiting, whose answer goes on the same row.
 */
export function appendCommand(
  text: string,
  prompt: string,
  line: string,
  timeline: readonly TimelineEntry[],
  asks: boolean,
): string {
  let out = `${text}${prompt}${line}\n`;
  for (const l of collapse(timeline)) out += `${l}\n`;
  if (!asks) return out;
  // The answer is echoed after the question, as a terminal shows it (the prompt is empty while
  // it waits). The screen drops trailing blanks, so the question's own tail (`[y/N] `) is taken raw.
  const writes = timeline.flatMap((e) => (e.kind === 'write' ? [e.text] : []));
  const tail = writes.join('').split('\n').at(-1) ?? '';
  return out.endsWith(`${tail.trimEnd()}\n`)
    ? `${out.slice(0, out.length - tail.trimEnd().length - 1)}${tail}`
    : out.replace(/\n$/, '');
}

/** `text` followed by Ctrl-C ending a followed container's output, and what that printed. */
export function appendInterrupt(text: string, timeline: readonly TimelineEntry[]): string {
  let out = `${text}^C\n`;
  for (const l of collapse(timeline)) out += `${l}\n`;
  return out;
}

/** One command as the page records it (src/terminal/controller.ts CommandRecord's plain part). */
export interface RecordedCommand {
  /** null: Ctrl-C interrupting a followed container. */
  readonly line: string | null;
  readonly before: Session;
  readonly after: Session;
  readonly status: number;
  readonly timeline: readonly TimelineEntry[];
}

/** The transcript of commands the page ran, in order. */
export function transcriptOf(commands: readonly RecordedCommand[]): string {
  let text = '';
  for (const c of commands) {
    text =
      c.line === null
        ? appendInterrupt(text, c.timeline)
        : appendCommand(text, promptFor(c.before), c.line, c.timeline, c.after.pendingConfirm !== undefined);
  }
  return text;
}

export interface ReplayOptions {
  readonly seed: number;
  /** A virtual clock starting here, moved only by `sleep N` (at once); absent: the machine's. */
  readonly now?: number;
  /** With `now`: the virtual clock also moves this much after each line, as a typist takes time. */
  readonly stepMs?: number;
  /** The world the lines start in; absent: a new one from `seed`. */
  readonly from?: Session;
}

/** The shell's host: a virtual clock under `now`, the machine's otherwise. */
export function replayHost(opts: ReplayOptions): ShellHost {
  if (opts.now === undefined) return { clock: { now: () => Date.now() } };
  let t = opts.now;
  return {
    clock: { now: () => t },
    advanceClock: (ms) => {
      t += ms;
    },
  };
}

/**
 * Runs `lines` through a new session as typed input, and returns the transcript and the world they
 * leave. There is no Ctrl-C in a list of lines, so a command that follows a container's output
 * (`docker run nginx`) shows it, then `^C` as if Ctrl-C came at the end of that line; on a virtual
 * clock a followed PID 1 that ends on its own (`docker run ubuntu sleep 5`) is waited out; after a
 * `[y/N]` question the next line is the answer. Stops after `exit` on the host shell.
 */
export function replay(lines: readonly string[], opts: ReplayOptions): { text: string; session: Session } {
  const host = replayHost(opts);
  let session: Session = opts.from ?? newSession(opts.seed);
  let text = '';
  for (const line of lines) {
    const result = runLine(session, line, host);
    text = appendCommand(
      text,
      promptFor(session),
      line,
      result.timeline,
      result.session.pendingConfirm !== undefined,
    );
    session = result.session;
    if (result.exitRequested) break;
    if (opts.stepMs) host.advanceClock?.(opts.stepMs);
    const endsAt = followedEndsAt(session);
    if (endsAt !== undefined && host.advanceClock) {
      host.advanceClock(Math.max(0, endsAt - host.clock.now()));
      const ended = followLine(session, host);
      session = ended.session;
      // The rest of the line, run once the followed command returned.
      for (const l of collapse(ended.timeline)) text += `${l}\n`;
    }
    if (session.attached?.mode === 'follow') {
      const stopped = interrupt(session, host);
      session = stopped.session;
      text = appendInterrupt(text, stopped.timeline);
    }
  }
  return { text, session };
}
