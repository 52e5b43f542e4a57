/**
 * The presenter's strip under the diagram: where the demo is and what comes next (with the step's
 * note, for the presenter's eyes), → and ←, the pace, the text size, the audience window, the demo
 * editor and the way out. Everything here is also reachable by keyboard.
 */
import { type MouseEvent, useRef } from 'react';
import { usePlayground } from '../playground';
import { DemoEditor } from './DemoEditor';
import { setPresenting } from './mode';
import { PACE, PACES, type Pace, PRESENT_FONT, usePresent } from './presentStore';
import { back, next } from './runner';

/** The audience page: this one's address with `?audience`, and no share link to open again. */
function audienceUrl(): string {
  const url = new URL(window.location.href);
  url.search = '?audience';
  url.hash = '';
  return url.href;
}

export function DemoBar() {
  const playground = usePlayground();
  const { demo, position, busy, status, pace, fontSize, setPace, setFontSize } = usePresent();
  const editor = useRef<HTMLDialogElement>(null);
  const step = demo.steps[position];
  // A mouse click hands the keyboard back to the terminal; keyboard users keep their place.
  const refocus = (event: MouseEvent) => {
    if (event.detail > 0) setTimeout(() => playground.terminal.current?.focus(), 0);
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: only returns focus after a click on a control inside
    // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard users keep their focus on purpose
    <div className="demo-bar" onClick={refocus}>
      <section className="demo-next" aria-label="Demo" aria-live="polite">
        <p className="demo-where">
          {demo.title} · step {Math.min(position + 1, demo.steps.length)} of {demo.steps.length}
          {busy ? ' · running…' : ''}
        </p>
        {status ? (
          <p className="demo-status">{status}</p>
        ) : step ? (
          <p className="demo-status">
            Next: <code>{step.command}</code>
            {step.note ? <span className="demo-note"> — {step.note}</span> : null}
          </p>
        ) : (
          <p className="demo-status">End of the demo.</p>
        )}
      </section>
      <div className="demo-controls">
        <button
          type="button"
          aria-keyshortcuts="ArrowLeft"
          title="Undo the last step (←)"
          disabled={busy}
          onClick={() => void back(playground)}
        >
          ← Undo
        </button>
        <button
          type="button"
          className="demo-primary"
          aria-keyshortcuts="ArrowRight"
          title="Type and run the next command (→)"
          disabled={busy || !step}
          onClick={() => void next(playground)}
        >
          Next →
        </button>
        <label className="demo-pace">
          Pace
          <select value={pace} onChange={(e) => setPace(e.target.value as Pace)}>
            {PACES.map((p) => (
              <option key={p} value={p}>
                {PACE[p].label}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          aria-label="Smaller text"
          disabled={fontSize <= PRESENT_FONT.min}
          onClick={() => setFontSize(fontSize - PRESENT_FONT.step)}
        >
          A−
        </button>
        <output className="font-size-value" aria-label="Text size in pixels">
          {fontSize}
        </output>
        <button
          type="button"
          aria-label="Larger text"
          disabled={fontSize >= PRESENT_FONT.max}
          onClick={() => setFontSize(fontSize + PRESENT_FONT.step)}
        >
          A+
        </button>
        <button type="button" onClick={() => editor.current?.showModal()}>
          Demo…
        </button>
        <button
          type="button"
          title="Open a window for the projector: the terminal and the diagram only"
          onClick={() => window.open(audienceUrl(), 'dockyard-audience', 'popup,width=1280,height=720')}
        >
          Audience window
        </button>
        <button type="button" title="Leave presenter mode (Ctrl+Alt+P)" onClick={() => setPresenting(false)}>
          Leave
        </button>
      </div>
      <DemoEditor dialog={editor} />
    </div>
  );
}
