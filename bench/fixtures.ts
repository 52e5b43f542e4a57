/**
 * Deterministic, realistic daemon states for benchmarks and tests. Pure TS: no Node or DOM API,
 * no `Math.random`, so the same options give the same state in Node, vitest and the browser.
 */

import { helloMessage } from '../src/daemon/programs';
import type { Container, ContainerState, DaemonState, Image, Layer, OutputChunk } from '../src/daemon/types';

/** What `makeBigState` builds. */
export interface BigStateOptions {
  readonly containers: number;
  readonly images: number;
  /** PRNG seed; the same seed gives the same state. Defaults to 42. */
  readonly seed?: number;
}

/** mulberry32: tiny, fast, good enough for fixtures; returns a uint32 per call. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

type Rand = () => number;

function hex64(rand: Rand): string {
  let s = '';
  for (let i = 0; i < 8; i++) s += rand().toString(16).padStart(8, '0');
  return s;
}

function between(rand: Rand, lo: number, hi: number): number {
  return lo + (rand() % (hi - lo + 1));
}

function pick<T>(rand: Rand, xs: readonly T[]): T {
  return xs[rand() % xs.length] as T;
}

// A slice of moby's names-generator lists: enough variety, no file read needed.
const ADJECTIVES = [
  'admiring',
  'adoring',
  'agitated',
  'amazing',
  'angry',
  'awesome',
  'blissful',
  'bold',
  'brave',
  'busy',
  'charming',
  'clever',
  'cool',
  'dazzling',
  'dreamy',
  'eager',
  'elegant',
  'epic',
  'festive',
  'focused',
  'friendly',
  'gifted',
  'happy',
  'hopeful',
  'jolly',
  'keen',
  'loving',
  'modest',
  'nifty',
  'pensive',
] as const;
const SURNAMES = [
  'albattani',
  'babbage',
  'bardeen',
  'bell',
  'bohr',
  'curie',
  'darwin',
  'dijkstra',
  'einstein',
  'euler',
  'faraday',
  'feynman',
  'galileo',
  'goldberg',
  'hopper',
  'hypatia',
  'kepler',
  'knuth',
  'lamport',
  'lovelace',
  'meitner',
  'newton',
  'noether',
  'pascal',
  'ritchie',
  'shannon',
  'tesla',
  'thompson',
  'turing',
  'wozniak',
] as const;

/** What hello-world containers wrote: the daemon's own message, so the fixture cannot drift from it. */
const HELLO = helloMessage('amd64');

const PROGRAMS = ['hello', 'hello', 'hello', 'nginx', 'sh', 'echo'] as const;
const BASE_TIME = Date.UTC(2025, 0, 6, 9, 0, 0);

/** A pool of layers that images share, as real images share their base layers. */
function makeLayerPool(rand: Rand, n: number): Layer[] {
  const pool: Layer[] = [];
  for (let i = 0; i < n; i++) {
    const size = between(rand, 1_000, 80_000_000);
    pool.push({
      digest: `sha256:${hex64(rand)}`,
      diffId: `sha256:${hex64(rand)}`,
      compressedSize: Math.floor(size * 0.4),
      size,
    });
  }
  return pool;
}

function makeImage(rand: Rand, i: number, pool: readonly Layer[]): Image {
  const layerCount = between(rand, 1, 8);
  const layers: Layer[] = [];
  for (let l = 0; l < layerCount; l++) layers.push(pick(rand, pool));
  const repo = `app${i}`;
  const id = hex64(rand);
  const program = pick(rand, PROGRAMS);
  return {
    Id: `sha256:${id}`,
    RepoTags: [`${repo}:v${between(rand, 1, 9)}`, ...(rand() % 3 === 0 ? [`${repo}:latest`] : [])],
    RepoDigests: [`${repo}@sha256:${hex64(rand)}`],
    Created: new Date(BASE_TIME - between(rand, 0, 400) * 86_400_000).toISOString(),
    Size: layers.reduce((sum, l) => sum + l.size, 0),
    Architecture: 'amd64',
    Os: 'linux',
    DockerVersion: '28.2.2',
    Config: {
      Cmd:
        program === 'hello' ? ['/hello'] : program === 'nginx' ? ['nginx', '-g', 'daemon off;'] : ['/bin/sh'],
      Entrypoint: null,
      Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
      WorkingDir: '/',
      ...(program === 'nginx' ? { ExposedPorts: { '80/tcp': {} } } : {}),
    },
    Layers: layers,
    program,
  };
}

function stateFor(rand: Rand, created: number): ContainerState {
  switch (rand() % 3) {
    case 0:
      return { Status: 'created', Running: false, Paused: false, ExitCode: 0, StartedAt: 0, FinishedAt: 0 };
    case 1:
      return {
        Status: 'running',
        Running: true,
        Paused: false,
        ExitCode: 0,
        StartedAt: created + 150,
        FinishedAt: 0,
      };
    default:
      return {
        Status: 'exited',
        Running: false,
        Paused: false,
        ExitCode: rand() % 5 === 0 ? 1 : 0,
        StartedAt: created + 150,
        FinishedAt: created + 150 + between(rand, 10, 600_000),
      };
  }
}

function outputFor(program: string, state: ContainerState, name: string): OutputChunk[] {
  if (state.Status === 'created') return [];
  if (program === 'hello') return [{ stream: 'stdout', data: HELLO }];
  if (program === 'nginx') {
    return [
      { stream: 'stdout', data: '/docker-entrypoint.sh: Configuration complete; ready for start up\n' },
      { stream: 'stderr', data: '2025/01/06 09:00:00 [notice] 1#1: start worker processes\n' },
    ];
  }
  return [{ stream: 'stdout', data: `hello from ${name}\n` }];
}

function makeContainer(rand: Rand, i: number, image: Image): Container {
  const Id = hex64(rand);
  const Name = `${pick(rand, ADJECTIVES)}_${pick(rand, SURNAMES)}${i}`;
  const Created = BASE_TIME + i * 1_000 + between(rand, 0, 999);
  const State = stateFor(rand, Created);
  const argv = image.Config.Cmd ?? ['/bin/sh'];
  return {
    Id,
    Name,
    Image: image.RepoTags[0] ?? image.Id,
    ImageID: image.Id,
    Path: argv[0] ?? '/bin/sh',
    Args: argv.slice(1),
    Created,
    State,
    Config: {
      Hostname: Id.slice(0, 12),
      Tty: image.program === 'sh',
      OpenStdin: image.program === 'sh',
      Env: [...image.Config.Env],
      WorkingDir: image.Config.WorkingDir,
    },
    HostConfig: { AutoRemove: false },
    program: image.program,
    output: outputFor(image.program, State, Name),
  };
}

/**
 * Builds a realistic daemon state: images with 1–8 shared layers tagged `appN:vM`, containers in
 * mixed states (created, running, exited) whose output is what their program wrote (the
 * hello-world message for most). Deterministic for a given seed.
 */
export function makeBigState(opts: BigStateOptions): DaemonState {
  const seed = opts.seed ?? 42;
  const rand = prng(seed);
  const pool = makeLayerPool(rand, Math.max(8, Math.ceil(opts.images / 4)));
  const images: Record<string, Image> = {};
  const imageList: Image[] = [];
  // Containers need an image to come from, so ask for at least one when there are containers.
  const imageCount = opts.containers > 0 ? Math.max(1, opts.images) : opts.images;
  for (let i = 0; i < imageCount; i++) {
    const image = makeImage(rand, i, pool);
    images[image.Id] = image;
    imageList.push(image);
  }
  const containers: Record<string, Container> = {};
  for (let i = 0; i < opts.containers; i++) {
    const c = makeContainer(rand, i, pick(rand, imageList));
    containers[c.Id] = c;
  }
  // The counter says how many draws the daemon "made"; any stable number serves a fixture.
  return { images, containers, rng: { seed, counter: opts.containers * 10 + opts.images * 12 } };
}

const DAY_MS = 86_400_000;
/** The oldest container of a retimed world is at most this old. */
const MAX_AGE_MS = 400 * DAY_MS;

/** How a retimed world's containers are aged (see `asLearnerWorld`). */
export type Ages = 'learner' | 'log-uniform';

/**
 * The same world as a listing at `now` (ms) would show it, aged one of two ways:
 *
 * - `learner`: a history of sessions. 1% of the containers were created in the last 15 minutes
 *   (the session going on: a few read in seconds), 9% in the two days before, the rest evenly over
 *   400 days; an exited one ran for a log-uniform time from 1 second to an hour (at most its age).
 * - `log-uniform`: ages log-uniform from 1 second to 400 days, so about a quarter of the rows read
 *   in seconds and change at every call a second apart, and an exited one ran for a log-uniform
 *   time up to its age (some old containers exited seconds ago): a stress case.
 *
 * Containers start 150 ms after creation. nginx containers expose 80/tcp, and every third
 * publishes it on its own host port, so running ones fill PORTS. (`makeBigState` alone dates
 * every container within three hours of one instant, so a listing read one phrase on every row.)
 */
export function asLearnerWorld(
  state: DaemonState,
  now: number,
  ages: Ages = 'learner',
  seed = 7,
): DaemonState {
  const rand = prng(seed);
  const unit = () => rand() / 2 ** 32;
  const logUniform = (maxMs: number) => Math.exp(unit() * Math.log(Math.max(1000, maxMs) / 1000)) * 1000;
  const ageOf = (): number => {
    if (ages === 'log-uniform') return logUniform(MAX_AGE_MS);
    const session = unit();
    if (session < 0.01) return unit() * 15 * 60_000;
    if (session < 0.1) return 15 * 60_000 + unit() * 2 * DAY_MS;
    return 2 * DAY_MS + unit() * (MAX_AGE_MS - 2 * DAY_MS);
  };
  const containers: Record<string, Container> = {};
  let nginx = 0;
  for (const c of Object.values(state.containers)) {
    const age = Math.max(1000, ageOf());
    const Created = Math.floor(now - age);
    const s = c.State;
    const StartedAt = s.StartedAt === 0 ? 0 : Created + 150;
    const ran = logUniform(ages === 'learner' ? Math.min(age, 3_600_000) : age);
    const FinishedAt = s.FinishedAt === 0 ? 0 : Math.min(now - 1, StartedAt + Math.floor(ran));
    const published = c.program === 'nginx' && rand() % 3 === 0;
    containers[c.Id] = {
      ...c,
      Created,
      State: { ...s, StartedAt, FinishedAt },
      ...(c.program === 'nginx'
        ? {
            Config: { ...c.Config, ExposedPorts: { '80/tcp': {} } },
            HostConfig: published
              ? {
                  ...c.HostConfig,
                  PortBindings: { '80/tcp': [{ HostIp: '', HostPort: String(8000 + nginx++) }] },
                }
              : c.HostConfig,
          }
        : {}),
    };
  }
  return { ...state, containers };
}
