import { describe, expect, it, vi } from 'vitest';
import { newSession } from '../shell/index';
import type { Session } from '../shell/types';
import { createMemoryStore } from '../storage/memory';
import { StorageFullError, type WorldStore } from '../storage/repository';
import { setup } from './controllerHarness';

const PROMPT = 'learner@dockyard:~$';

describe('shell controller, as seen on a terminal', () => {
  it('greets, then shows the prompt', async () => {
    const t = await setup();
    expect(await t.type('')).toEqual(['Welcome!', PROMPT]);
  });

  it('runs a line and prints the output, then a fresh prompt', async () => {
    const t = await setup();
    expect(await t.type('echo hello\r')).toEqual(['Welcome!', `${PROMPT} echo hello`, 'hello', PROMPT]);
    expect(t.screen.cursor()).toEqual({ row: 3, col: PROMPT.length + 1 });
  });

  it('runs docker run hello-world through the real engine', async () => {
    const t = await setup();
    const lines = await t.type('docker run hello-world\r');
    expect(lines).toContain("Unable to find image 'hello-world:latest' locally");
    expect(lines).toContain('Hello from Docker!');
    expect(lines.at(-1)).toBe(PROMPT);
  });

  it('commits the new state before any output appears', async () => {
    let release: () => void = () => {};
    const memory = createMemoryStore();
    const store: WorldStore = {
      ...memory,
      kind: memory.kind,
      load: () => memory.load(),
      close: () => memory.close(),
      commit: (prev, next) =>
        new Promise<void>((resolve) => {
          release = () => void memory.commit(prev, next).then(resolve);
        }),
    };
    const t = await setup({ store });
    t.controller.input('echo hello\r');
    await new Promise((r) => setTimeout(r, 20));
    await t.screen.write('');
    expect(t.screen.lines()).toEqual(['Welcome!', `${PROMPT} echo hello`]);
    release();
    expect(await t.type('')).toEqual(['Welcome!', `${PROMPT} echo hello`, 'hello', PROMPT]);
    expect((await memory.load())?.history).toEqual(['echo hello']);
  });

  it('holds keys typed during output until the next prompt', async () => {
    const t = await setup();
    t.controller.input('sleep 0.05\r');
    t.controller.input('echo after\r');
    expect(t.controller.running).toBe(true);
    await vi.waitFor(() => expect(t.screen.lines().at(-2)).toBe('after'), { interval: 5 });
    expect(await t.type('')).toEqual([
      'Welcome!',
      `${PROMPT} sleep 0.05`,
      `${PROMPT} echo after`,
      'after',
      PROMPT,
    ]);
  });

  it('skips the rest of the output on Ctrl-C during playback', async () => {
    const t = await setup();
    t.controller.input('sleep 600; echo done\r');
    await new Promise((r) => setTimeout(r, 10));
    t.controller.input('\x03');
    expect(await t.type('')).toEqual(['Welcome!', `${PROMPT} sleep 600; echo done`, 'done', PROMPT]);
  });

  it('sets $? to 130 when a line is abandoned with Ctrl-C, and saves it', async () => {
    const t = await setup();
    await t.type('docker ps\x03');
    const lines = await t.type('echo $?\r');
    expect(lines).toEqual(['Welcome!', `${PROMPT} docker ps^C`, `${PROMPT} echo $?`, '130', PROMPT]);
  });

  it('recalls the history of a loaded session with the up arrow', async () => {
    const session: Session = { ...newSession(7), history: ['docker images', 'docker ps -a'] };
    const t = await setup({ session });
    expect((await t.type('\x1b[A')).at(-1)).toBe(`${PROMPT} docker ps -a`);
  });

  it('starts the prompt on a new row after output without a final newline', async () => {
    const t = await setup();
    expect(await t.type('echo -n hi\r')).toEqual(['Welcome!', `${PROMPT} echo -n hi`, 'hi', PROMPT]);
  });

  it('reports a full disk and retries the unsaved change with the next command', async () => {
    const memory = createMemoryStore();
    const prevs: (Session | null)[] = [];
    let full = true;
    const store: WorldStore = {
      kind: memory.kind,
      load: () => memory.load(),
      close: () => memory.close(),
      async commit(prev, next) {
        prevs.push(prev);
        if (full) throw new StorageFullError();
        await memory.commit(prev, next);
      },
    };
    const t = await setup({ store });
    expect(await t.type('echo one\r')).toContain('one');
    expect(t.errors).toHaveLength(1);
    expect(t.errors[0]).toBeInstanceOf(StorageFullError);
    full = false;
    await t.type('echo two\r');
    // Both commits start from the last successful one (none), so the store catches up on both lines.
    expect(prevs).toEqual([null, null]);
    expect((await memory.load())?.history).toEqual(['echo one', 'echo two']);
  });

  it('redraws the line being typed when the terminal gets narrower', async () => {
    const t = await setup({ cols: 40 });
    await t.type('echo 0123456789012345678901234567890123456789');
    t.screen.term.resize(20, 40);
    t.controller.resized();
    expect(await t.type('')).toEqual([
      'Welcome!',
      PROMPT,
      'echo 012345678901234',
      '56789012345678901234',
      '56789',
    ]);
    expect(await t.type('\r')).toContain('01234567890123456789');
  });

  it('survives several resizes in a row before the terminal has caught up', async () => {
    const t = await setup({ cols: 60 });
    await t.type('echo 0123456789012345678901234567890123456789');
    for (const cols of [50, 40, 30, 20]) {
      t.screen.term.resize(cols, 40);
      t.controller.resized();
    }
    expect(await t.type('')).toEqual([
      'Welcome!',
      PROMPT,
      'echo 012345678901234',
      '56789012345678901234',
      '56789',
    ]);
  });
});
