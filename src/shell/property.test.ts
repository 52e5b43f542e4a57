/**
 * Property test: long seeded sequences of plausible docker command lines, with the world's
 * invariants checked after every line. A failure names the seed, the index and the line, and
 * `run(seed, index + 1)` rebuilds the same sequence.
 */
import { describe, expect, it } from 'vitest';
import { runDocker } from '../client/cli';
import { containerList } from '../daemon/containers';
import { settle } from '../daemon/settle';
import type { DaemonState } from '../daemon/types';
import { interrupt, newSession, runLine } from './index';
import type { Session, ShellHost } from './types';

/** A small deterministic PRNG (mulberry32), so every failure can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const IMAGES = [
  'hello-world',
  'ubuntu',
  'alpine',
  'busybox',
  'nginx',
  'redis',
  'ubuntu:22.04',
  'alpine:3.20',
];
const JUNK = [
  'nope',
  'Bad_Name',
  'x@sha256:abc',
  'sha256:',
  '0',
  'abc123',
  '',
  'ubuntu:nope',
  '-',
  'web',
  'db',
];
/** Not a line: the generator's way of pressing Ctrl-C. */
const CTRL_C = '^C';
const NAMES = ['web', 'db', 'cache', 'app', 'x1', 'bad name', '_x'];
/** Names in a private registry (push, pull) and on the Hub (push is refused without a login). */
const REGISTRY_REFS = [
  'localhost:5000/mine',
  'localhost:5000/mine:v2',
  'localhost:5000/nope',
  'mine',
  'a/b:c',
];
const CONTAINER_CMDS = ['', 'true', 'false', 'sleep 100', 'bash', 'sh', 'echo hi', 'ls /', 'cat /nope'];
const INSIDE = [
  'ls',
  'echo hi > /f',
  'touch /a',
  'rm /etc/hostname',
  'mkdir /d',
  'cd /tmp',
  'exit 3',
  'nope',
];

function generator(seed: number) {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const chance = (p: number) => rand() < p;

  /** A container reference from the state half the time (id prefix, full id or name), junk otherwise. */
  function container(state: DaemonState): string {
    const cs = Object.values(state.containers);
    if (cs.length === 0 || chance(0.5)) return pick(JUNK);
    const c = pick(cs);
    return pick([c.Id.slice(0, 12), c.Id, c.Name, c.Id.slice(0, 4)]);
  }
  /** An image reference from the state half the time (a tag, short or full id), a catalog name or junk otherwise. */
  function image(state: DaemonState): string {
    const is = Object.values(state.images);
    if (is.length > 0 && chance(0.5)) {
      const i = pick(is);
      const tag = i.RepoTags.length > 0 ? pick(i.RepoTags) : undefined;
      return pick([tag ?? i.Id.slice(7, 19), i.Id.slice(7, 19), i.Id, i.Id.slice(7, 11)]);
    }
    return chance(0.7) ? pick(IMAGES) : pick(JUNK);
  }

  /** The next line for `session`: inside a container shell when attached. */
  return function next(session: Session): string {
    // Following a container's output (`docker run nginx`, `logs -f`): only Ctrl-C gets the prompt
    // back, and without it every later line would be swallowed.
    if (session.attached?.mode === 'follow') return CTRL_C;
    if (session.attached) return chance(0.4) ? 'exit' : pick(INSIDE);
    const s = session.daemon;
    switch (Math.floor(rand() * 27)) {
      case 0:
      case 1:
        return `docker pull ${chance(0.9) ? pick(IMAGES) : pick(JUNK)}`;
      case 2:
      case 3:
      case 4: {
        const flags = [
          chance(0.4) ? '-d' : '',
          chance(0.25) ? '-it' : '',
          chance(0.3) ? '--rm' : '',
          chance(0.3) ? `--name ${pick(NAMES)}` : '',
        ].filter(Boolean);
        return `docker run ${flags.join(' ')} ${image(s)} ${pick(CONTAINER_CMDS)}`.replace(/ +/g, ' ').trim();
      }
      case 5:
        return `docker run -it ${pick(['ubuntu', 'alpine', 'busybox'])} ${pick(['', 'sh', 'bash'])}`.trim();
      case 6:
      case 7:
        return `docker rm ${chance(0.4) ? '-f ' : ''}${container(s)}${chance(0.2) ? ` ${container(s)}` : ''}`;
      case 8:
      case 9:
        return `docker rmi ${chance(0.5) ? '-f ' : ''}${image(s)}`;
      case 10:
        return `docker tag ${image(s)} ${pick(['mine', 'mine:v2', 'ubuntu:mine', 'Bad:tag', 'hello-world', 'a/b:c'])}`;
      case 11:
        return `docker commit ${container(s)}${chance(0.6) ? ` ${pick(['snap', 'snap:v1', 'ubuntu:snap', 'BAD'])}` : ''}`;
      case 12:
        return `docker stop ${chance(0.3) ? '-t 0 ' : ''}${container(s)}`;
      case 13:
        return `docker start ${container(s)}`;
      case 14:
        return `docker kill ${container(s)}`;
      case 15:
        return `docker ${pick(['pause', 'unpause'])} ${container(s)}`;
      case 16:
        return `docker exec ${pick(['', '-d ', '-it '])}${container(s)} ${pick(['ls', 'bash', 'sh', 'true', 'nope'])}`;
      case 17:
        return `docker ${pick(['images', 'images -a', 'ps', 'ps -a', 'ps -aq', 'image ls --digests'])}`;
      case 18:
        return `docker inspect ${chance(0.5) ? container(s) : image(s)}`;
      case 19:
        return `docker ${pick(['restart', 'logs', 'wait', 'port', 'diff', 'top'])} ${container(s)}`;
      case 20:
        return `docker rename ${container(s)} ${pick(NAMES)}`;
      case 21:
        return `docker ${pick(['container prune -f', 'image prune -f', 'image prune -a -f', 'system df'])}`;
      case 22:
        return `docker history ${image(s)}`;
      case 23:
        return chance(0.6)
          ? `docker ${pick(['run -d -p 5000:5000', 'run -d -p 5000:5000 --name registry', 'start'])} registry${chance(0.5) ? ':2' : ''}`
          : `docker tag ${image(s)} ${pick(REGISTRY_REFS)}`;
      case 24:
        return chance(0.4)
          ? `docker tag ${image(s)} localhost:5000/mine && docker push localhost:5000/mine`
          : `docker ${pick(['push', 'pull', 'pull', 'push -a', 'push -q'])} ${pick(REGISTRY_REFS)}`;
      case 25:
        return chance(0.5)
          ? `docker cp ${container(s)}:${pick(['/etc/hostname', '/tmp', '/nope', '/etc/'])} ${pick(['.', 'x', 'nodir/x', 'x/'])}`
          : `docker cp ${pick(['x', 'hostname', 'nope', '.'])} ${container(s)}:${pick(['/tmp', '/', '/nope/x', '/etc/hostname'])}`;
      default:
        return `docker ${pick(['rm', 'rmi', 'run', 'tag', 'commit'])} ${pick(JUNK)} ${pick(JUNK)}`.trim();
    }
  };
}

const textOf = (r: { timeline: readonly { kind: string; text?: string }[] }) =>
  r.timeline.map((e) => (e.kind === 'write' ? (e.text ?? '') : '')).join('');

/** Everything wrong with `state` (after `output` was printed), as messages; empty when sound. */
function violations(saved: DaemonState, output: string, now: number): string[] {
  // The world as any step at `now` sees it: sleeps whose time is up have ended (--rm ones gone).
  const state = settle(saved, now);
  const bad: string[] = [];
  const images = Object.values(state.images);
  // (b) a tag belongs to exactly one image, and the image it names exists (keyed by its own Id).
  const owner = new Map<string, string>();
  for (const [key, img] of Object.entries(state.images)) {
    if (key !== img.Id) bad.push(`image keyed ${key} has Id ${img.Id}`);
    for (const tag of img.RepoTags) {
      const prev = owner.get(tag);
      if (prev !== undefined && prev !== img.Id) bad.push(`tag ${tag} on both ${prev} and ${img.Id}`);
      owner.set(tag, img.Id);
    }
  }
  // (c) layers live only inside images: no two images disagree about a layer digest, and no layer
  // `Deleted:` by rmi is still used by a remaining image.
  const layers = new Map<string, string>();
  const diffIds = new Set<string>();
  for (const img of images) {
    for (const l of img.Layers) {
      const sig = `${l.diffId}/${l.size}/${l.compressedSize}`;
      const prev = layers.get(l.digest);
      if (prev !== undefined && prev !== sig) bad.push(`layer ${l.digest} is ${prev} and ${sig}`);
      layers.set(l.digest, sig);
      diffIds.add(l.diffId);
    }
  }
  for (const m of output.matchAll(/^Deleted: (sha256:[0-9a-f]{64})$/gm)) {
    const id = m[1] as string;
    if (state.images[id]) bad.push(`Deleted: ${id} but the image is still there`);
    if (diffIds.has(id)) bad.push(`Deleted: layer ${id} still used by an image`);
  }
  // (a) a container's image exists, or the listing shows the 12-hex image id.
  const summaries = containerList(state, { all: true }, { now });
  if (!summaries.ok) return [...bad, 'ContainerList failed'];
  const byId = new Map(summaries.reply.map((r) => [r.Id, r]));
  for (const c of Object.values(state.containers)) {
    const row = byId.get(c.Id);
    if (!row) {
      bad.push(`container ${c.Id.slice(0, 12)} missing from ContainerList`);
      continue;
    }
    if (!state.images[c.ImageID] && row.Image !== c.ImageID.slice(7, 19))
      bad.push(`container ${c.Name}: image ${c.ImageID.slice(7, 19)} gone but IMAGE shows ${row.Image}`);
  }
  // (d) `docker ps -a` has one row per container.
  const ps = runDocker(['ps', '-a'], { state, now, tty: true });
  const rows = textOf(ps).split('\n').filter(Boolean).length - 1;
  const count = Object.keys(state.containers).length;
  if (rows !== count) bad.push(`ps -a shows ${rows} rows for ${count} containers`);
  return bad;
}

/** Runs `lines` commands from `seed`; returns the first failure as a replayable message. */
function run(seed: number, lines: number): { failure?: string; containers: number; images: number } {
  let t = Date.parse('2025-01-06T09:00:00Z');
  const host: ShellHost = {
    clock: { now: () => t },
    advanceClock: (ms: number) => {
      t += ms;
    },
  };
  const next = generator(seed);
  let session = newSession(seed);
  let maxContainers = 0;
  const played: string[] = [];
  for (let i = 0; i < lines; i++) {
    const line = next(session);
    played.push(line);
    // The sequence is a function of the seed alone: `run(seed, i + 1)` replays it; the lines
    // just before the failure are listed to read it by hand.
    const where = `seed ${seed}, command #${i}: ${JSON.stringify(line)}\n  (replay: run(${seed}, ${i + 1}); last lines: ${JSON.stringify(played.slice(-12))})`;
    let result: ReturnType<typeof runLine>;
    try {
      result = line === CTRL_C ? interrupt(session, host) : runLine(session, line, host);
    } catch (e) {
      return { failure: `${where} threw ${String(e)}`, containers: 0, images: 0 };
    }
    const out = textOf(result);
    if (out.includes('internal error'))
      return { failure: `${where} printed ${out}`, containers: 0, images: 0 };
    if (!Number.isInteger(result.status))
      return { failure: `${where} status ${result.status}`, containers: 0, images: 0 };
    session = result.session;
    t += 1_000 + Math.floor((seed * 7919 + i * 104_729) % 60_000);
    const bad = violations(session.daemon, out, t);
    if (bad.length > 0)
      return { failure: `${where}\n  ${bad.join('\n  ')}\n  output: ${out}`, containers: 0, images: 0 };
    maxContainers = Math.max(maxContainers, Object.keys(session.daemon.containers).length);
  }
  return { containers: maxContainers, images: Object.keys(session.daemon.images).length };
}

describe('random docker sessions keep the world consistent', () => {
  const SEEDS = [1, 2, 3];
  const PER_SEED = 10_000;
  it(`${PER_SEED} commands in a row for each of seeds ${SEEDS.join(', ')}: no escape, invariants after every line`, () => {
    for (const seed of SEEDS) {
      const res = run(seed, PER_SEED);
      expect(res.failure, res.failure).toBeUndefined();
    }
  }, 60_000);
});
