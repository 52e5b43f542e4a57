// @vitest-environment jsdom
/**
 * The Playground controls and the notices, rendered for real: what a learner clicks, what the
 * page then says, and what the store then holds.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { newSession, runLine } from '../shell/index';
import type { Session } from '../shell/types';
import { createMemoryStore } from '../storage/memory';
import type { WorldStore } from '../storage/repository';
import { TabSync } from '../storage/tabSync';
import { exportWorld } from '../storage/transfer';
import { App } from './App';
import { installJsdomStubs } from './jsdom-stubs';
import { FONT_SIZES, useUi } from './uiStore';

vi.hoisted(() => {
  HTMLCanvasElement.prototype.getContext = () => null;
});

beforeAll(installJsdomStubs);

const host = { clock: { now: () => Date.parse('2024-05-01T12:00:00Z') } };
let root: Root;
let page: HTMLDivElement;

beforeEach(() => {
  useUi.setState({ speed: 'instant', fontSize: FONT_SIZES.default, notices: [] });
  page = document.createElement('div');
  document.body.append(page);
  root = createRoot(page);
});

afterEach(async () => {
  await act(async () => root.unmount());
  page.remove();
  vi.restoreAllMocks();
});

/** A page over a memory store that already holds one hello-world container. */
async function open(): Promise<WorldStore> {
  const store = createMemoryStore();
  const session = runLine(newSession(7), 'docker run hello-world', host).session;
  await store.commit(null, session);
  const booting = Promise.resolve({
    store,
    session,
    loaded: true,
    stored: true,
    sync: new TabSync({ broadcast: false }),
    seed: 7,
  });
  await act(async () => {
    root.render(<App booting={booting} />);
    await booting;
  });
  return store;
}

const button = (name: string) =>
  [...page.querySelectorAll('button')].find(
    (b) => b.textContent === name || b.getAttribute('aria-label') === name,
  );
const notices = () => [...page.querySelectorAll('.notice span')].map((n) => n.textContent);
const containers = async (store: WorldStore) =>
  Object.keys((await store.load())?.daemon.containers ?? {}).length;

async function choose(file: File) {
  const input = page.querySelector<HTMLInputElement>('input[type="file"]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(notices().length).toBeGreaterThan(0));
  });
}

describe('notices', () => {
  it('each can be dismissed with its close button', async () => {
    await open();
    await act(async () => {
      useUi.getState().showNotice({ kind: 'unreadable', count: 3 });
      useUi.getState().showNotice({ kind: 'blocked' });
    });
    expect(notices()).toEqual([
      '3 saved records could not be read and were skipped.',
      'Close other Dockyard tabs to finish updating.',
    ]);
    const close = page.querySelectorAll<HTMLButtonElement>('button[aria-label="Dismiss notice"]');
    await act(async () => close[0]?.click());
    expect(notices()).toEqual(['Close other Dockyard tabs to finish updating.']);
  });
});

describe('Playground controls', () => {
  it('reset asks first; Cancel keeps everything', async () => {
    const store = await open();
    const dialog = page.querySelector('dialog') as HTMLDialogElement;
    expect(dialog.open).toBe(false);
    await act(async () => button('Reset…')?.click());
    expect(dialog.open).toBe(true);
    expect(dialog.textContent).toContain('Reset the playground?');
    await act(async () => button('Cancel')?.click());
    expect(dialog.open).toBe(false);
    expect(await containers(store)).toBe(1);
  });

  it('reset, confirmed, empties the stored world', async () => {
    const store = await open();
    await act(async () => button('Reset…')?.click());
    await act(async () => button('Reset playground')?.click());
    await vi.waitFor(() =>
      expect(notices()).toEqual(['Your playground was reset: no images, no containers, no history.']),
    );
    expect(await store.load()).toEqual(newSession(7));
  });

  it('export downloads dockyard-<date>.json holding the world', async () => {
    await open();
    let blob: Blob | undefined;
    URL.createObjectURL = vi.fn((b: Blob) => {
      blob = b;
      return 'blob:dockyard';
    });
    URL.revokeObjectURL = vi.fn();
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    await act(async () => button('Export')?.click());
    await vi.waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0]?.download).toMatch(/^dockyard-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse((await blob?.text()) ?? '{}');
    expect(file).toMatchObject({ format: 'dockyard-export', version: 1 });
    expect(Object.values(file.session.daemon.containers).map((c) => (c as { Name: string }).Name)).toEqual([
      'wizardly_mendeleev',
    ]);
  });

  it('import refuses a hostile file, says why, and changes nothing', async () => {
    const store = await open();
    const before = await store.load();
    const text = '{"format":"dockyard-export","version":1,"session":{"__proto__":{"admin":true}}}';
    await choose(new File([text], 'evil.json', { type: 'application/json' }));
    expect(notices()).toEqual([
      'This file was not imported: it contains a forbidden key "__proto__". Your playground is unchanged.',
    ]);
    expect(await store.load()).toEqual(before);
  });

  it('import of a good file replaces the stored world', async () => {
    const store = await open();
    let other: Session = newSession(99);
    for (let i = 0; i < 3; i++) other = runLine(other, 'docker run hello-world', host).session;
    await choose(new File([exportWorld(other)], 'class.json', { type: 'application/json' }));
    expect(notices()).toEqual(['Imported class.json: 3 containers, 1 image.']);
    expect(await store.load()).toEqual(other);
    expect(await containers(store)).toBe(3);
  });
});
