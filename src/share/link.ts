/**
 * Share links: a URL that opens Dockyard in a scenario. The scenario is a start world given as a
 * seed and the command lines that built it (replayed through the shell on a virtual clock, so the
 * same ids and names come out), an optional lesson step and an optional demo script.
 *
 * Link format: `?share=1.<base64url of JSON>.<checksum>`, plus `#/lessons/N/M` for a lesson step.
 * A link is untrusted input, so it is checked like an import before anything changes: its
 * checksum (a damaged or edited link), its size, its exact keys, and every command and note.
 * Worlds that the commands do not rebuild exactly (an import, a Ctrl-C at a chosen moment) or
 * whose link would pass MAX_URL are not shared as links: the learner is pointed to Export.
 */
import type { Session } from '../shell/types';
import { decodeBase64url, encodeBase64url } from './base64url';
import { checkDemo, type DemoScript } from './demo';
import { replay } from './transcript';

export const SHARE_PARAM = 'share';
/** Links stay under this length: what every browser, chat and mail client carries intact. */
export const MAX_URL = 2000;
/** Longest `share` value read at all; anything longer is refused unread. */
export const MAX_SHARE_VALUE = 16 * 1024;
export const SHARE_LIMITS = { commands: 200, command: 1000, lesson: 999 } as const;
const VERSION = '1';

export interface ShareScenario {
  /** The seed of the start world (`?seed=N`): every id and name follows from it. */
  readonly seed: number;
  /**
   * Lines that made the start world before anyone typed (a lesson's setup): run first, leaving no
   * history and `$?` 0, as src/lessons/world.ts buildWorld does.
   */
  readonly setup?: readonly string[];
  /** Lines typed into that playground, in order. */
  readonly commands: readonly string[];
  /** A lesson step, opened as `#/lessons/N/M`. */
  readonly lesson?: readonly [number, number];
  readonly demo?: DemoScript;
}

/** FNV-1a over the payload: catches a link cut short or edited by hand (not a signature). */
function checksum(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The `share` parameter's value for `scenario`. */
export function encodeScenario(scenario: ShareScenario): string {
  const payload = encodeBase64url(JSON.stringify(scenario));
  return `${VERSION}.${payload}.${checksum(payload)}`;
}

/** The whole link: `base` is the page's address without query or hash. */
export function shareUrl(base: string, scenario: ShareScenario): string {
  const hash = scenario.lesson ? `#/lessons/${scenario.lesson[0]}/${scenario.lesson[1]}` : '';
  return `${base}?${SHARE_PARAM}=${encodeScenario(scenario)}${hash}`;
}

export type DecodeResult =
  | { readonly ok: true; readonly scenario: ShareScenario }
  /** `message` is for the learner: what is wrong, and that nothing changed. */
  | { readonly ok: false; readonly message: string };

const refuse = (why: string): DecodeResult => ({
  ok: false,
  message: `This link was not opened: ${why}. Your playground is unchanged.`,
});

// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing them is the point
const CONTROL = /[\u0000-\u001f\u007f]/;
const KEYS = new Set(['seed', 'setup', 'commands', 'lesson', 'demo']);
const DAMAGED = 'it is damaged or was changed after it was shared';

/** Checks a `share` value and returns its scenario, or why it was refused. */
export function decodeScenario(value: string): DecodeResult {
  if (value.length > MAX_SHARE_VALUE) return refuse('it is too long');
  const [version, payload, sum, ...extra] = value.split('.');
  if (version !== VERSION) {
    return refuse(
      version && /^\d+$/.test(version) ? `it is for a newer Dockyard (format ${version})` : DAMAGED,
    );
  }
  if (payload === undefined || sum === undefined || extra.length > 0 || checksum(payload) !== sum) {
    return refuse(DAMAGED);
  }
  const json = decodeBase64url(payload);
  if (json === null) return refuse(DAMAGED);
  let data: unknown;
  try {
    data = JSON.parse(json, (key, v: unknown) => {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') throw new Error(key);
      return v;
    });
  } catch {
    return refuse(DAMAGED);
  }
  return checkScenario(data);
}

function checkScenario(data: unknown): DecodeResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return refuse(DAMAGED);
  const s = data as Record<string, unknown>;
  const unknown = Object.keys(s).find((k) => !KEYS.has(k));
  if (unknown !== undefined) return refuse(`it has an unknown key "${unknown}"`);
  const { seed, commands, lesson, demo } = s;
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    return refuse('its seed is not a whole number from 0 to 4294967295');
  }
  const { setup } = s;
  if (!Array.isArray(commands)) return refuse('it has no list of commands');
  if (setup !== undefined && !Array.isArray(setup)) return refuse('its setup is not a list of commands');
  const lines = [...(setup ?? []), ...commands];
  if (lines.length > SHARE_LIMITS.commands) {
    return refuse(`it has more than ${SHARE_LIMITS.commands} commands`);
  }
  for (const [i, c] of lines.entries()) {
    if (typeof c !== 'string' || c.length > SHARE_LIMITS.command || CONTROL.test(c)) {
      return refuse(`command ${i + 1} is not a line of at most ${SHARE_LIMITS.command} plain characters`);
    }
  }
  const scenario: { -readonly [K in keyof ShareScenario]: ShareScenario[K] } = {
    seed,
    ...(setup && setup.length > 0 ? { setup } : {}),
    commands,
  };
  if (lesson !== undefined) {
    const ok =
      Array.isArray(lesson) &&
      lesson.length === 2 &&
      lesson.every((n) => Number.isInteger(n) && n >= 1 && n <= SHARE_LIMITS.lesson);
    if (!ok) return refuse('its lesson step is not two numbers');
    scenario.lesson = [lesson[0], lesson[1]];
  }
  if (demo !== undefined) {
    const checked = checkDemo(demo);
    if (!checked.ok)
      return refuse(
        `its demo is not valid (${checked.message.replace(/^The demo was not loaded: |\.$/g, '')})`,
      );
    scenario.demo = checked.demo;
  }
  return { ok: true, scenario };
}

/** How far apart in time a replay puts the commands, so `docker ps` lists them in their order. */
const REPLAY_STEP_MS = 1000;

/**
 * The world a scenario starts from: its setup, then its commands replayed on a virtual clock one
 * second apart, the last at `now`.
 */
export function scenarioWorld(scenario: ShareScenario, now: number): Session {
  const { seed, setup = [], commands } = scenario;
  const start = now - commands.length * REPLAY_STEP_MS;
  // The setup all at one instant, as a lesson builds its start (same ties, so the same ps order).
  const made = replay(setup, { seed, now: start }).session;
  const from: Session = { ...made, history: [], lastStatus: 0 };
  return replay(commands, { seed, now: start, stepMs: REPLAY_STEP_MS, from }).session;
}

/**
 * What two worlds must share for one to stand for the other: the same ids, names, images, states
 * and history. Times differ (a replay runs now), and nobody reading `docker ps -a` minds.
 */
export function worldFingerprint(session: Session): string {
  const { images, containers, rng } = session.daemon;
  return JSON.stringify({
    rng,
    images: Object.keys(images)
      .sort()
      .map((id) => [id, images[id]?.RepoTags]),
    containers: Object.keys(containers)
      .sort()
      .map((id) => {
        const c = containers[id];
        return [id, c?.Name, c?.ImageID, c?.State.Status, c?.State.ExitCode];
      }),
    history: session.history,
  });
}

export type ShareResult =
  | { readonly ok: true; readonly url: string }
  | { readonly ok: false; readonly message: string };

/**
 * The link for `session`. `candidates` are command lists that may have built it (the page's own
 * record of the commands typed, then the shell history); the first whose replay gives the same
 * world is used.
 */
/** Lines that may have built a world: a start (a lesson's setup) and what was typed after it. */
export interface Candidate {
  readonly setup?: readonly string[];
  readonly commands: readonly string[];
}

export function shareLinkFor(
  base: string,
  session: Session,
  candidates: readonly Candidate[],
  extras: { readonly lesson?: readonly [number, number]; readonly demo?: DemoScript },
  now: number,
): ShareResult {
  const target = worldFingerprint(session);
  const seed = session.daemon.rng.seed;
  const found = candidates.find((c) => {
    const lines = [...(c.setup ?? []), ...c.commands];
    return (
      lines.length <= SHARE_LIMITS.commands &&
      lines.every((l) => l.length <= SHARE_LIMITS.command && !CONTROL.test(l)) &&
      worldFingerprint(scenarioWorld({ seed, ...c }, now)) === target
    );
  });
  if (found === undefined) {
    return {
      ok: false,
      message:
        'This playground cannot be rebuilt from its commands alone (it was imported, or a command was interrupted at a chosen moment): use Export and share the file instead.',
    };
  }
  const setup = found.setup && found.setup.length > 0 ? { setup: found.setup } : {};
  const url = shareUrl(base, { seed, ...setup, commands: found.commands, ...extras });
  if (url.length > MAX_URL) {
    return {
      ok: false,
      message: `A link to this playground would be ${url.length} characters long, too long to share safely (at most ${MAX_URL}): use Export and share the file instead.`,
    };
  }
  return { ok: true, url };
}
