/**
 * Stepping through a demo: → types the next command into the terminal key by key at the chosen
 * pace, presses Enter and waits until its output has played; ← puts the world back as it was
 * before the last step. The terminal is driven only as a person would drive it (its `input`), so
 * the diagram, the API log and the audience window see an ordinary command.
 */
import type { CommandRecord } from '../../terminal/controller';
import type { Feed } from '../feed';
import type { Playground } from '../playground';
import { PACE, usePresent } from './presentStore';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A little longer after a space or a dash, as a typist pauses between words. */
function keyDelay(char: string, keyMs: number): number {
  return char === ' ' || char === '-' ? keyMs * 1.8 : keyMs;
}

/** The next command the feed records (the one Enter is about to run). */
function nextRecord(feed: Feed): Promise<CommandRecord> {
  const seen = feed.getSnapshot().version;
  return new Promise((resolve) => {
    const stop = feed.subscribe(() => {
      const snapshot = feed.getSnapshot();
      const last = snapshot.commands.at(-1);
      if (snapshot.version === seen || !last) return;
      stop();
      resolve(last);
    });
  });
}

/** Runs the next step; resolves once its output is on screen. */
export async function next(playground: Playground): Promise<void> {
  const state = usePresent.getState();
  const step = state.demo.steps[state.position];
  const terminal = playground.terminal.current;
  if (state.busy || !terminal) return;
  if (!step) {
    usePresent.setState({ status: 'That was the last step. ← undoes it; load another demo to go on.' });
    return;
  }
  if (terminal.running) {
    usePresent.setState({ status: 'A command is still running: → again once its prompt is back.' });
    return;
  }
  if (terminal.hasInput) {
    usePresent.setState({
      status: 'There is typing on the line: run it or clear it (Ctrl-U), then → again.',
    });
    return;
  }
  const index = state.position;
  usePresent.setState({ busy: true, status: null });
  try {
    for (const char of step.command) {
      terminal.input(char);
      const { keyMs } = PACE[usePresent.getState().pace];
      if (keyMs > 0) await sleep(keyDelay(char, keyMs));
    }
    const recorded = nextRecord(playground.feed);
    terminal.input('\r');
    const record = await recorded;
    usePresent.setState((s) => ({ position: index + 1, done: [...s.done, { index, record }] }));
    await record.settled;
  } finally {
    usePresent.setState({ busy: false });
  }
}

/** Undoes the last step: the world goes back to just before it; the screen keeps its output. */
export async function back(playground: Playground): Promise<void> {
  const state = usePresent.getState();
  const last = state.done.at(-1);
  if (state.busy) return;
  if (!last) {
    usePresent.setState({ status: 'Nothing to undo: no step of this demo has run yet.' });
    return;
  }
  if (playground.terminal.current?.running) {
    usePresent.setState({ status: 'A command is still running: ← again once its prompt is back.' });
    return;
  }
  const commands = playground.feed.getSnapshot().commands;
  const at = commands.indexOf(last.record);
  const after = at === -1 ? 0 : commands.length - 1 - at;
  usePresent.setState({ busy: true });
  try {
    await playground.setWorld(last.record.before);
    const extra = after > 0 ? ` and the ${after === 1 ? 'command' : `${after} commands`} typed after it` : '';
    usePresent.setState({
      position: last.index,
      done: state.done.slice(0, -1),
      status: `Undid “${last.record.line}”${extra}: the playground is as it was before. The output above stays on screen as a record; → runs it again.`,
    });
  } catch (error) {
    console.error('Dockyard: undo failed', error);
    usePresent.setState({ status: 'Undo failed: the playground could not be saved, and is unchanged.' });
  } finally {
    usePresent.setState({ busy: false });
  }
}
