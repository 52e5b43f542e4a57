/**
 * The page: a header with the name and the controls, a storage notice when needed, and the terminal
 * filling the rest.
 */
import {
  lazy,
  type MouseEvent,
  type RefObject,
  Suspense,
  use,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { ConflictError } from '../storage/repository';
import { type TerminalHandle, TerminalView } from '../terminal/TerminalView';
import { type Booted, saveErrorNotice } from './boot';
import { FontSizeControl, SpeedControl, ViewsToggle } from './Controls';
import { Feed } from './feed';
import { makePlayground, PlaygroundContext, type Playground as PlaygroundValue } from './playground';
import { PresentButton, usePresentShortcut } from './presenter/mode';
import { PACE, usePresent } from './presenter/presentStore';
import { ShareControls } from './presenter/ShareControls';
import { SidePane } from './SidePane';
import { StorageNoticeBar } from './StorageNoticeBar';
import { useUi } from './uiStore';
import { WorldMenu } from './WorldMenu';
import { welcomeText } from './welcome';

// Presenter mode, the audience window and share links load only when a page uses them.
const PresenterStage = lazy(() => import('./presenter/PresenterStage'));
const AudienceApp = lazy(() => import('./presenter/AudienceApp'));
const ShareOpener = lazy(() => import('./presenter/ShareOpener'));

export function App({ booting }: { readonly booting: Promise<Booted> }) {
  const terminal = useRef<TerminalHandle>(null);
  const views = useUi((s) => s.views);
  const mode = useUi((s) => s.mode);
  // The header's Share and Transcript read the playground, which exists once storage has opened.
  const [playground, setPlayground] = useState<PlaygroundValue | null>(null);
  usePresentShortcut();
  if (mode === 'audience') {
    return (
      <Suspense fallback={<p className="loading">Opening the audience window…</p>}>
        <AudienceApp booting={booting} />
      </Suspense>
    );
  }
  const present = mode === 'present';
  const mainClass = present
    ? 'app-main app-main-present'
    : views
      ? 'app-main'
      : 'app-main app-main-terminal-only';
  // After a mouse click on a control, typing should go on in the terminal. Keyboard users keep focus
  // where they are (detail is 0 for keyboard-activated clicks).
  const backToTerminal = (event: MouseEvent) => {
    if (event.detail > 0) setTimeout(() => terminal.current?.focus(), 0);
  };
  return (
    <div className={present ? 'app app-present' : 'app'}>
      {/* Presenter mode shows only the terminal, the diagram and its own bar. */}
      <header className="app-header" style={present ? { display: 'none' } : undefined}>
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
          <PresentButton />
          <Suspense fallback={null}>
            <WorldMenu booting={booting} terminal={terminal} />
          </Suspense>
          {playground ? (
            <PlaygroundContext value={playground}>
              <ShareControls />
            </PlaygroundContext>
          ) : null}
        </div>
      </header>
      <StorageNoticeBar />
      <main className={mainClass}>
        <Suspense fallback={<p className="loading">Opening your playground…</p>}>
          <Playground booting={booting} terminal={terminal} onReady={setPlayground} />
        </Suspense>
      </main>
    </div>
  );
}

function Playground(props: {
  booting: Promise<Booted>;
  terminal: RefObject<TerminalHandle | null>;
  onReady: (playground: PlaygroundValue) => void;
}) {
  const booted = use(props.booting);
  const present = useUi((s) => s.mode === 'present');
  // Presenter mode has its own size and pace, so the learner's come back untouched after it.
  const learnerSpeed = useUi((s) => s.speed);
  const learnerFont = useUi((s) => s.fontSize);
  const presenterPace = usePresent((s) => s.pace);
  const presenterFont = usePresent((s) => s.fontSize);
  const speed = present ? PACE[presenterPace].output : learnerSpeed;
  const fontSize = present ? presenterFont : learnerFont;
  const views = useUi((s) => s.views);
  // Read once: the opener takes `share` out of the address, and must stay mounted for its dialog.
  const [sharing] = useState(hasShareLink);
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
  const { onReady } = props;
  useEffect(() => onReady(playground), [onReady, playground]);
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
      {present ? (
        <Suspense fallback={null}>
          <PresenterStage />
        </Suspense>
      ) : views ? (
        <SidePane />
      ) : null}
      {sharing ? (
        <Suspense fallback={null}>
          <ShareOpener />
        </Suspense>
      ) : null}
    </PlaygroundContext>
  );
}

function hasShareLink(): boolean {
  return new URLSearchParams(window.location.search).has('share');
}
