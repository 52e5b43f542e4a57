import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createJSONMessageRenderer } from '../client/jsonmessage';
import type { DaemonEvent } from '../daemon/events';
import type { TimelineEntry } from '../shell/types';
import { EventBus } from './eventBus';
import { HeadlessScreen } from './headlessScreen';
import { play, type Speed } from './playback';

const LAYER = '1b930d010525';

const progress = (status: string, durationMs: number): DaemonEvent => ({
  type: 'layer.progress',
  layer: LAYER,
  status,
  durationMs,
});
const write = (text: string): TimelineEntry => ({ kind: 'write', stream: 'stdout', text });
const event = (e: DaemonEvent): TimelineEntry => ({ kind: 'event', event: e });

/** A terminal target that keeps bytes until the test looks at the screen. */
function target() {
  let bytes = '';
  return {
    target: {
      write: (text: string) => {
        bytes += text;
      },
      clear: () => {
        bytes += '\x1b[H\x1b[2J';
      },
    },
    async screen(cols = 60, rows = 10) {
      const screen = new HeadlessScreen(cols, rows);
      const written = screen.write(bytes);
      // xterm parses on a zero-delay timer, which the fake clock holds until told to run due timers.
      await vi.advanceTimersByTimeAsync(0);
      await written;
      return screen.lines();
    },
  };
}

/** Two lines of output with a one-second step between them. */
const twoSteps: TimelineEntry[] = [
  write('first\n'),
  event(progress('Downloading', 1000)),
  write('second\n'),
  event(progress('Pull complete', 0)),
];

describe('playback', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each([
    ['realistic', 1000],
    ['fast', 125],
  ] as const)('at %s speed waits an event out for %i ms', async (speed, ms) => {
    const t = target();
    const pb = play(twoSteps, { target: t.target, speed: () => speed });
    expect(await t.screen()).toEqual(['first']);
    await vi.advanceTimersByTimeAsync(ms - 1);
    expect(await t.screen()).toEqual(['first']);
    await vi.advanceTimersByTimeAsync(1);
    expect(await t.screen()).toEqual(['first', 'second']);
    await expect(pb.done).resolves.toBe('finished');
  });

  it('at instant speed writes everything before returning', async () => {
    const t = target();
    const pb = play(twoSteps, { target: t.target, speed: () => 'instant' });
    expect(await t.screen()).toEqual(['first', 'second']);
    await expect(pb.done).resolves.toBe('finished');
  });

  it('waits a sleep for its real duration at any speed', async () => {
    const t = target();
    play([write('a\n'), { kind: 'sleep', ms: 2000 }, write('b\n')], {
      target: t.target,
      speed: () => 'instant',
    });
    await vi.advanceTimersByTimeAsync(1999);
    expect(await t.screen()).toEqual(['a']);
    await vi.advanceTimersByTimeAsync(1);
    expect(await t.screen()).toEqual(['a', 'b']);
  });

  it('dispatches each event when playback reaches it, in order', async () => {
    const t = target();
    const bus = new EventBus();
    const seen: string[] = [];
    const stop = bus.subscribe((e) => seen.push(e.type === 'layer.progress' ? e.status : e.type));
    play(twoSteps, { target: t.target, speed: () => 'realistic', bus });
    expect(seen).toEqual(['Downloading']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(seen).toEqual(['Downloading', 'Pull complete']);
    stop();
    play(twoSteps, { target: t.target, speed: () => 'instant', bus });
    expect(seen).toHaveLength(2);
  });

  it('keeps playing when a subscriber throws', async () => {
    const t = target();
    const bus = new EventBus();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    bus.subscribe(() => {
      throw new Error('diagram broke');
    });
    await play(twoSteps, { target: t.target, speed: () => 'instant', bus }).done;
    expect(await t.screen()).toEqual(['first', 'second']);
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });

  it('skips to the end: the rest is written and dispatched at once, sleeps included', async () => {
    const t = target();
    const bus = new EventBus();
    const seen: DaemonEvent[] = [];
    bus.subscribe((e) => seen.push(e));
    const pb = play([...twoSteps, { kind: 'sleep', ms: 60_000 }, write('third\n')], {
      target: t.target,
      speed: () => 'realistic',
      bus,
    });
    pb.skip();
    await expect(pb.done).resolves.toBe('skipped');
    expect(await t.screen()).toEqual(['first', 'second', 'third']);
    expect(seen).toHaveLength(2);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('applies a speed change to the next wait', async () => {
    const t = target();
    let speed: Speed = 'realistic';
    const timeline = [...twoSteps.slice(0, 3), event(progress('Extracting', 800)), write('third\n')];
    play(timeline, { target: t.target, speed: () => speed });
    await vi.advanceTimersByTimeAsync(500);
    speed = 'fast'; // the wait under way runs out; the next one (800 ms) takes 100 ms
    await vi.advanceTimersByTimeAsync(500 + 99);
    expect(await t.screen()).toEqual(['first', 'second']);
    await vi.advanceTimersByTimeAsync(1);
    expect(await t.screen()).toEqual(['first', 'second', 'third']);
  });

  it('clears the screen for a clear entry', async () => {
    const t = target();
    play([write('old\n'), { kind: 'clear' }, write('new\n')], { target: t.target, speed: () => 'instant' });
    expect(await t.screen()).toEqual(['new']);
  });

  it("passes docker's progress redraws (carriage returns, cursor moves) through to the screen", async () => {
    const renderer = createJSONMessageRenderer({ tty: true });
    const messages = [
      { status: 'latest: Pulling from library/hello-world' },
      { status: 'Pulling fs layer', id: LAYER },
      { status: 'Downloading', id: LAYER, progressDetail: { current: 500, total: 977 } },
      { status: 'Download complete', id: LAYER },
      { status: 'Pull complete', id: LAYER },
      { status: 'Digest: sha256:2557e3c07ed1e38f26e389462d03ed943586f744621577a99efb77324b0fe535' },
    ];
    const timeline = messages.flatMap((m) => [event(progress(m.status, 300)), write(renderer.render(m))]);
    const t = target();
    play(timeline, { target: t.target, speed: () => 'fast' });
    // Three events at 300 / 8 ms each: the third message (Downloading) is on screen.
    await vi.advanceTimersByTimeAsync(3 * 37.5);
    expect(await t.screen(100)).toEqual([
      'latest: Pulling from library/hello-world',
      `${LAYER}: Downloading     500B/977B`,
    ]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await t.screen(100)).toEqual([
      'latest: Pulling from library/hello-world',
      `${LAYER}: Pull complete`,
      'Digest: sha256:2557e3c07ed1e38f26e389462d03ed943586f744621577a99efb77324b0fe535',
    ]);
  });
});
