/**
 * The pane beside the terminal: one tab per view, each loaded only when first shown so the terminal
 * is interactive before any of them is downloaded (issue 5's and 6's bundle bars).
 */
import { type ComponentType, type KeyboardEvent, lazy, Suspense, useEffect, useState } from 'react';
import { navigate, PANES, type Pane, useRoute } from './route';

const LABELS: Record<Pane, string> = {
  diagram: 'Diagram',
  api: 'API log',
  lessons: 'Lessons',
  quiz: 'Quiz',
};

const VIEWS: Record<Pane, ComponentType> = {
  diagram: lazy(() => import('./diagram/DiagramPanel')),
  api: lazy(() => import('./diagram/ApiLogPanel')),
  lessons: lazy(() => import('./learn/LessonsPanel')),
  quiz: lazy(() => import('./learn/QuizPanel')),
};

/**
 * False until the browser is idle after the pane first mounts: the terminal, mounted in the same
 * commit, paints its first prompt before any view's chunk is fetched and run (npm run bench
 * measures the first prompt with and without the diagram).
 */
function useAfterTerminal(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(() => setReady(true), 200);
      return () => clearTimeout(timer);
    }
    const id = requestIdleCallback(() => setReady(true), { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }, []);
  return ready;
}

export function SidePane() {
  const route = useRoute();
  const ready = useAfterTerminal();
  const View = VIEWS[route.pane];
  // Arrow keys move between tabs, as the WAI-ARIA tabs pattern has it.
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = PANES[(PANES.indexOf(route.pane) + step + PANES.length) % PANES.length] ?? 'diagram';
    navigate({ pane: next, rest: [] });
    document.getElementById(`tab-${next}`)?.focus();
  };
  return (
    <aside className="side-pane" aria-label="Views">
      <div className="side-tabs" role="tablist" aria-label="Views" onKeyDown={onKeyDown}>
        {PANES.map((pane) => (
          <button
            key={pane}
            id={`tab-${pane}`}
            type="button"
            role="tab"
            aria-selected={route.pane === pane}
            aria-controls="side-panel"
            tabIndex={route.pane === pane ? 0 : -1}
            onClick={() => navigate({ pane, rest: [] })}
          >
            {LABELS[pane]}
          </button>
        ))}
      </div>
      <section id="side-panel" className="side-panel" role="tabpanel" aria-labelledby={`tab-${route.pane}`}>
        <Suspense fallback={<p className="loading">Loading…</p>}>
          {ready ? <View /> : <p className="loading">Loading…</p>}
        </Suspense>
      </section>
    </aside>
  );
}
