/**
 * The terminal's conductor: keys go to the line editor, a submitted line goes to the shell, the new
 * session is committed, then the output plays back and the next prompt appears. Knows xterm only
 * through `TerminalLike`, so tests drive it on `@xterm/headless`.
 */
import { joinContinued, needsMore } from '../shell/continuation';
import type { CommandResult, Session, ShellHost, TimelineEntry } from '../shell/types';
import type { WorldStore } from '../storage/repository';
import type { EventBus } from './eventBus';
import {
  type Completion,
  emptyLine,
  feed,
  type LineEditorEnv,
  type LineEditorState,
  nextLine,
  redrawAfterResize,
  redrawAll,
} from './lineEditor';
import { type Playback, type PlaybackTarget, play, type Speed } from './playback';

/**
 * One command as the page's other readers see it (diagram, API log, lesson checks, presenter):
 * the world before and after, and what was played. `line` is null for Ctrl-C's interrupt.
 */
export interface CommandRecord {
  readonly line: string | null;
  readonly before: Session;
  readonly after: Session;
  readonly status: number;
  readonly timeline: readonly TimelineEntry[];
  /** Settles when the output has played and the next prompt is on screen. */
  readonly settled: Promise<void>;
}

/** The slice of xterm's `Terminal` the controller uses; `@xterm/headless` has it too. */
export interface TerminalLike {
  readonly cols: number;
  write(data: string, callback?: () => void): void;
  readonly buffer: { readonly active: { readonly cursorX: number } };
}

/** The shell room's entry points (injected so the controller does not pick the engine itself). */
export interface ShellApi {
  runLine(session: Session, line: string, host: ShellHost): CommandResult;
  promptFor(session: Session): string;
  /** Tab completion for the shell that has the prompt (src/shell/complete.ts). */
  complete?(session: Session, line: string, cursor: number): Completion;
  /**
   * Ctrl-C: at a prompt `$?` becomes 130 in whichever shell has it; while following a container,
   * the program gets SIGINT (src/shell/follow.ts).
   */
  interrupt(session: Session, host: ShellHost): CommandResult;
}

export interface ShellControllerOptions {
  readonly term: TerminalLike;
  readonly store: WorldStore;
  /** The session as loaded from `store`, or a new one. */
  readonly session: Session;
  /** Whether `session` came from the store: the first commit may then write only differences. */
  readonly loaded: boolean;
  readonly shell: ShellApi;
  readonly host: ShellHost;
  readonly speed: () => Speed;
  readonly bus?: EventBus;
  /** Printed once before the first prompt. */
  readonly welcome: string;
  /** A commit failed; the session lives on in memory and the next commit retries the difference. */
  readonly onSaveError?: (error: unknown) => void;
  /** A commit succeeded (clears a notice shown after an earlier failure). */
  readonly onSaved?: () => void;
  /** A command ran: its state is computed, and playback is about to start. */
  readonly onCommand?: (record: CommandRecord) => void;
  /** replaceSession took effect: the terminal now shows `session` (reset, import, another tab). */
  readonly onReplaced?: (session: Session) => void;
}

/** `clear`: the screen and the scrollback, as `clear` does on a Linux terminal. */
const CLEAR_ALL = '\x1b[H\x1b[2J\x1b[3J';
/** Bracketed paste on: xterm wraps a paste in markers, so pasted text is never taken for keys. */
const BRACKETED_PASTE_ON = '\x1b[?2004h';
const CTRL_C = '\x03';
/** bash's PS2, shown while a quote or a trailing `\` waits for more lines. */
export const CONTINUATION_PROMPT = '> ';

export class ShellController {
  private session: Session;
  /** What the store holds, the `prev` of the next commit: a failed commit is retried in the next. */
  private committed: Session | null;
  private line: LineEditorState = emptyLine;
  /** The lines so far of an input that continues on a `> ` prompt; null at a normal prompt. */
  private pending: string | null = null;
  /** True from Enter until the next prompt: keys typed meanwhile wait in `typeahead`. */
  private busy = false;
  private typeahead = '';
  private playback: Playback | undefined;
  /** Commits run one after another, in the order the commands ran. */
  private saving: Promise<void> = Promise.resolve();
  private disposed = false;
  /** The width the prompt and line were drawn at. */
  private columns: number;

  constructor(private readonly opts: ShellControllerOptions) {
    this.session = opts.session;
    this.committed = opts.loaded ? opts.session : null;
    this.columns = opts.term.cols;
  }

  /** Writes the welcome and the first prompt. */
  start(): void {
    this.opts.term.write(BRACKETED_PASTE_ON + this.opts.welcome);
    this.prompt();
  }

  /** Key data from xterm's `onData`. */
  input(data: string): void {
    if (this.disposed) return;
    if (this.busy) {
      // Ctrl-C during output ends the wait, as it would end a slow pull; the command itself has
      // already happened. Anything else is typeahead for the next prompt, as in a real terminal.
      if (data.includes(CTRL_C)) {
        this.playback?.skip();
        // A server's start-up still playing: the Ctrl-C is meant for it, once it is followed.
        if (this.session.attached?.mode === 'follow') this.typeahead += CTRL_C;
      } else this.typeahead += data;
      return;
    }
    this.edit(data);
  }

  /**
   * The terminal changed width (xterm's onResize): redraw the line being edited. The redraw waits
   * until xterm has parsed everything already written: after several quick resizes (A+ clicked
   * repeatedly), bytes computed for one width must not be parsed at another.
   */
  resized(): void {
    this.opts.term.write('', () => {
      const old = this.columns;
      this.columns = this.opts.term.cols;
      // While a command plays, there is no line on screen; the next prompt uses the new width.
      if (old === this.columns || this.busy || this.disposed) return;
      this.opts.term.write(redrawAfterResize(this.line, this.env(), old));
    });
  }

  /** Plays the rest of the current output at once. */
  skip(): void {
    this.playback?.skip();
  }

  /** Whether a command is running or playing back. */
  get running(): boolean {
    return this.busy;
  }

  /** The session as this terminal has it now (the last command's result). */
  get current(): Session {
    return this.session;
  }

  /** Whether there is typing that leaving the page would lose: a line, a `> ` input, a search. */
  get hasInput(): boolean {
    return this.line.buffer !== '' || this.line.search !== null || this.pending !== null;
  }

  /** Stops writing (the terminal is going away); a running playback is cut short. */
  dispose(): void {
    this.disposed = true;
    this.playback?.skip();
  }

  /** Resolves when every commit started so far has settled (tests, and page unload). */
  flush(): Promise<void> {
    return this.saving;
  }

  /** A session waiting for the running command to finish before `replaceSession` applies it. */
  private replacement: Session | undefined;

  /**
   * Takes the world another tab wrote, as just re-read from the store: its daemon and history
   * replace this terminal's, while this terminal keeps its own shell (`$?`, and the container shell
   * it is attached to while that container exists). Applied at once when no command is running
   * (the line being typed stays), else as soon as it has finished; a newer call replaces a
   * waiting one. `session` is what the store holds, so it becomes the `prev` of the next commit.
   */
  replaceSession(session: Session): void {
    const waiting = this.replacement !== undefined;
    this.replacement = session;
    if (waiting) return;
    const apply = () => {
      const next = this.replacement;
      if (this.disposed || next === undefined) return;
      // No hook marks the end of a command, and the wait is rare and short: poll.
      if (this.busy) return void setTimeout(apply, 25);
      this.replacement = undefined;
      const own = this.session;
      const before = this.env().prompt;
      const attached =
        own.attached && next.daemon.containers[own.attached.containerId] ? own.attached : undefined;
      // A question this terminal's command asked, and the rest of the line waiting behind it, are
      // this terminal's, not the world's.
      const { attached: _theirs, resume: _theirRest, pendingConfirm: _theirQuestion, ...world } = next;
      this.session = {
        ...world,
        lastStatus: own.lastStatus,
        ...(attached ? { attached } : {}),
        ...(own.pendingConfirm ? { pendingConfirm: own.pendingConfirm } : {}),
        ...(own.resume ? { resume: own.resume } : {}),
      };
      this.opts.onReplaced?.(this.session);
      // After any save still in flight, which would otherwise set its own `committed`.
      this.saving = this.saving.then(() => {
        this.committed = next;
      });
      if (this.env().prompt !== before) this.opts.term.write(`\r\n${redrawAll(this.line, this.env())}`);
    };
    apply();
  }

  private env(): LineEditorEnv {
    const s = this.session;
    const complete = this.opts.shell.complete;
    return {
      prompt: this.pending === null ? this.opts.shell.promptFor(s) : CONTINUATION_PROMPT,
      columns: this.opts.term.cols,
      // Inside a container shell, the arrows and Ctrl-R search that shell's own history.
      history: s.attached ? s.attached.history : s.history,
      // Read the session at the time of the Tab: the containers and images of now.
      ...(complete
        ? { complete: (line: string, cursor: number) => complete(this.session, line, cursor) }
        : {}),
    };
  }

  private edit(data: string): void {
    let rest = data;
    while (rest !== '' && !this.busy) {
      const result = feed(this.line, rest, this.env());
      this.line = result.state;
      rest = result.rest;
      if (result.output) this.opts.term.write(result.output);
      if (result.action?.type === 'submit') {
        const input =
          this.pending === null ? result.action.line : joinContinued(this.pending, result.action.line);
        if (needsMore(input)) {
          // An open quote or a trailing `\`: read on, as bash does on its `> ` prompt.
          this.pending = input;
          this.prompt();
          continue;
        }
        this.pending = null;
        this.typeahead = rest + this.typeahead;
        void this.run((session) => this.opts.shell.runLine(session, input, this.opts.host), input);
        return;
      }
      if (result.action?.type === 'interrupt') {
        if (this.session.attached?.mode === 'follow') {
          // The followed program gets the signal: its shutdown plays back like any command's.
          this.typeahead = rest + this.typeahead;
          void this.run((session) => this.opts.shell.interrupt(session, this.opts.host), null);
          return;
        }
        this.pending = null;
        this.session = this.opts.shell.interrupt(this.session, this.opts.host).session;
        this.save(this.session);
        this.prompt();
      }
      if (result.action?.type === 'eof' && this.endOfInput()) {
        this.typeahead = rest + this.typeahead;
        return;
      }
    }
  }

  /**
   * Ctrl-D on an empty line; returns whether a line now runs. At `> ` the input ends where it is
   * (bash: a trailing `\` is dropped, an open quote is reported). In a container shell it is
   * `exit`, which bash prints. On the host bash would log out; the page has nowhere to go, so
   * nothing happens and the prompt stays (a stray Ctrl-D must not cost a learner their shell).
   */
  private endOfInput(): boolean {
    const pending = this.pending;
    if (pending !== null) {
      this.pending = null;
      const ended = joinContinued(pending, '');
      this.opts.term.write('\r\n');
      const line = needsMore(ended) ? pending : ended;
      void this.run((session) => this.opts.shell.runLine(session, line, this.opts.host), line);
      return true;
    }
    if (!this.session.attached) return false;
    void this.run((session) => this.opts.shell.runLine(session, 'exit', this.opts.host), 'exit');
    return true;
  }

  /** Runs a line (or Ctrl-C's `interrupt`) on the session, commits, plays back, prompts. */
  private async run(step: (session: Session) => CommandResult, line: string | null): Promise<void> {
    this.busy = true;
    const before = this.session;
    const result = step(before);
    const changed = result.session !== before;
    this.session = result.session;
    let settle = () => {};
    const settled = new Promise<void>((resolve) => {
      settle = resolve;
    });
    this.opts.onCommand?.({
      line,
      before,
      after: result.session,
      status: result.status,
      timeline: result.timeline,
      settled,
    });
    // State first, show second: a reload during a slow pull finds the image already there.
    if (changed) await this.save(result.session);
    if (this.disposed) return settle();
    const target: PlaybackTarget = {
      write: (text) => this.opts.term.write(text),
      clear: () => this.opts.term.write(CLEAR_ALL),
    };
    this.playback = play(result.timeline, {
      target,
      speed: this.opts.speed,
      ...(this.opts.bus ? { bus: this.opts.bus } : {}),
    });
    await this.playback.done;
    this.playback = undefined;
    if (this.disposed) return settle();
    await this.startOfLine();
    this.prompt();
    this.busy = false;
    settle();
    const pending = this.typeahead;
    this.typeahead = '';
    if (pending) this.edit(pending);
  }

  /** Output without a final newline (`echo -n hi`) would leave the prompt mid-row; bash has the same
   * problem, but our editor's arithmetic needs the prompt at column 0. */
  private startOfLine(): Promise<void> {
    return new Promise((resolve) => {
      this.opts.term.write('', () => {
        if (this.opts.term.buffer.active.cursorX !== 0) this.opts.term.write('\r\n');
        resolve();
      });
    });
  }

  private prompt(): void {
    this.line = nextLine(this.line);
    this.columns = this.opts.term.cols;
    this.opts.term.write(redrawAll(this.line, this.env()));
  }

  private save(next: Session): Promise<void> {
    this.saving = this.saving.then(async () => {
      try {
        await this.opts.store.commit(this.committed, next);
        this.committed = next;
        this.opts.onSaved?.();
      } catch (error) {
        this.opts.onSaveError?.(error);
      }
    });
    return this.saving;
  }
}
