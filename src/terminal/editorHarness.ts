/**
 * Test support: a prompt on a headless terminal, hosted the way the controller hosts it. A submitted
 * line goes into history and a fresh prompt follows; keys after an action are fed again.
 */
import { HeadlessScreen } from './headlessScreen';
import {
  type Completer,
  emptyLine,
  feed,
  type LineEditorAction,
  type LineEditorState,
  nextLine,
  redrawAfterResize,
  redrawAll,
} from './lineEditor';

export interface PromptOptions {
  cols?: number;
  rows?: number;
  history?: string[];
  prompt?: string;
  complete?: Completer;
}

export async function prompt(opts: PromptOptions = {}) {
  const screen = new HeadlessScreen(opts.cols ?? 40, opts.rows ?? 10);
  const history = [...(opts.history ?? [])];
  const actions: LineEditorAction[] = [];
  let state: LineEditorState = emptyLine;
  const env = () => ({
    prompt: opts.prompt ?? '$ ',
    columns: screen.term.cols,
    history,
    ...(opts.complete ? { complete: opts.complete } : {}),
  });
  await screen.write(redrawAll(state, env()));
  return {
    screen,
    actions,
    history,
    get state() {
      return state;
    },
    /** Resizes the terminal and redraws the line, as the host does on xterm's onResize. */
    async resize(cols: number) {
      const old = screen.term.cols;
      screen.term.resize(cols, screen.term.rows);
      await screen.write(redrawAfterResize(state, env(), old));
    },
    async type(data: string) {
      let rest = data;
      while (rest !== '') {
        const result = feed(state, rest, env());
        state = result.state;
        rest = result.rest;
        await screen.write(result.output);
        if (result.action) actions.push(result.action);
        if (result.action?.type === 'submit') history.push(result.action.line);
        if (result.action?.type === 'submit' || result.action?.type === 'interrupt') {
          state = nextLine(state);
          await screen.write(redrawAll(state, env()));
        }
      }
    },
  };
}
