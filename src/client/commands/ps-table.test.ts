import { describe, expect, it } from 'vitest';
import { asLearnerWorld, makeBigState } from '../../../bench/fixtures';
import { emptyDaemon } from '../../daemon/index';
import type { DaemonState } from '../../daemon/types';
import { runCli } from '../test-support';

/** A small deterministic PRNG, so a failing sequence can be rebuilt from its seed. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * The default table through the reference path: the same listing laid out by a Go template,
 * which goes through formatTable on tab-separated lines, none of the default table's caches.
 */
const REFERENCE =
  'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}';

/** Clock moves between two listings: within a phrase, across seconds, minutes, hours and days. */
const MOVES = [
  1_000,
  1_000,
  1_000,
  400,
  7_000,
  59_000,
  60_000,
  1_800_000,
  3_600_000,
  86_400_000,
  30 * 86_400_000,
];
const LISTINGS = [
  ['ps', '-a'],
  ['ps', '-a'],
  ['ps'],
  ['ps', '-n', '3'],
  ['ps', '-a', '--filter', 'status=exited'],
];

/** Commands that change the world between listings: new rows (some with cells off the plain path), removed rows. */
function change(rand: () => number, state: DaemonState): string[] {
  const ids = Object.keys(state.containers);
  const pick = () => ids[Math.floor(rand() * ids.length)] ?? 'none';
  const commands = [
    ['run', 'hello-world'],
    ['run', '-d', 'nginx'],
    ['run', '-d', '-p', `${9000 + Math.floor(rand() * 900)}:80`, 'nginx'],
    ['run', 'busybox', 'echo', 'a rather long command line that the table cuts short'],
    ['run', 'busybox', 'echo', 'héllo wörld, ünïcode past the twentieth rune'],
    ['run', 'busybox', 'echo', '🐳 whale'],
    ['rm', '-f', pick()],
    ['stop', pick()],
  ];
  return commands[Math.floor(rand() * commands.length)] as string[];
}

function startWorld(rand: () => number, seed: number, now: number): DaemonState {
  // One world long enough for chunks cut by their length as well as by their rows' hashes.
  if (seed === 13)
    return asLearnerWorld(makeBigState({ containers: 3000, images: 40, seed }), now, 'log-uniform', seed);
  const kind = seed % 3;
  if (kind === 2) return emptyDaemon(seed);
  const big = makeBigState({
    containers: 1 + Math.floor(rand() * 600),
    images: 1 + Math.floor(rand() * 30),
    seed,
  });
  if (kind === 0) return big;
  return asLearnerWorld(big, now, seed % 2 === 0 ? 'learner' : 'log-uniform', seed);
}

describe('docker ps default table (cached rows) prints what the reference formatter prints', () => {
  it('agrees on random worlds, as the clock moves and the world changes between listings', () => {
    const seen = new Set<string>();
    for (let seed = 1; seed <= 13; seed++) {
      const rand = lcg(seed);
      let now = Date.UTC(2025, 0, 7, 12, 0, 0) + Math.floor(rand() * 1000);
      let state = startWorld(rand, seed, now);
      let compared = 0;
      for (let step = 0; step < 40; step++) {
        now += MOVES[Math.floor(rand() * MOVES.length)] as number;
        if (rand() < 0.3) {
          const argv = change(rand, state);
          state = runCli(state, argv, now).state;
          now += 1_000;
        }
        const listing = LISTINGS[Math.floor(rand() * LISTINGS.length)] as string[];
        const fast = runCli(state, listing, now);
        const reference = runCli(state, [...listing, '--format', REFERENCE], now);
        expect(fast.status).toBe(0);
        expect(reference.err).toBe('');
        expect(fast.out, `seed ${seed}, step ${step}: docker ${listing.join(' ')}`).toBe(reference.out);
        compared += fast.out.split('\n').length - 2;
        for (const mark of [
          '🐳',
          'é',
          '…',
          '->80/tcp',
          'seconds ago',
          'minutes ago',
          'hours ago',
          'days ago',
        ]) {
          if (fast.out.includes(mark)) seen.add(mark);
        }
      }
      // The worlds must be big enough to list something, or the comparison proves little.
      if (seed % 3 !== 2) expect(compared).toBeGreaterThan(100);
    }
    // Cells off the plain path (a surrogate pair), other unicode, cut commands, ports and every kind of age were met.
    expect([...seen].sort()).toEqual(
      ['🐳', 'é', '…', '->80/tcp', 'seconds ago', 'minutes ago', 'hours ago', 'days ago'].sort(),
    );
  }, 60_000);
});
