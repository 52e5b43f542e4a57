/**
 * Test support: a ShellController on a headless terminal with the real shell and a memory store,
 * typed into the way xterm's onData would.
 */
import { expect, vi } from 'vitest';
import { interrupt, newSession, promptFor, runLine } from '../shell/index';
import type { Session } from '../shell/types';
import { createMemoryStore } from '../storage/memory';
import type { WorldStore } from '../storage/repository';
import { type ShellApi, ShellController } from './controller';
import { HeadlessScreen } from './headlessScreen';
import type { Speed } from './playback';

export interface SetupOptions {
  store?: WorldStore;
  session?: Session;
  speed?: Speed;
  cols?: number;
  complete?: ShellApi['complete'];
}

export async function setup(opts: SetupOptions = {}) {
  const screen = new HeadlessScreen(opts.cols ?? 100, 40);
  const store = opts.store ?? createMemoryStore();
  const errors: unknown[] = [];
  const controller = new ShellController({
    term: screen.term,
    store,
    session: opts.session ?? newSession(7),
    loaded: opts.session !== undefined,
    shell: { runLine, promptFor, interrupt, ...(opts.complete ? { complete: opts.complete } : {}) },
    host: { clock: { now: () => Date.parse('2024-05-01T12:00:00Z') } },
    speed: () => opts.speed ?? 'instant',
    welcome: 'Welcome!\n',
    onSaveError: (e) => errors.push(e),
  });
  controller.start();
  return {
    screen,
    store,
    errors,
    controller,
    /** Types keys, then waits until the command (if any) has played and the prompt is back. */
    async type(data: string) {
      controller.input(data);
      await vi.waitFor(() => expect(controller.running).toBe(false), { interval: 1 });
      await controller.flush();
      await screen.write('');
      return screen.lines();
    },
  };
}
