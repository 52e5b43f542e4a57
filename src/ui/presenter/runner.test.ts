import { beforeEach, describe, expect, it } from 'vitest';
import { newSession, runLine } from '../../shell/index';
import type { Session } from '../../shell/types';
import type { TerminalHandle } from '../../terminal/TerminalView';
import type { Booted } from '../boot';
import { Feed } from '../feed';
import type { Playground } from '../playground';
import { demoKey } from './keys';
import { usePresent } from './presentStore';
import { back, next } from './runner';

const HOST = { clock: { now: () => Date.parse('2026-11-27T10:00:00Z') } };

/** A terminal that runs a line when it gets Enter, as the real one does, and records the keys. */
function fakePlayground() {
  const feed = new Feed(newSession(7));
  let session: Session = newSession(7);
  let line = '';
  const keys: string[] = [];
  const terminal = {
    running: false,
    hasInput: false,
    get session() {
      return session;
    },
    input(data: string) {
      keys.push(data);
      if (data !== '\r') {
        line += data;
        terminal.hasInput = true;
        return;
      }
      const before = session;
      const result = runLine(before, line, HOST);
      session = result.session;
      feed.record({
        line,
        before,
        after: session,
        status: result.status,
        timeline: result.timeline,
        settled: Promise.resolve(),
      });
      line = '';
      terminal.hasInput = false;
    },
  };
  const worlds: Session[] = [];
  const playground = {
    feed,
    terminal: { current: terminal as unknown as TerminalHandle },
    booted: {} as Booted,
    async setWorld(world: Session) {
      worlds.push(world);
      session = world;
      feed.replaced(world);
    },
  } satisfies Playground;
  return { playground, keys, worlds, terminal, session: () => session };
}

beforeEach(() => {
  usePresent.setState({ pace: 'instant', busy: false, status: null });
  usePresent.getState().loadDemo({
    title: 'Two',
    steps: [{ command: 'docker run hello-world' }, { command: 'docker ps -a', note: 'It exited.' }],
  });
});

describe('stepping a demo', () => {
  it('types each command key by key, presses Enter and moves on', async () => {
    const { playground, keys, session } = fakePlayground();
    await next(playground);
    expect(keys.join('')).toBe('docker run hello-world\r');
    expect(keys).toHaveLength('docker run hello-world'.length + 1);
    expect(usePresent.getState().position).toBe(1);
    await next(playground);
    expect(Object.keys(session().daemon.containers)).toHaveLength(1);
    expect(usePresent.getState().position).toBe(2);
    await next(playground);
    expect(usePresent.getState().status).toMatch(/last step/);
  });

  it('undoes the last step by restoring the world from before it, and says so', async () => {
    const { playground, worlds, session } = fakePlayground();
    await next(playground);
    await back(playground);
    expect(worlds).toHaveLength(1);
    expect(Object.keys(session().daemon.containers)).toHaveLength(0);
    expect(usePresent.getState().position).toBe(0);
    expect(usePresent.getState().status).toMatch(
      /^Undid “docker run hello-world”: .*output above stays on screen/,
    );
    await back(playground);
    expect(worlds).toHaveLength(1);
    expect(usePresent.getState().status).toMatch(/Nothing to undo/);
  });

  it('counts free commands typed after the step it undoes', async () => {
    const { playground, terminal } = fakePlayground();
    await next(playground);
    for (const key of 'docker ps\r') terminal.input(key);
    await back(playground);
    expect(usePresent.getState().status).toMatch(/and the command typed after it/);
  });

  it('leaves a line the presenter is typing alone', async () => {
    const { playground, terminal, keys } = fakePlayground();
    terminal.input('echo');
    await next(playground);
    expect(keys).toEqual(['echo']);
    expect(usePresent.getState().status).toMatch(/typing on the line/);
  });
});

describe('demo keys', () => {
  const inTerminal = {
    classList: { contains: (c: string) => c === 'xterm-helper-textarea' },
    closest: () => null,
  };
  const onButton = { classList: { contains: () => false }, closest: () => null };
  const inEditor = { classList: { contains: () => false }, closest: () => ({}) };
  const key = (k: string, target: unknown, mods: Partial<KeyboardEvent> = {}) =>
    ({
      key: k,
      target,
      altKey: false,
      ctrlKey: false,
      metaKey: false,
      shiftKey: false,
      ...mods,
    }) as KeyboardEvent;
  const idle = { running: false, hasInput: false } as TerminalHandle;

  it('step with → and ← (and a clicker’s PageDown/PageUp) at an empty prompt or outside the terminal', () => {
    expect(demoKey(key('ArrowRight', inTerminal), idle)).toBe('next');
    expect(demoKey(key('ArrowLeft', inTerminal), idle)).toBe('back');
    expect(demoKey(key('PageDown', onButton), idle)).toBe('next');
    expect(demoKey(key('PageUp', onButton), idle)).toBe('back');
  });

  it('leave the keys to the terminal while a line is typed or a command runs, and to text fields', () => {
    expect(demoKey(key('ArrowRight', inTerminal), { ...idle, hasInput: true } as TerminalHandle)).toBeNull();
    expect(demoKey(key('ArrowLeft', inTerminal), { ...idle, running: true } as TerminalHandle)).toBeNull();
    expect(demoKey(key('ArrowRight', inEditor), idle)).toBeNull();
    expect(demoKey(key('ArrowRight', inTerminal, { altKey: true }), idle)).toBeNull();
    expect(demoKey(key('a', onButton), idle)).toBeNull();
  });
});
