/**
 * The share link for what this page shows: its world (rebuilt from the commands typed on it, or
 * from its shell history), the lesson step open in the views, and a demo if one is given.
 */

import type { DemoScript } from '../../share/demo';
import { type Candidate, type ShareResult, shareLinkFor } from '../../share/link';
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

/**
 * Whether the feed holds every command typed since the world started: its first ran on a world
 * without history (a new playground, or a lesson's start).
 */
function fromStart(record: CommandRecord | undefined): boolean {
  return record !== undefined && record.before.history.length === 0;
}

export async function pageShareLink(playground: Playground, demo?: DemoScript): Promise<ShareResult> {
  const { session, commands } = playground.feed.getSnapshot();
  const world = playground.terminal.current?.session ?? session;
  // The lines typed here include those typed in a container's shell and answers to `[y/N]`,
  // which the host history lacks; the history covers worlds older than this page.
  const typed = commands.flatMap((c) => (c.line === null ? [] : [c.line]));
  const lesson = lessonStep();
  const all = fromStart(commands[0]) ? [typed, world.history] : [world.history];
  const candidates: Candidate[] = all.map((lines) => ({ commands: lines }));
  // A lesson's world starts from its setup, which leaves no history (src/lessons/world.ts).
  const started = lesson ? (await import('../../lessons/content/index')).LESSONS[lesson[0] - 1] : undefined;
  if (started && started.seed === world.daemon.rng.seed && started.setup.length > 0) {
    for (const lines of all) candidates.push({ setup: started.setup, commands: lines });
  }
  return shareLinkFor(
    `${window.location.origin}${window.location.pathname}`,
    world,
    candidates,
    { ...(lesson ? { lesson } : {}), ...(demo ? { demo } : {}) },
    Date.now(),
  );
}
