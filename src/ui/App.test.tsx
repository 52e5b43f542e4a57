// @vitest-environment jsdom
/**
 * The page's controls and notices, rendered for real (React + xterm in jsdom). What the terminal
 * itself prints is covered on a headless terminal (src/terminal) and in the browser (e2e).
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { newSession } from '../shell/index';
import { createMemoryStore } from '../storage/memory';
import { TabSync } from '../storage/tabSync';
import { App } from './App';
import type { Booted } from './boot';
import { installJsdomStubs } from './jsdom-stubs';
import { FONT_SIZES, useUi } from './uiStore';

// xterm copes without a 2D context; null spares jsdom's "not implemented" warning. Hoisted,
// because xterm probes a canvas while its module loads.
vi.hoisted(() => {
  HTMLCanvasElement.prototype.getContext = () => null;
});

beforeAll(installJsdomStubs);

let root: Root;
let container: HTMLDivElement;

beforeEach(() => {
  localStorage.clear();
  useUi.setState({ speed: 'realistic', fontSize: FONT_SIZES.default, notices: [] });
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
});

async function render(booted: Partial<Booted> = {}) {
  const booting = Promise.resolve({
    store: createMemoryStore(),
    session: newSession(1),
    loaded: false,
    stored: false,
    sync: new TabSync({ broadcast: false }),
    seed: 1,
    ...booted,
  });
  await act(async () => {
    root.render(<App booting={booting} />);
    await booting;
  });
}

const radio = (name: string) =>
  [...container.querySelectorAll('label')].find((l) => l.textContent === name)?.querySelector('input');
const button = (label: string) => container.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`);

describe('App', () => {
  it('shows the name, the tagline and the terminal', async () => {
    await render();
    expect(container.querySelector('h1')?.textContent).toBe('Dockyard');
    expect(container.textContent).toContain('Learn Docker in a terminal that runs entirely in your browser.');
    expect(container.querySelector('.xterm')).not.toBeNull();
    // Screen reader mode is on: xterm keeps an accessibility tree of the rows.
    expect(container.querySelector('.xterm-accessibility-tree')).not.toBeNull();
  });

  it('switches the playback speed and remembers it', async () => {
    await render();
    expect(radio('Realistic')?.checked).toBe(true);
    await act(async () => radio('Instant')?.click());
    expect(radio('Instant')?.checked).toBe(true);
    expect(radio('Realistic')?.checked).toBe(false);
    expect(useUi.getState().speed).toBe('instant');
    expect(JSON.parse(localStorage.getItem('dockyard.prefs') ?? '{}')).toMatchObject({ speed: 'instant' });
  });

  it('changes the text size within bounds', async () => {
    await render();
    const value = () => container.querySelector('output')?.textContent;
    expect(value()).toBe(String(FONT_SIZES.default));
    await act(async () => button('Larger text')?.click());
    expect(value()).toBe(String(FONT_SIZES.default + FONT_SIZES.step));
    for (let i = 0; i < 20; i++) await act(async () => button('Larger text')?.click());
    expect(value()).toBe(String(FONT_SIZES.max));
    expect(button('Larger text')?.disabled).toBe(true);
    expect(button('Smaller text')?.disabled).toBe(false);
    expect(JSON.parse(localStorage.getItem('dockyard.prefs') ?? '{}')).toMatchObject({
      fontSize: FONT_SIZES.max,
    });
  });

  it('says nothing about storage when all is well', async () => {
    await render();
    expect(container.querySelector('[role="status"][aria-label="Storage"]')?.textContent).toBe('');
  });

  it('warns when storage fell back to memory', async () => {
    useUi.getState().showNotice({ kind: 'memory' });
    await render();
    expect(container.querySelector('[role="status"][aria-label="Storage"]')?.textContent).toBe(
      'This browser refused storage: your work will not survive a reload.',
    );
  });

  it('warns when the disk is full', async () => {
    await render();
    await act(async () => useUi.getState().showNotice({ kind: 'full' }));
    expect(container.textContent).toContain('Browser storage is full: your latest commands were not saved.');
  });
});

describe('preferences', () => {
  it('are read back from localStorage on start, ignoring nonsense', async () => {
    localStorage.setItem('dockyard.prefs', JSON.stringify({ speed: 'warp', fontSize: 99 }));
    vi.resetModules();
    const { useUi: fresh } = await import('./uiStore');
    expect(fresh.getState().speed).toBe('realistic');
    expect(fresh.getState().fontSize).toBe(FONT_SIZES.max);
  });
});
