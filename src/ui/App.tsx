/**
 * The page: a header with the name and the controls, a storage notice when needed, and the terminal
 * filling the rest.
 */
import { type MouseEvent, type RefObject, Suspense, use, useCallback, useRef } from 'react';
import { type TerminalHandle, TerminalView } from '../terminal/TerminalView';
import { type Booted, saveErrorNotice } from './boot';
import { FontSizeControl, SpeedControl } from './Controls';
import { StorageNoticeBar } from './StorageNoticeBar';
import { useUi } from './uiStore';
import { welcomeText } from './welcome';

export function App({ booting }: { readonly booting: Promise<Booted> }) {
  const terminal = useRef<TerminalHandle>(null);
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
        </div>
      </header>
      <StorageNoticeBar />
      <main className="app-main">
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
  const onSaveError = useCallback((error: unknown) => {
    console.error('Dockyard: saving failed', error);
    useUi.getState().setNotice(saveErrorNotice(error));
  }, []);
  const onSaved = useCallback(() => {
    // A later save worked: the earlier failure is repaired. Running in memory stays true.
    if (useUi.getState().notice?.kind !== 'memory') useUi.getState().setNotice(null);
  }, []);
  return (
    <TerminalView
      ref={props.terminal}
      store={booted.store}
      session={booted.session}
      loaded={booted.loaded}
      welcome={welcomeText(booted.loaded)}
      speed={speed}
      fontSize={fontSize}
      onSaveError={onSaveError}
      onSaved={onSaved}
    />
  );
}
