/**
 * What lessons and quizzes judge: the world after a command, its exit status and what it printed.
 * The helpers below read the daemon state the way a learner thinks of it (an image by its name, a
 * container by its image or the name they gave it), never by the ids and generated names the seed
 * drew, so a check holds whatever the seed.
 */
import type { Container, Image } from '../daemon/types';
import { newSession, runLine } from '../shell/index';
import type { CommandResult, Session, ShellHost, TimelineEntry } from '../shell/types';

/** One command's result, as the feed's CommandRecord gives it (`after`, `status`, `timeline`). */
export interface Outcome {
  readonly session: Session;
  readonly status: number;
  /** What the terminal showed, escape sequences removed (see `plainText`). */
  readonly output: string;
}

/** A check on an outcome: a step's goal, a hands-on question's target. */
export type Goal = (outcome: Outcome) => boolean;

// Cursor moves and colours from the TTY pull rendering; the words are what we judge.
// biome-ignore lint/suspicious/noControlCharactersInRegex: escape sequences are what it removes
const ANSI = /\x1b\[[0-9;?]*[A-Za-z]|\r/g;

/** The text a timeline writes, both streams, without escape sequences. */
export function plainText(timeline: readonly TimelineEntry[]): string {
  let text = '';
  for (const entry of timeline) if (entry.kind === 'write') text += entry.text;
  return text.replace(ANSI, '');
}

export function outcomeOf(result: Pick<CommandResult, 'session' | 'status' | 'timeline'>): Outcome {
  return { session: result.session, status: result.status, output: plainText(result.timeline) };
}

/** A world before any command, for a check that only reads state. */
export function quietOutcome(session: Session): Outcome {
  return { session, status: session.lastStatus, output: '' };
}

/** A host whose clock stands still at `now`: setup lines give the same world every time. */
export function fixedHost(now: number): ShellHost {
  return { clock: { now: () => now } };
}

/**
 * A seeded world with `setup` already run, as a learner finds it when a lesson or a question
 * starts: the setup lines leave no history and `$?` is 0, as if the machine came that way.
 */
export function buildWorld(seed: number, setup: readonly string[], now: number): Session {
  const host = fixedHost(now);
  let session = newSession(seed);
  for (const line of setup) session = runLine(session, line, host).session;
  return { ...session, history: [], lastStatus: 0 };
}

/** Runs `lines` in order from `session`, giving each line's outcome. */
export function runLines(session: Session, lines: readonly string[], now: number): Outcome[] {
  const host = fixedHost(now);
  const outcomes: Outcome[] = [];
  let current = session;
  for (const line of lines) {
    const result = runLine(current, line, host);
    current = result.session;
    outcomes.push(outcomeOf(result));
  }
  return outcomes;
}

/** `nginx` → `nginx:latest`; a reference with a tag or a digest is kept. */
export function withTag(ref: string): string {
  const lastPart = ref.slice(ref.lastIndexOf('/') + 1);
  return lastPart.includes(':') || ref.includes('@') ? ref : `${ref}:latest`;
}

export function images(session: Session): Image[] {
  return Object.values(session.daemon.images);
}

export function containers(session: Session): Container[] {
  return Object.values(session.daemon.containers);
}

/** The local image `ref` names (`hello-world`, `ubuntu:22.04`), if there is one. */
export function image(session: Session, ref: string): Image | undefined {
  const tagged = withTag(ref);
  return images(session).find((i) => i.RepoTags.includes(tagged));
}

export function hasImage(session: Session, ref: string): boolean {
  return image(session, ref) !== undefined;
}

/** Containers made from the image `ref` names, however the learner wrote it. */
export function containersOf(session: Session, ref: string): Container[] {
  const tagged = withTag(ref);
  const id = image(session, ref)?.Id;
  return containers(session).filter(
    (c) => withTag(c.Image) === tagged || (id !== undefined && c.ImageID === id),
  );
}

export function named(session: Session, name: string): Container | undefined {
  return containers(session).find((c) => c.Name === name);
}

export const isRunning = (c: Container): boolean => c.State.Running;

export const exitedWith = (c: Container, code: number): boolean =>
  c.State.Status === 'exited' && c.State.ExitCode === code;

/** Whether `c` publishes container port `port` (`80` or `80/tcp`) on host port `hostPort`. */
export function publishes(c: Container, hostPort: number, port: string): boolean {
  const key = port.includes('/') ? port : `${port}/tcp`;
  return (c.HostConfig.PortBindings?.[key] ?? []).some((b) => b.HostPort === String(hostPort));
}

/** Whether `c`'s writable layer added or changed `path`. */
export function wrote(c: Container, path: string): boolean {
  const entry = c.writable?.[path];
  return entry !== undefined && entry.type !== 'whiteout';
}

/** The container the terminal is attached to (`docker run -it ubuntu bash`), if any. */
export function attachedContainer(session: Session): Container | undefined {
  const id = session.attached?.containerId;
  return id === undefined ? undefined : session.daemon.containers[id];
}
