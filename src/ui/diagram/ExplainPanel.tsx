/**
 * The explanation of a piece of output, and the keyboard's way to pick one: "Explain output"
 * lists the explainable pieces on the terminal's screen as buttons.
 */
import { useState } from 'react';
import { explanation } from '../../diagram/explanations';
import { usePlayground } from '../playground';
import { type OnScreenPiece, openExplanation, piecesOnScreen } from './explainLinks';
import { useDiagramUi } from './store';

export function ExplanationCard() {
  const explained = useDiagramUi((s) => s.explained);
  const explain = useDiagramUi((s) => s.explain);
  const e = explained ? explanation(explained.id) : undefined;
  if (!explained || !e) return null;
  return (
    <section className="explanation" aria-labelledby="explanation-title">
      <h2 id="explanation-title">
        <span className="explanation-kicker">Explain:</span> {e.title}
      </h2>
      <p className="explanation-quote">
        <code>{explained.text}</code>
      </p>
      <p>{e.text}</p>
      <button type="button" className="diagram-button" onClick={() => explain(null)}>
        Close explanation
      </button>
    </section>
  );
}

export function ExplainMode() {
  const { terminal } = usePlayground();
  const [pieces, setPieces] = useState<OnScreenPiece[] | null>(null);
  const toggle = () => {
    const term = terminal.current?.xterm;
    setPieces(pieces || !term ? null : piecesOnScreen(term));
  };
  return (
    <div className="explain-mode">
      <button type="button" className="diagram-button" aria-expanded={pieces !== null} onClick={toggle}>
        Explain output…
      </button>
      {pieces ? (
        pieces.length === 0 ? (
          <p className="muted">
            Nothing on the terminal's screen to explain yet: try docker run, ps or images.
          </p>
        ) : (
          <ul className="explain-list" aria-label="Explainable output on screen">
            {pieces.map((p) => (
              <li key={p.key}>
                <button
                  type="button"
                  onClick={() => {
                    openExplanation(p.text, p.span);
                    setPieces(null);
                  }}
                >
                  {explanation(p.span.id)?.title ?? p.span.id}: <code>{p.text}</code>
                </button>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </div>
  );
}
