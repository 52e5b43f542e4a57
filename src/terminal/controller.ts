/**
 * The terminal's conductor: keys go to the line editor, a submitted line goes to the shell, the new
 * session is committed, then the output plays back and the next prompt appears. Knows xterm only
 * through `TerminalLike`, so tests drive it on `@xterm/headless`.
 */
import type { CommandResult, Session, ShellHost } from '../shell/types';
import type { WorldStore } from '../storage/repository';
import type { EventBus } from './eventBus';
import {
  emptyLine,
  feed,
  type LineEditorEnv,
  type LineEditorState,
  redrawAfterResize,
  redrawAll,
} from './lineEditor';
import { type Playback, type PlaybackTarget, play, type Speed } from './playback';

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
}

/** `clear`: the screen and the scrollback, as `clear` does on a Linux terminal. */
const CLEAR_ALL = '\x1b[H\x1b[2J\x1b[3J';
/** Bracketed paste on: xterm wraps a paste in markers, so pasted text is never taken for keys. */
const BRACKETED_PASTE_ON = '\x1b[?2004h';
const CTRL_C = '\x03';

export class ShellController {
  private session: Session;
  /** What the store holds, the `prev` of the next commit: a failed commit is retried in the next. */
  private committed: Session | null;
  private line: LineEditorState = emptyLine;
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
      if (data.includes(CTRL_C)) this.playback?.skip();
      else this.typeahead += data;
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

  /** Stops writing (the terminal is going away); a running playback is cut short. */
  dispose(): void {
    this.disposed = true;
    this.playback?.skip();
  }

  /** Resolves when every commit started so far has settled (tests, and page unload). */
  flush(): Promise<void> {
    return this.saving;
  }

  private env(): LineEditorEnv {
    const s = this.session;
    return {
      prompt: this.opts.shell.promptFor(s),
      columns: this.opts.term.cols,
      // Inside a container shell, the arrows recall that shell's own history.
      history: s.attached ? s.attached.history : s.history,
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
        this.typeahead = rest + this.typeahead;
        void this.run(result.action.line);
        return;
      }
      if (result.action?.type === 'interrupt') {
        this.session = interrupted(this.session);
        this.save(this.session);
        this.prompt();
      }
    }
  }

  private async run(line: string): Promise<void> {
    this.busy = true;
    const result = this.opts.shell.runLine(this.session, line, this.opts.host);
    const changed = result.session !== this.session;
    this.session = result.session;
    // State first, show second: a reload during a slow pull finds the image already there.
    if (changed) await this.save(result.session);
    if (this.disposed) return;
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
    if (this.disposed) return;
    await this.startOfLine();
    this.prompt();
    this.busy = false;
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
    this.line = emptyLine;
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

/** `$?` after Ctrl-C at a prompt is 130 (128 + SIGINT), in whichever shell the prompt belongs to. */
function interrupted(s: Session): Session {
  return s.attached ? { ...s, attached: { ...s.attached, lastStatus: 130 } } : { ...s, lastStatus: 130 };
}
