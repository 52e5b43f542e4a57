/**
 * The page's terminal: an xterm.js instance sized to its container, driven by a ShellController.
 * React only mounts it and passes settings in; the terminal's content never goes through React.
 */
import { FitAddon } from '@xterm/addon-fit';
import { type ITheme, Terminal } from '@xterm/xterm';
import { type Ref, useEffect, useImperativeHandle, useRef } from 'react';
import { complete } from '../shell/complete';
import { interrupt, promptFor, runLine } from '../shell/index';
import type { Session, ShellHost } from '../shell/types';
import type { WorldStore } from '../storage/repository';
import { type CommandRecord, ShellController } from './controller';
import type { EventBus } from './eventBus';
import { echoTimer } from './latency';
import type { Speed } from './playback';

export interface TerminalHandle {
  focus(): void;
  /** Hands the terminal a world another tab (or an import or reset) wrote: see ShellController. */
  replaceSession(session: Session): void;
  /** Keys as if typed (a scripted demo types at a human pace through this); `\r` is Enter. */
  input(data: string): void;
  /** Whether a command is running or playing back. */
  readonly running: boolean;
  /** Whether the learner has typing on the line (a presenter's → then edits it, not the demo). */
  readonly hasInput: boolean;
  /** The session as the terminal has it now. */
  readonly session: Session | undefined;
  /** The xterm instance, for views that decorate it (links, font size); absent before mount. */
  readonly xterm: Terminal | undefined;
}

export interface TerminalViewProps {
  readonly store: WorldStore;
  readonly session: Session;
  readonly loaded: boolean;
  readonly welcome: string;
  readonly speed: Speed;
  readonly fontSize: number;
  readonly bus?: EventBus;
  readonly onSaveError?: (error: unknown) => void;
  readonly onSaved?: () => void;
  /** Each command, as soon as its result is known (see CommandRecord). */
  readonly onCommand?: (record: CommandRecord) => void;
  /** A replaceSession took effect (see ShellControllerOptions.onReplaced). */
  readonly onReplaced?: (session: Session) => void;
  readonly ref?: Ref<TerminalHandle>;
}

/** System monospace fonts only: a web font that loads late would leave xterm measuring the fallback. */
export const TERMINAL_FONT =
  'ui-monospace, "Cascadia Mono", "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", "Liberation Mono", monospace';

/** Dark, with every ANSI colour readable on the background (WCAG AA or better). */
const THEME: ITheme = {
  background: '#0d1117',
  foreground: '#e6edf3',
  cursor: '#e6edf3',
  cursorAccent: '#0d1117',
  selectionBackground: '#3b5070',
  black: '#484f58',
  red: '#ff7b72',
  green: '#3fb950',
  yellow: '#d29922',
  blue: '#58a6ff',
  magenta: '#bc8cff',
  cyan: '#39c5cf',
  white: '#b1bac4',
  brightBlack: '#6e7681',
  brightRed: '#ffa198',
  brightGreen: '#56d364',
  brightYellow: '#e3b341',
  brightBlue: '#79c0ff',
  brightMagenta: '#d2a8ff',
  brightCyan: '#56d4dd',
  brightWhite: '#ffffff',
};

/** The page runs on the wall clock; `sleep` waits during playback. */
const HOST: ShellHost = { clock: { now: () => Date.now() } };

export function TerminalView(props: TerminalViewProps) {
  const { store, session, loaded, welcome, bus, speed, fontSize, ref } = props;
  const hostRef = useRef<HTMLDivElement>(null);
  const live = useRef<{ term: Terminal; fit: FitAddon; controller: ShellController } | null>(null);
  // Read by the controller at each step, so changing them does not recreate the terminal.
  const settings = useRef(props);
  useEffect(() => {
    settings.current = props;
  });

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const term = new Terminal({
      screenReaderMode: true,
      // Output uses bare `\n` (TimelineEntry 'write'); the terminal maps it to CRLF, like a TTY's ONLCR.
      convertEol: true,
      fontFamily: TERMINAL_FONT,
      fontSize: settings.current.fontSize,
      lineHeight: 1.15,
      cursorBlink: true,
      scrollback: 5000,
      theme: THEME,
    });
    const fit = new FitAddon();
    term.loadAddon(fit);
    term.open(host);
    fit.fit();
    const timer = echoTimer(term);
    const controller = new ShellController({
      // The controller writes through the timer, which times each key's echo (npm run bench).
      term: {
        get cols() {
          return term.cols;
        },
        get buffer() {
          return term.buffer;
        },
        write: timer.write,
      },
      store,
      session,
      loaded,
      shell: { runLine, promptFor, complete, interrupt },
      host: HOST,
      speed: () => settings.current.speed,
      ...(bus ? { bus } : {}),
      welcome,
      onSaveError: (e) => settings.current.onSaveError?.(e),
      onSaved: () => settings.current.onSaved?.(),
      onCommand: (record) => settings.current.onCommand?.(record),
      onReplaced: (next) => settings.current.onReplaced?.(next),
    });
    term.attachCustomKeyEventHandler(clipboardKeys(term));
    const data = term.onData((d) => timer.key(performance.now(), () => controller.input(d)));
    const resized = term.onResize(() => controller.resized());
    const resize = new ResizeObserver(() => fit.fit());
    resize.observe(host);
    live.current = { term, fit, controller };
    controller.start();
    term.focus();
    // Chrome keeps Ctrl-W for itself (close tab) and never shows it to the page, so a bash user's
    // word rubout would close the playground. With a line typed, ask first, as editors do.
    const leaving = (event: BeforeUnloadEvent) => {
      if (!controller.hasInput) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', leaving);
    return () => {
      window.removeEventListener('beforeunload', leaving);
      live.current = null;
      resize.disconnect();
      data.dispose();
      resized.dispose();
      controller.dispose();
      term.dispose();
    };
  }, [store, session, loaded, welcome, bus]);

  useEffect(() => {
    const t = live.current;
    if (!t || t.term.options.fontSize === fontSize) return;
    t.term.options.fontSize = fontSize;
    // New cell size, same box: recompute columns and rows so nothing is cut off.
    t.fit.fit();
  }, [fontSize]);

  useEffect(() => {
    // Choosing "instant" mid-command means "I don't want to wait": finish the current output now.
    if (speed === 'instant') live.current?.controller.skip();
  }, [speed]);

  useImperativeHandle(
    ref,
    () => ({
      focus: () => live.current?.term.focus(),
      replaceSession: (next: Session) => live.current?.controller.replaceSession(next),
      input: (data: string) => live.current?.controller.input(data),
      get running() {
        return live.current?.controller.running ?? false;
      },
      get hasInput() {
        return live.current?.controller.hasInput ?? false;
      },
      get session() {
        return live.current?.controller.current;
      },
      get xterm() {
        return live.current?.term;
      },
    }),
    [],
  );

  return <div className="terminal-host" ref={hostRef} />;
}

/**
 * xterm sends Ctrl-C as `\x03` even with text selected, and Ctrl-V as `\x16`. With a selection,
 * Ctrl-C (or Ctrl-Shift-C) copies it instead; Ctrl-V (and Ctrl-Shift-V) are left to the browser,
 * whose paste event xterm turns into a bracketed paste.
 */
function clipboardKeys(term: Terminal): (event: KeyboardEvent) => boolean {
  return (event) => {
    if (!event.ctrlKey || event.altKey || event.metaKey) return true;
    const key = event.key.toLowerCase();
    if (key === 'v') return false;
    // Ctrl-Shift-C is a terminal's copy key: with nothing selected it does nothing, never `^C`.
    if (key === 'c' && (term.hasSelection() || event.shiftKey)) {
      if (event.type === 'keydown') {
        // The copy command fires a copy event that xterm fills with its selection; it works over
        // plain http too. Where a browser refuses it, the async clipboard is the fallback.
        const text = term.getSelection();
        if (text === '') return false;
        if (!document.execCommand('copy')) void navigator.clipboard?.writeText(text).catch(() => {});
        term.clearSelection();
      }
      return false;
    }
    return true;
  };
}
