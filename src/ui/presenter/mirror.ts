/**
 * The audience window's feed, over a BroadcastChannel between two windows of the same browser.
 * The presenter's page sends exactly what its terminal is given to draw (every write, so keystrokes,
 * prompts and progress bars look the same), its size, and the feed's commands and daemon events
 * (so the diagram moves in step). A window that opens later says `hello` and gets the screen as it
 * is now. Nothing flows back: the audience window cannot type.
 */
import type { Terminal } from '@xterm/xterm';
import type { DaemonEvent } from '../../daemon/events';
import type { RecordedCommand } from '../../share/transcript';
import type { Session } from '../../shell/types';
import type { Feed } from '../feed';

export const MIRROR_CHANNEL = 'dockyard-audience';

export type MirrorMessage =
  | { readonly type: 'hello' }
  | {
      readonly type: 'screen';
      readonly cols: number;
      readonly rows: number;
      readonly fontSize: number;
      readonly text: string;
      readonly session: Session;
    }
  | { readonly type: 'write'; readonly data: string }
  | { readonly type: 'size'; readonly cols: number; readonly rows: number; readonly fontSize: number }
  | { readonly type: 'event'; readonly event: DaemonEvent }
  | { readonly type: 'command'; readonly command: RecordedCommand }
  | { readonly type: 'replaced'; readonly session: Session }
  | { readonly type: 'bye' };

/** The presenter's screen as text, for a window that joins late (colours are not kept). */
function screenText(term: Terminal): string {
  const buffer = term.buffer.active;
  const last = buffer.baseY + buffer.cursorY;
  const first = Math.max(0, last - 200);
  const lines: string[] = [];
  for (let y = first; y <= last; y++) lines.push(buffer.getLine(y)?.translateToString(true) ?? '');
  // Lines, then the cursor back to its column on the last one.
  return `${lines.join('\r\n')}\x1b[${buffer.cursorX + 1}G`;
}

/**
 * Starts sending `term`'s drawing and `feed`'s news on `channel`; returns the function that stops.
 * The terminal's `write` is wrapped on this instance only: xterm has no event that carries the data
 * written to it, and every writer (the controller, its echo timer) calls `term.write`.
 */
export function mirrorPresenter(channel: BroadcastChannel, term: Terminal, feed: Feed): () => void {
  const post = (message: MirrorMessage) => {
    try {
      channel.postMessage(message);
    } catch (error) {
      // A session that cannot be cloned must not break the presenter's own terminal.
      console.error('Dockyard: the audience window could not be updated', error);
    }
  };
  const write = term.write;
  term.write = (data: string | Uint8Array, callback?: () => void) => {
    const text = typeof data === 'string' ? data : new TextDecoder().decode(data);
    if (text !== '') post({ type: 'write', data: text });
    write.call(term, data, callback);
  };
  const size = () =>
    post({ type: 'size', cols: term.cols, rows: term.rows, fontSize: term.options.fontSize ?? 15 });
  const resized = term.onResize(size);
  const events = feed.bus.subscribe((event) => post({ type: 'event', event }));
  let seen = feed.getSnapshot();
  const stopFeed = feed.subscribe(() => {
    const now = feed.getSnapshot();
    const last = now.commands.at(-1);
    if (last && now.commands.length > 0 && last !== seen.commands.at(-1)) {
      const { settled: _promise, ...command } = last;
      post({ type: 'command', command });
    } else post({ type: 'replaced', session: now.session });
    seen = now;
  });
  const screen = () =>
    post({
      type: 'screen',
      cols: term.cols,
      rows: term.rows,
      fontSize: term.options.fontSize ?? 15,
      text: screenText(term),
      session: feed.getSnapshot().session,
    });
  channel.onmessage = (event: MessageEvent<MirrorMessage>) => {
    if (event.data?.type === 'hello') screen();
  };
  // An audience window still open from before a reload picks up this page at once.
  screen();
  return () => {
    post({ type: 'bye' });
    channel.onmessage = null;
    term.write = write;
    resized.dispose();
    events();
    stopFeed();
  };
}
