/**
 * Makes docker's output in the terminal explainable: an xterm link provider underlines each piece
 * explain-match finds, and clicking one opens its explanation. Also lists the pieces on screen for
 * the keyboard's "explain" mode.
 */
import type { IDisposable, Terminal } from '@xterm/xterm';
import { useEffect } from 'react';
import { type ExplainSpan, explainLine } from '../../diagram/explain-match';
import { usePlayground } from '../playground';
import { navigate } from '../route';
import { useDiagramUi } from './store';

/** The buffer's lines around `row` (a table's header can be far above its last row). */
function linesOf(term: Terminal, from: number, to: number): string[] {
  const buffer = term.buffer.active;
  const lines: string[] = [];
  for (let y = Math.max(0, from); y <= Math.min(to, buffer.length - 1); y++)
    lines.push(buffer.getLine(y)?.translateToString(true) ?? '');
  return lines;
}

/** Explainable pieces of buffer row `y` (0-based). */
export function spansAt(term: Terminal, y: number): { line: string; spans: readonly ExplainSpan[] } {
  const from = Math.max(0, y - 200);
  const lines = linesOf(term, from, y + 2);
  return { line: lines[y - from] ?? '', spans: explainLine(lines, y - from) };
}

export interface OnScreenPiece {
  readonly key: string;
  readonly text: string;
  readonly span: ExplainSpan;
}

/** The explainable pieces in the terminal's visible rows, top to bottom. */
export function piecesOnScreen(term: Terminal): OnScreenPiece[] {
  const buffer = term.buffer.active;
  const top = buffer.viewportY;
  const pieces: OnScreenPiece[] = [];
  for (let y = top; y < top + term.rows; y++) {
    const { line, spans } = spansAt(term, y);
    for (const span of spans)
      pieces.push({ key: `${y}:${span.start}`, text: line.slice(span.start, span.end), span });
  }
  return pieces;
}

export function openExplanation(text: string, span: ExplainSpan): void {
  useDiagramUi.getState().explain({ id: span.id, text, ...(span.subject ? { subject: span.subject } : {}) });
  // The explanation and its highlight are drawn in the diagram.
  navigate({ pane: 'diagram', rest: [] });
}

function register(term: Terminal): IDisposable {
  return term.registerLinkProvider({
    provideLinks(row, callback) {
      const { line, spans } = spansAt(term, row - 1);
      if (spans.length === 0) return callback(undefined);
      callback(
        spans.map((span) => ({
          range: { start: { x: span.start + 1, y: row }, end: { x: span.end, y: row } },
          text: line.slice(span.start, span.end),
          decorations: { underline: true, pointerCursor: true },
          activate: (_event, text) => openExplanation(text, span),
        })),
      );
    },
  });
}

/** One provider per terminal, however many views (pane, presenter) want it. */
const providers = new WeakMap<Terminal, { users: number; disposable: IDisposable }>();

function acquire(term: Terminal): IDisposable {
  const held = providers.get(term) ?? { users: 0, disposable: register(term) };
  held.users++;
  providers.set(term, held);
  return {
    dispose() {
      held.users--;
      if (held.users === 0) {
        held.disposable.dispose();
        providers.delete(term);
      }
    },
  };
}

/** Keeps the link provider on the terminal while a diagram view is mounted. */
export function useExplainLinks(): void {
  const { terminal } = usePlayground();
  useEffect(() => {
    let disposable: IDisposable | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The terminal mounts with the page; a view can mount first on a fast path. Wait for it.
    const attach = () => {
      const term = terminal.current?.xterm;
      if (term) disposable = acquire(term);
      else timer = setTimeout(attach, 100);
    };
    attach();
    return () => {
      clearTimeout(timer);
      disposable?.dispose();
    };
  }, [terminal]);
}
