/**
 * What the diagram and the API log share (UI state only): the request a learner selected in one
 * of them, and the piece of output being explained.
 */
import { create } from 'zustand';
import type { ExplainSpan } from '../../diagram/explain-match';
import type { CommandRecord } from '../../terminal/controller';

export interface Selection {
  readonly record: CommandRecord;
  /** The request's step in stepsOf(record.timeline). */
  readonly step: number;
}

export interface Explained {
  readonly id: string;
  /** The text it was found in, as the terminal shows it. */
  readonly text: string;
  readonly subject?: ExplainSpan['subject'];
}

interface DiagramUi {
  readonly selection: Selection | null;
  readonly explained: Explained | null;
  select(selection: Selection | null): void;
  explain(explained: Explained | null): void;
}

export const useDiagramUi = create<DiagramUi>()((set) => ({
  selection: null,
  explained: null,
  select: (selection) => set({ selection }),
  explain: (explained) => set({ explained }),
}));
