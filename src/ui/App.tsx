/**
 * The page: a header with the name and the controls, a storage notice when needed, and the terminal
 * filling the rest.
 */
import {
  type MouseEvent,
  type RefObject,
  Suspense,
  use,
  useCallback,
  useEffect,
  useMemo,
  useRef,
} from 'react';
import { ConflictError } from '../storage/repository';
import { type TerminalHandle, TerminalView } from '../terminal/TerminalView';
import { type Booted, saveErrorNotice } from './boot';
import { FontSizeControl, SpeedControl, ViewsToggle } from './Controls';
import { Feed } from './feed';
import { makePlayground, PlaygroundContext } from './playground';
import { SidePane } from './SidePane';
import { StorageNoticeBar } from './StorageNoticeBar';
import { useUi } from './uiStore';
import { WorldMenu } from './WorldMenu';
import { welcomeText } from './welcome';

export function App({ booting }: { readonly booting: Promise<Booted> }) {
  const terminal = useRef<TerminalHandle>(null);
  const views = useUi((s) => s.views);
  // After a mouse click on a control, typing should go on in the terminal. Keyboard users keep focus
  // where they are (detail is 0 for keyboard-activated clicks).
  const backToTerminal = (event: MouseEvent) => {
    if (event.detail > 0) setTimeout(() => terminal.current?.focus(), 0);
  };
  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <h1>Dockyard</h1>
          <p className="tagline">Learn Docker in a terminal that runs entirely in your browser.</p>
        </div>
        {/* biome-ignore lint/a11y/noStaticElementInteractions: only returns focus after a click on a control inside */}
        {/* biome-ignore lint/a11y/useKeyWithClickEvents: keyboard users keep their focus on purpose */}
        <div className="controls" onClick={backToTerminal}>
          <SpeedControl />
          <FontSizeControl />
          <ViewsToggle />
          <Suspense fallback={null}>
            <WorldMenu booting={booting} terminal={terminal} />
          </Suspense>
        </div>
      </header>
      <StorageNoticeBar />
      <main className={views ? 'app-main' : 'app-main app-main-terminal-only'}>
        <Suspense fallback={<p className="loading">Opening your playground…</p>}>
          <Playground booting={booting} terminal={terminal} />
        </Suspense>
      </main>
    </div>
  );
}

function Playground(props: { booting: Promise<Booted>; terminal: RefObject<TerminalHandle | null> }) {
  const booted = use(props.booting);
  const speed = useUi((s) => s.speed);
  const fontSize = useUi((s) => s.fontSize);
  const views = useUi((s) => s.views);
  const onSaveError = useCallback(
    (error: unknown) => {
      console.error('Dockyard: saving failed', error);
      useUi.getState().showNotice(saveErrorNotice(error));
      // The world moved on in another tab: show it, so the command can be run again on it.
      if (error instanceof ConflictError) void booted.sync.reload();
    },
    [booted],
  );
  const onSaved = useCallback(() => {
    // A later save worked: the earlier failure is repaired. Running in memory stays true.
    useUi.getState().dismissNotice('full', 'failed', 'conflict');
  }, []);
  // Other tabs' commits reach this terminal without a reload.
  useEffect(
    () =>
      booted.sync.attach(booted.store, (session) => props.terminal.current?.replaceSession(session), window),
    [booted, props.terminal],
  );
  const feed = useMemo(() => new Feed(booted.session), [booted]);
  const playground = useMemo(
    () => makePlayground(booted, feed, props.terminal),
    [booted, feed, props.terminal],
  );
  return (
    <PlaygroundContext value={playground}>
      <div className="terminal-pane">
        <TerminalView
          ref={props.terminal}
          store={booted.store}
          session={booted.session}
          loaded={booted.stored}
          welcome={welcomeText(booted.loaded)}
          speed={speed}
          fontSize={fontSize}
          bus={feed.bus}
          onSaveError={onSaveError}
          onSaved={onSaved}
          onCommand={feed.record}
          onReplaced={feed.replaced}
        />
      </div>
      {views ? <SidePane /> : null}
    </PlaygroundContext>
  );
}
