/**
 * Presenter mode beside the terminal: the diagram with its caption, and the demo bar. While it is
 * shown, the terminal wears the high-contrast theme, the demo keys work (see keys.ts) and an
 * audience window, if one is open, mirrors the terminal and the diagram.
 */
import { type ComponentType, lazy, Suspense, useEffect } from 'react';
import { usePlayground } from '../playground';
import { DemoBar } from './DemoBar';
import { demoKey } from './keys';
import { MIRROR_CHANNEL, mirrorPresenter } from './mirror';
import { back, next } from './runner';
import { HIGH_CONTRAST } from './theme';
import './presenter.css';

/** The diagram's own presenter variant: bigger, with its caption line under it. */
export const Diagram = lazy(
  () =>
    import('../diagram/DiagramPanel') as Promise<{
      default: ComponentType<{ variant?: 'pane' | 'present' }>;
    }>,
);

export default function PresenterStage() {
  const playground = usePlayground();

  useEffect(() => {
    const term = playground.terminal.current?.xterm;
    if (!term) return;
    const theme = term.options.theme;
    term.options.theme = HIGH_CONTRAST;
    playground.terminal.current?.focus();
    const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(MIRROR_CHANNEL);
    const stopMirror = channel ? mirrorPresenter(channel, term, playground.feed) : () => {};
    return () => {
      stopMirror();
      channel?.close();
      if (theme) term.options.theme = theme;
    };
  }, [playground]);

  useEffect(() => {
    // Capture phase: the terminal's own key handler must not see a key that steps the demo.
    const onKey = (event: KeyboardEvent) => {
      const key = demoKey(event, playground.terminal.current);
      if (key === null) return;
      event.preventDefault();
      event.stopPropagation();
      void (key === 'next' ? next(playground) : back(playground));
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [playground]);

  return (
    <>
      <h1 className="visually-hidden">Dockyard, presenter mode</h1>
      <section className="present-diagram" aria-label="Diagram">
        <Suspense fallback={<p className="loading">Loading the diagram…</p>}>
          <Diagram variant="present" />
        </Suspense>
      </section>
      <DemoBar />
    </>
  );
}
