/**
 * `replaceSession`: a second tab's terminal takes the world the first tab wrote, without a reload,
 * and without disturbing a command that is running or a line being typed.
 */
import { describe, expect, it, vi } from 'vitest';
import { interrupt, newSession, promptFor, runLine } from '../shell/index';
import type { Session } from '../shell/types';
import { createMemoryStore } from '../storage/memory';
import type { WorldStore } from '../storage/repository';
import { ShellController } from './controller';
import { HeadlessScreen } from './headlessScreen';
import type { Speed } from './playback';

const PROMPT = 'learner@dockyard:~$';

function tab(store: WorldStore, session: Session, speed: Speed = 'instant') {
  const screen = new HeadlessScreen(160, 40);
  const controller = new ShellController({
    term: screen.term,
    store,
    session,
    loaded: true,
    shell: { runLine, promptFor, interrupt },
    host: { clock: { now: () => Date.parse('2024-05-01T12:00:00Z') } },
    speed: () => speed,
    welcome: '',
  });
  controller.start();
  return {
    controller,
    async type(data: string) {
      controller.input(data);
      await vi.waitFor(() => expect(controller.running).toBe(false), { interval: 1 });
      await controller.flush();
      await screen.write('');
      return screen.lines();
    },
    async screen() {
      await screen.write('');
      return screen.lines();
    },
  };
}

/** One store, two terminals that both loaded the same empty world. */
async function twoTabs(speedOfTab2: Speed = 'instant') {
  const store = createMemoryStore();
  await store.commit(null, newSession(7));
  const loaded = (await store.load()) as Session;
  return { store, one: tab(store, loaded), two: tab(store, (await store.load()) as Session, speedOfTab2) };
}

describe('replaceSession', () => {
  it('shows tab 1’s container in tab 2’s docker ps -a, keeping the line being typed', async () => {
    const { store, one, two } = await twoTabs();
    await one.type('docker run hello-world\r');
    await two.type('docker ps -');
    two.controller.replaceSession((await store.load()) as Session);
    const lines = await two.type('a\r');
    expect(lines.at(-4)).toBe(`${PROMPT} docker ps -a`);
    expect(lines.at(-3)).toMatch(/^CONTAINER ID\s+IMAGE\s+COMMAND/);
    expect(lines.at(-2)).toMatch(/^[0-9a-f]{12}\s+hello-world\s+"\/hello"/);
    expect(lines.at(-1)).toBe(PROMPT);
    // Tab 2's command was committed on top of tab 1's world: both lines are in the history.
    expect((await store.load())?.history).toEqual(['docker run hello-world', 'docker ps -a']);
  });

  it('waits for a running command to finish, then applies', async () => {
    const { store, one, two } = await twoTabs('realistic');
    two.controller.input('sleep 0.2\r');
    expect(two.controller.running).toBe(true);
    await one.type('docker run hello-world\r');
    two.controller.replaceSession((await store.load()) as Session);
    await vi.waitFor(() => expect(two.controller.running).toBe(false), { interval: 5 });
    // The waiting session is applied within one poll (25 ms) of the prompt's return.
    await new Promise((r) => setTimeout(r, 60));
    const lines = await two.type('docker images\r');
    expect(lines.at(-2)).toMatch(/^hello-world\s+latest\s+fce289e99eb9/);
  });

  it('keeps this terminal’s own $?', async () => {
    const { store, one, two } = await twoTabs();
    await two.type('docker rm nothing\r');
    await one.type('docker run hello-world\r');
    two.controller.replaceSession((await store.load()) as Session);
    expect((await two.type('echo $?\r')).at(-2)).toBe('1');
  });

  it('keeps the rest of its own line, waiting behind a prune question, and not another tab’s', async () => {
    const { store, one, two } = await twoTabs();
    await one.type('docker run hello-world\r');
    await two.type('docker container prune; echo "rest $?"\r');
    two.controller.replaceSession((await store.load()) as Session);
    await new Promise((r) => setTimeout(r, 30));
    const lines = await two.type('y\r');
    expect(lines.at(-2)).toBe('rest 0');
    expect(lines.at(-3)).toBe('Total reclaimed space: 0B');
  });
});
