/**
 * The diagram, the Engine API log and explain-this-output, driven by typing into the real terminal
 * with the views pane open, and read back the way a person sees them.
 */
import os from 'node:os';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { POLL, PROMPT, screen, waitForPrompt } from './support/terminal';

const INSIDE = /^root@[0-9a-f]{12}:\/#$/;

async function openWithDiagram(page: Page, speed: 'Instant' | 'Realistic' | 'Fast' = 'Instant') {
  await page.goto('/?seed=1#/diagram');
  await waitForPrompt(page);
  await page.getByRole('radio', { name: speed }).check();
  await expect(page.locator('.diagram-svg')).toBeVisible();
}

/**
 * Types a line and Enter and waits for `prompt` to come back. With the views pane open the terminal
 * is short and output scrolls, so this does not read the output back (support's `run` does).
 */
async function run(page: Page, line: string, prompt: string | RegExp = PROMPT, timeout = 5_000) {
  await page.locator('.xterm-helper-textarea').focus();
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
  await expect
    .poll(
      async () => {
        const last = (await screen(page)).at(-1) ?? '';
        return typeof prompt === 'string' ? last === prompt : prompt.test(last);
      },
      { ...POLL, timeout },
    )
    .toBe(true);
}

const svg = (page: Page) => page.locator('.diagram-svg');

/** Waits until the diagram has played the latest command to its last step. */
async function diagramAtEnd(page: Page, timeout = 10_000) {
  await expect
    .poll(
      async () => {
        const m = /Step (\d+) of (\d+)/.exec((await page.locator('.diagram-step').textContent()) ?? '');
        return m ? m[1] === m[2] : false;
      },
      { ...POLL, timeout },
    )
    .toBe(true);
}

/** Clicks the first place the terminal shows `text`, as a person would with the mouse. */
async function clickTerminalText(page: Page, text: string) {
  const box = await page.locator('.xterm-rows').evaluate((rows, wanted) => {
    const walker = document.createTreeWalker(rows, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node.textContent ?? '').indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const r = range.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }
    return null;
  }, text);
  expect(box, `${text} on the terminal's screen`).not.toBeNull();
  if (!box) return;
  // xterm finds links on hover, then the click activates the one under the pointer.
  await page.mouse.move(box.x, box.y);
  await expect(page.locator('.xterm-screen')).toHaveCSS('cursor', 'pointer');
  await page.mouse.click(box.x, box.y);
}

test('docker run hello-world: the image with one layer and an exited container', async ({ page }) => {
  test.setTimeout(60_000);
  await openWithDiagram(page);
  await run(page, 'docker run hello-world');
  await diagramAtEnd(page);
  const image = svg(page).locator('g.image');
  await expect(image).toHaveCount(1);
  await expect(image.locator('.image-name')).toHaveText('hello-world');
  await expect(image.locator('.image-meta')).toHaveText(':latest · 1 layer');
  await expect(image.locator('g.layer')).toHaveCount(1);
  const container = svg(page).locator('g.container');
  await expect(container).toHaveCount(1);
  await expect(container.locator('.container-state')).toHaveText('Exited (0)');

  // Stepping back through the command shows it happen: the pull, then the container running.
  const back = page.getByRole('button', { name: '◀ Back' });
  while (await back.isEnabled()) await back.click();
  await expect(page.locator('.diagram-step')).toHaveText('Step 1 of 29');
  await expect(page.locator('.diagram-caption')).toHaveText(
    /^The client asks the daemon whether it is there/,
  );
  let seen = '';
  for (let i = 0; i < 40 && !seen.includes('starts: its program runs'); i++) {
    await page.getByRole('button', { name: 'Next ▶' }).click();
    seen += `${await page.locator('.diagram-caption').textContent()}\n`;
  }
  expect(seen).toContain('The daemon asks Docker Hub for hello-world:latest');
  expect(seen).toContain('lands on the stack');
  expect(seen).toContain('The daemon creates container');
  await expect(container.locator('.container-state')).toHaveText('Up');

  // A second run skips the pull: no step goes to Docker Hub.
  await run(page, 'docker run hello-world');
  await diagramAtEnd(page);
  await expect(svg(page).locator('g.container')).toHaveCount(2);
  while (await back.isEnabled()) await back.click();
  const captions: string[] = [];
  for (let i = 0; i < 30; i++) {
    captions.push((await page.locator('.diagram-caption').textContent()) ?? '');
    const next = page.getByRole('button', { name: 'Next ▶' });
    if (await next.isDisabled()) break;
    await next.click();
  }
  expect(captions.some((c) => c.includes('Docker Hub'))).toBe(false);
  expect(captions.some((c) => c.includes('exits with status 0'))).toBe(true);
});

test('the API log lists the requests, and selecting one shows its arrow in the diagram', async ({ page }) => {
  await openWithDiagram(page);
  await run(page, 'docker run hello-world');
  await page.getByRole('tab', { name: 'API log' }).click();
  const rows = page.locator('.api-row');
  await expect(rows.first()).toBeVisible();
  const texts = (await rows.allTextContents()).map((t) => t.replace(/[0-9a-f]{64}/g, '{id}'));
  expect(texts).toEqual([
    'HEAD /_ping 200 OK',
    'POST /v1.50/containers/create 404 Not Found',
    'POST /v1.50/images/create?fromImage=docker.io%2Flibrary%2Fhello-world&tag=latest 200 OK(a stream of progress messages)',
    'POST /v1.50/containers/create 201 Created{"Id":"{id}","Warnings":[]}',
    'POST /v1.50/containers/{id}/attach?stderr=1&stdout=1&stream=1 101 Switching Protocols',
    // Sent before the start, as docker's client does; answered when the container exits.
    'POST /v1.50/containers/{id}/wait?condition=next-exit 200 OK{"StatusCode":0}',
    'POST /v1.50/containers/{id}/start 204 No Content',
  ]);

  await rows.filter({ hasText: '201 Created' }).click();
  await page.getByRole('button', { name: 'Show in diagram' }).click();
  const arrow = svg(page).locator('g.arrow.selected');
  await expect(arrow).toHaveCount(1);
  await expect(arrow.locator('.arrow-label')).toHaveText(/^POST \/v1\.50\/containers\/create/);
  await expect(page.locator('.diagram-caption')).toHaveText(
    'The client asks the daemon to create a container',
  );

  // And the reverse: the arrow leads back to its request in the log.
  await arrow.click();
  await expect(page.getByRole('tab', { name: 'API log' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.api-rows li.selected .api-row')).toHaveText(
    /^POST \/v1\.50\/containers\/create 201/,
  );
});

test('clicking Pull complete in the terminal explains it and highlights the layer', async ({ page }) => {
  await openWithDiagram(page);
  await run(page, 'docker pull hello-world');
  await clickTerminalText(page, 'Pull complete');
  const card = page.getByRole('region', { name: /Explain: Pull complete/ });
  await expect(card).toBeVisible();
  await expect(card).toContainText('is now part of the image’s stack');
  await expect(svg(page).locator('g.layer.lit title')).toHaveText(/^Layer 1b930d010525/);
  await expect(svg(page).locator('g.layer.lit')).toHaveCount(1);

  await run(page, 'docker ps -a');
  await clickTerminalText(page, 'CONTAINER ID');
  await expect(page.getByRole('region', { name: /Explain: CONTAINER ID/ })).toBeVisible();
});

test('with reduced motion everything works, explain mode included, and axe finds nothing', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openWithDiagram(page, 'Fast');
  await run(page, 'docker run hello-world');
  await diagramAtEnd(page);
  await expect(svg(page).locator('g.container .container-state')).toHaveText('Exited (0)');
  await page.getByRole('button', { name: '↺ Replay' }).click();
  // No travelling packets: each step is drawn at its end state.
  await expect(svg(page).locator('.packet').first()).toBeHidden();
  await diagramAtEnd(page);

  // The keyboard's way in: the explain list, then Enter on a piece of output.
  await page.getByRole('button', { name: 'Explain output…' }).focus();
  await page.keyboard.press('Enter');
  const item = page.getByRole('list', { name: 'Explainable output on screen' }).getByRole('button', {
    name: /^Exited|Pull complete/,
  });
  await item.first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: /Explain:/ })).toBeVisible();

  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
  await page.getByRole('tab', { name: 'API log' }).click();
  await expect(page.locator('.api-row').first()).toBeVisible();
  const log = await new AxeBuilder({ page }).analyze();
  expect(log.violations.map((v) => v.id)).toEqual([]);
});

test('the world after each command stays on the scrubber', async ({ page }) => {
  await openWithDiagram(page);
  await run(page, 'docker run hello-world');
  await run(page, 'docker container prune -f');
  await diagramAtEnd(page);
  await expect(svg(page).locator('g.container')).toHaveCount(0);
  const scrubber = page.getByRole('slider');
  await scrubber.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(scrubber).toHaveAttribute('aria-valuetext', 'After command 1 of 2: docker run hello-world');
  await expect(svg(page).locator('g.container .container-state')).toHaveText('Exited (0)');
  // Hidden and shown again, the pane still draws the right world.
  await page.getByRole('button', { name: 'Views' }).click();
  await page.getByRole('button', { name: 'Views' }).click();
  await expect(svg(page).locator('g.container')).toHaveCount(0);
});

test('the diagram after the walkthrough', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openWithDiagram(page);
  await run(page, 'docker images');
  await run(page, 'docker run hello-world');
  await run(page, 'docker run -it ubuntu bash', INSIDE);
  await run(page, 'exit', PROMPT);
  await run(page, 'docker run hello-world');
  await run(page, 'docker images');
  await run(page, 'docker ps -a');
  await diagramAtEnd(page);
  await expect(svg(page).locator('g.container')).toHaveCount(3);
  await expect(svg(page)).toHaveScreenshot('diagram-after-walkthrough.png', { animations: 'disabled' });
});

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly id?: number | string;
  readonly args?: { readonly name?: string };
}

/**
 * The page's main-thread tasks while the trace ran, in ms: `cpu` is the thread's own time (what
 * the page's code, style, layout and paint cost), `wall` adds the time the machine gave to other
 * processes. A frame is late when one task runs past its 16 ms, so the longest task is the figure.
 */
function mainThreadTasks(events: readonly TraceEvent[]): { cpu: number; wall: number }[] {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  return events
    .filter(
      (e) =>
        e.pid === main?.pid &&
        e.tid === main?.tid &&
        e.ph === 'X' &&
        e.name === 'ThreadControllerImpl::RunTask',
    )
    .map((e) => ({ cpu: (e.tdur ?? e.dur ?? 0) / 1000, wall: (e.dur ?? 0) / 1000 }));
}

const animationFrames = (events: readonly TraceEvent[]) =>
  events.filter((e) => e.name === 'AnimationFrame' && (e.ph === 'f' || e.ph === 'e')).length;

test('an 8-layer pull animates with every frame under 16 ms', async ({ page, browser }) => {
  test.setTimeout(90_000);
  await openWithDiagram(page);
  await run(page, 'docker pull node');
  await diagramAtEnd(page);
  await expect(svg(page).locator('g.image .image-meta')).toHaveText(':latest · 8 layers');
  // The pull again, step by step at fast speed, with nothing else moving on the page.
  await page.getByRole('radio', { name: 'Fast' }).check();
  await page.getByRole('button', { name: '↺ Replay' }).click();
  // Tracing starts once the click's own work is over (the terminal takes the focus back and xterm
  // repaints its rows): that frame belongs to the click, not to the animation.
  await page.waitForTimeout(300);
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline'] });
  await page.waitForFunction(
    () => /Step (\d+) of \1$/.test(document.querySelector('.diagram-step')?.textContent ?? ''),
    undefined,
    { polling: 1000, timeout: 60_000 },
  );
  const trace = JSON.parse((await browser.stopTracing()).toString()) as
    | { traceEvents: TraceEvent[] }
    | TraceEvent[];
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const tasks = mainThreadTasks(events);
  const frames = animationFrames(events);
  const longest = Math.max(...tasks.map((t) => t.cpu));
  const longestWall = Math.max(...tasks.map((t) => t.wall));
  console.log(
    `8-layer pull replayed: ${frames} frames, ${tasks.length} main-thread tasks; longest task ` +
      `${longest.toFixed(1)} ms of main-thread time (${longestWall.toFixed(1)} ms wall, which counts ` +
      `other processes on this machine; load average ${os.loadavg()[0]?.toFixed(1)})`,
  );
  expect(frames).toBeGreaterThan(100);
  expect(longest).toBeLessThan(16);
});
