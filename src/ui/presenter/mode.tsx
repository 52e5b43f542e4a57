/**
 * Entering and leaving presenter mode, keeping `?present` in the address in step so a reload (or
 * the address copied to another machine) opens the same way. Small and eager: the header's button
 * and the shortcut need it before anything of presenter mode has loaded.
 */
import { useEffect } from 'react';
import { useUi } from '../uiStore';
import { isPresentToggle } from './keys';

export function setPresenting(on: boolean): void {
  const { mode, setMode } = useUi.getState();
  if (mode === 'audience' || (mode === 'present') === on) return;
  setMode(on ? 'present' : 'normal');
  const url = new URL(window.location.href);
  if (on) url.searchParams.set('present', '');
  else url.searchParams.delete('present');
  // `?present=` reads better as `?present`.
  window.history.replaceState(window.history.state, '', url.href.replace(/([?&]present)=(?=&|#|$)/, '$1'));
}

/** Ctrl+Alt+P toggles presenter mode from anywhere on the page, the terminal included. */
export function usePresentShortcut(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isPresentToggle(event)) return;
      event.preventDefault();
      event.stopPropagation();
      setPresenting(useUi.getState().mode !== 'present');
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}

/** The header's Present button. */
export function PresentButton() {
  return (
    <div className="segmented">
      <button
        type="button"
        aria-keyshortcuts="Control+Alt+P"
        title="Presenter mode: big type, the diagram, scripted demos (Ctrl+Alt+P)"
        onClick={() => setPresenting(true)}
      >
        Present
      </button>
    </div>
  );
}
