/**
 * The share link for what this page shows: its world (rebuilt from the commands typed on it, or
 * from its shell history), the lesson step open in the views, and a demo if one is given.
 */
import type { DemoScript } from '../../share/demo';
import { type ShareResult, shareLinkFor } from '../../share/link';
import type { CommandRecord } from '../../terminal/controller';
import type { Playground } from '../playground';
import { parseRoute } from '../route';

/** A lesson step open in the views pane (`#/lessons/N/M`), if any. */
export function lessonStep(): readonly [number, number] | undefined {
  const { pane, rest } = parseRoute(window.location.hash);
  const [n, m] = rest.map(Number);
  if (pane !== 'lessons' || rest.length !== 2 || !Number.isInteger(n) || !Number.isInteger(m))
    return undefined;
  return [n as number, m as number];
}

/** Whether `record` ran on a new, empty playground: the feed then holds every command of the world. */
function fromEmpty(record: CommandRecord | undefined): boolean {
  if (!record) return false;
  const { before } = record;
  return (
    before.history.length === 0 &&
    Object.keys(before.daemon.containers).length === 0 &&
    Object.keys(before.daemon.images).length === 0
  );
}

export function pageShareLink(playground: Playground, demo?: DemoScript): ShareResult {
  const { session, commands } = playground.feed.getSnapshot();
  const world = playground.terminal.current?.session ?? session;
  // The lines typed here include those typed in a container's shell and answers to `[y/N]`,
  // which the host history lacks; the history covers worlds older than this page.
  const typed = commands.flatMap((c) => (c.line === null ? [] : [c.line]));
  const candidates = fromEmpty(commands[0]) ? [typed, world.history] : [world.history];
  const lesson = lessonStep();
  return shareLinkFor(
    `${window.location.origin}${window.location.pathname}`,
    world,
    candidates,
    { ...(lesson ? { lesson } : {}), ...(demo ? { demo } : {}) },
    Date.now(),
  );
}
