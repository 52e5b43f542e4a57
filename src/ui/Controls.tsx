/** The header's controls: output speed, text size and the views pane. All take effect at once. */
import { SPEEDS, type Speed } from '../terminal/playback';
import { FONT_SIZES, useUi } from './uiStore';

const SPEED_LABEL: Record<Speed, { label: string; hint: string }> = {
  realistic: { label: 'Realistic', hint: 'Output takes as long as it would with real Docker' },
  fast: { label: 'Fast', hint: 'Output plays eight times faster' },
  instant: { label: 'Instant', hint: 'Output appears at once' },
};

export function SpeedControl() {
  const speed = useUi((s) => s.speed);
  const setSpeed = useUi((s) => s.setSpeed);
  return (
    <fieldset className="control">
      <legend className="control-label">Speed</legend>
      <div className="segmented">
        {SPEEDS.map((s) => (
          <label key={s} title={SPEED_LABEL[s].hint}>
            <input type="radio" name="speed" value={s} checked={speed === s} onChange={() => setSpeed(s)} />
            <span>{SPEED_LABEL[s].label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function FontSizeControl() {
  const fontSize = useUi((s) => s.fontSize);
  const setFontSize = useUi((s) => s.setFontSize);
  return (
    <fieldset className="control">
      <legend className="control-label">Text size</legend>
      <div className="segmented">
        <button
          type="button"
          aria-label="Smaller text"
          title="Smaller text"
          disabled={fontSize <= FONT_SIZES.min}
          onClick={() => setFontSize(fontSize - FONT_SIZES.step)}
        >
          A−
        </button>
        <output className="font-size-value" aria-live="polite" aria-label="Text size in pixels">
          {fontSize}
        </output>
        <button
          type="button"
          aria-label="Larger text"
          title="Larger text"
          disabled={fontSize >= FONT_SIZES.max}
          onClick={() => setFontSize(fontSize + FONT_SIZES.step)}
        >
          A+
        </button>
      </div>
    </fieldset>
  );
}

export function ViewsToggle() {
  const views = useUi((s) => s.views);
  const setViews = useUi((s) => s.setViews);
  return (
    <div className="segmented">
      <button
        type="button"
        aria-pressed={views}
        title={views ? 'Give the terminal the whole page' : 'Show the diagram, API log, lessons and quiz'}
        onClick={() => setViews(!views)}
      >
        Views
      </button>
    </div>
  );
}
