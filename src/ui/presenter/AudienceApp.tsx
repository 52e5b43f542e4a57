/**
 * The audience window (`?audience`, opened from presenter mode): the presenter's terminal and the
 * diagram, nothing else, for the projector while the presenter keeps the demo bar and its notes on
 * the laptop. Read-only: it draws what the presenter's page sends (mirror.ts) and types nothing.
 */
import { Terminal } from '@xterm/xterm';
import { Suspense, use, useEffect, useMemo, useRef, useState } from 'react';
import { TERMINAL_FONT } from '../../terminal/TerminalView';
import type { Booted } from '../boot';
import { Feed } from '../feed';
import { makePlayground, PlaygroundContext } from '../playground';
import { MIRROR_CHANNEL, type MirrorMessage } from './mirror';
import { Diagram } from './PresenterStage';
import { HIGH_CONTRAST } from './theme';
import './presenter.css';

/** Monospace cells are about this wide for their height, in the fonts TERMINAL_FONT lists. */
const CELL_WIDTH = 0.6;
const LINE_HEIGHT = 1.15;

export default function AudienceApp({ booting }: { readonly booting: Promise<Booted> }) {
  const booted = use(booting);
  const host = useRef<HTMLDivElement>(null);
  const [feed, setFeed] = useState<Feed | null>(null);
  const [left, setLeft] = useState(false);
  const playground = useMemo(
    () => (feed ? makePlayground(booted, feed, { current: null }) : null),
    [booted, feed],
  );

  useEffect(() => {
    document.title = 'Dockyard — audience';
    const el = host.current;
    if (!el || typeof BroadcastChannel === 'undefined') return;
    const term = new Terminal({
      disableStdin: true,
      convertEol: true,
      fontFamily: TERMINAL_FONT,
      lineHeight: LINE_HEIGHT,
      cursorBlink: false,
      scrollback: 5000,
      screenReaderMode: true,
      theme: HIGH_CONTRAST,
    });
    term.open(el);
    let size = { cols: 80, rows: 24, fontSize: 28 };
    // The presenter's columns and rows, in the biggest type that fits this window.
    const fitToWindow = () => {
      const fontSize = Math.floor(
        Math.min(
          size.fontSize,
          el.clientWidth / (size.cols * CELL_WIDTH),
          el.clientHeight / (size.rows * LINE_HEIGHT * 1.1),
        ),
      );
      term.options.fontSize = Math.max(8, fontSize);
      term.resize(size.cols, size.rows);
    };
    const resize = new ResizeObserver(fitToWindow);
    resize.observe(el);
    let local: Feed | null = null;
    const channel = new BroadcastChannel(MIRROR_CHANNEL);
    channel.onmessage = ({ data }: MessageEvent<MirrorMessage>) => {
      switch (data.type) {
        case 'screen':
          size = data;
          fitToWindow();
          term.reset();
          term.write(data.text);
          local = new Feed(data.session);
          setFeed(local);
          setLeft(false);
          break;
        case 'size':
          size = data;
          fitToWindow();
          break;
        case 'write':
          term.write(data.data);
          break;
        case 'event':
          local?.bus.dispatch(data.event);
          break;
        case 'command':
          local?.record({ ...data.command, settled: Promise.resolve() });
          break;
        case 'replaced':
          local?.replaced(data.session);
          break;
        case 'bye':
          setLeft(true);
          break;
        default:
          break;
      }
    };
    channel.postMessage({ type: 'hello' } satisfies MirrorMessage);
    return () => {
      channel.close();
      resize.disconnect();
      term.dispose();
    };
  }, []);

  return (
    <main className="audience app-present" aria-label="Audience view">
      <h1 className="visually-hidden">Dockyard, audience view</h1>
      <div className="audience-terminal">
        {feed ? null : (
          <p className="audience-waiting">
            Waiting for the presenter: open this window with “Audience window” in presenter mode.
          </p>
        )}
        {left ? <p className="audience-waiting">The presenter has left presenter mode.</p> : null}
        <div className="terminal-host" ref={host} />
      </div>
      <section className="present-diagram" aria-label="Diagram">
        {playground ? (
          <PlaygroundContext value={playground}>
            <Suspense fallback={null}>
              <Diagram variant="present" />
            </Suspense>
          </PlaygroundContext>
        ) : null}
      </section>
    </main>
  );
}
