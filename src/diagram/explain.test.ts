import { describe, expect, it } from 'vitest';
import { explainLine } from './explain-match';
import { EXPLANATIONS } from './explanations';

describe('explanations', () => {
  it('has at least 25 distinct explanations, each with its own id, title and text', () => {
    expect(EXPLANATIONS.length).toBeGreaterThanOrEqual(25);
    expect(new Set(EXPLANATIONS.map((e) => e.id)).size).toBe(EXPLANATIONS.length);
    expect(new Set(EXPLANATIONS.map((e) => e.text)).size).toBe(EXPLANATIONS.length);
    for (const e of EXPLANATIONS) expect(e.text.length, e.id).toBeGreaterThan(20);
  });

  it.each(EXPLANATIONS.map((e) => [e.id, e] as const))('finds %s where its example has it', (id, e) => {
    const { lines, piece } = e.example;
    const row = lines.length - 1;
    const line = lines[row] ?? '';
    const spans = explainLine(lines, row);
    const span = spans.find((s) => line.slice(s.start, s.end) === piece);
    expect(span?.id, `${JSON.stringify(piece)} in ${JSON.stringify(spans)}`).toBe(id);
  });

  it('names the object each piece is about, for the diagram to highlight', () => {
    const layer = explainLine(['2db29710123e: Pull complete'], 0);
    expect(layer.map((s) => s.subject)).toEqual([
      { kind: 'layer', ref: '2db29710123e' },
      { kind: 'layer', ref: '2db29710123e' },
    ]);
    const ps = [
      'CONTAINER ID   IMAGE         COMMAND    CREATED         STATUS                     PORTS     NAMES',
      '3f2a1b4c5d6e   hello-world   "/hello"   5 seconds ago   Exited (0) 4 seconds ago             adoring_herschel',
    ];
    const status = explainLine(ps, 1).find((s) => s.id === 'exited-0');
    expect(status?.subject).toEqual({ kind: 'container', ref: '3f2a1b4c5d6e' });
  });

  it('explains nothing in a line that is not docker output, nor a table cell after a prompt', () => {
    expect(explainLine(['learner@dockyard:~$ ls'], 0)).toEqual([]);
    const lines = [
      'REPOSITORY    TAG       IMAGE ID       CREATED        SIZE',
      'learner@dockyard:~$ echo hi',
      'hi',
    ];
    expect(explainLine(lines, 2)).toEqual([]);
  });
});
