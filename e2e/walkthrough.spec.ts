/**
 * The first walkthrough a learner does, typed into the real terminal and read back the way a person
 * sees it: the rows xterm paints. (Its accessibility tree carries the same text, but xterm throttles
 * it to one update a second for screen readers; one test checks it, the rest read the paint.)
 * Every test gets a fresh browser context, hence a fresh IndexedDB.
 */
import { expect, test } from '@playwright/test';
import { openPlayground, POLL, PROMPT, run, screen, waitForPrompt } from './support/terminal';

const IMAGES_HEADER = 'REPOSITORY   TAG       IMAGE ID   CREATED   SIZE';
const PS_HEADER = 'CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES';
const PS_HELLO_ROW =
  /^([0-9a-f]{12})\s{3}hello-world\s{3}"\/hello"\s{3}.+ ago\s{3}Exited \(0\) .+ ago\s{3,}([a-z]+_[a-z]+)$/;

test.describe('first walkthrough', () => {
  test('hello-world, from an empty machine to a reload that keeps everything', async ({ page }) => {
    await openPlayground(page);
    await page.getByRole('radio', { name: 'Instant' }).check();
    // A click on a control hands the keyboard back to the terminal.
    await expect(page.locator('.xterm-helper-textarea')).toBeFocused();

    expect(await run(page, 'docker images')).toEqual([IMAGES_HEADER]);

    const hello = await run(page, 'docker run hello-world');
    const inOrder = [
      "Unable to find image 'hello-world:latest' locally",
      'latest: Pulling from library/hello-world',
      '1b930d010525: Pull complete',
      'Digest: sha256:2557e3c07ed1e38f26e389462d03ed943586f744621577a99efb77324b0fe535',
      'Status: Downloaded newer image for hello-world:latest',
      '',
      'Hello from Docker!',
    ];
    expect(hello.slice(0, inOrder.length)).toEqual(inOrder);
    const step2 = hello.indexOf(' 2. The Docker daemon pulled the "hello-world" image from the Docker Hub.');
    expect(step2).toBeGreaterThan(0);
    expect(hello[step2 + 1]).toBe('    (amd64)');

    const images = await run(page, 'docker images');
    expect(images).toHaveLength(2);
    // Columns widen to fit the row, as docker's tabwriter does.
    expect(images[0]).toMatch(/^REPOSITORY {4}TAG {7}IMAGE ID {7}CREATED\s+SIZE$/);
    expect(images[1]).toMatch(/^hello-world\s+latest\s+fce289e99eb9\s+\d+ \w+ ago\s+1\.84kB$/);

    const psAll = await run(page, 'docker ps -a');
    expect(psAll).toHaveLength(2);
    expect(psAll[0]).toMatch(/^CONTAINER ID {3}IMAGE {9}COMMAND {4}CREATED\s+STATUS\s+PORTS\s+NAMES$/);
    const [, id, name] = PS_HELLO_ROW.exec(psAll[1] ?? '') ?? [];
    expect(id, `a hello-world row in ${JSON.stringify(psAll[1])}`).toBeTruthy();

    expect(await run(page, 'docker ps')).toEqual([PS_HEADER]);

    await page.reload();
    await waitForPrompt(page);
    expect((await screen(page))[0]).toMatch(/^Welcome back/);
    // History came back from storage: the up arrow recalls the last command.
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => (await screen(page)).at(-1), POLL).toBe(`${PROMPT} docker ps`);
    await page.keyboard.press('Control+U');
    await expect.poll(async () => (await screen(page)).at(-1), POLL).toBe(PROMPT);

    const psAfter = await run(page, 'docker ps -a');
    expect(psAfter).toHaveLength(2);
    const [, idAfter, nameAfter] = PS_HELLO_ROW.exec(psAfter[1] ?? '') ?? [];
    expect([idAfter, nameAfter]).toEqual([id, name]);

    const again = await run(page, 'docker run hello-world');
    expect(again).toContain('Hello from Docker!');
    expect(again.join('\n')).not.toContain('Unable to find image');
    expect(again[0]).toBe('');
  });

  test('at realistic speed the layer line is rewritten in place until Pull complete', async ({ page }) => {
    await openPlayground(page);
    await page.getByRole('radio', { name: 'Realistic' }).check();
    await page.keyboard.press('Control+L');
    await page.keyboard.type('docker run hello-world\n');
    // Sample the screen while the pull plays: every state of the layer's one line.
    const seen = new Set<string>();
    await expect
      .poll(
        async () => {
          const rows = await screen(page);
          for (const r of rows) if (r.startsWith('1b930d010525: ')) seen.add(r);
          return (
            rows.filter((r) => r.startsWith('1b930d010525: ')).length === 1 &&
            seen.has('1b930d010525: Pull complete')
          );
        },
        { intervals: [10], timeout: 10_000 },
      )
      .toBe(true);
    // The line went through the download before it settled, on one row, never as extra lines.
    expect([...seen].some((r) => /^1b930d010525: (Pulling fs layer|Downloading|Extracting)/.test(r))).toBe(
      true,
    );
    await waitForPrompt(page);
    expect((await screen(page)).filter((r) => r.startsWith('1b930d010525: '))).toEqual([
      '1b930d010525: Pull complete',
    ]);
  });

  test('keys typed while a command runs wait for the next prompt', async ({ page }) => {
    await openPlayground(page);
    await page.getByRole('radio', { name: 'Fast' }).check();
    await page.keyboard.press('Control+L');
    await page.keyboard.type('sleep 1; echo slept\n');
    // Typed while `sleep` runs: it must not appear in the middle of the output.
    await page.keyboard.type('echo next\n');
    await expect
      .poll(() => screen(page), { ...POLL, timeout: 10_000 })
      .toEqual([`${PROMPT} sleep 1; echo slept`, 'slept', `${PROMPT} echo next`, 'next', PROMPT]);
  });
});

test.describe('clipboard', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('Ctrl-C copies a selection instead of interrupting; Ctrl-V pastes', async ({ page }) => {
    await openPlayground(page);
    await page.getByRole('radio', { name: 'Instant' }).check();
    expect(await run(page, 'echo copy-me')).toEqual(['copy-me']);
    // Double-click selects the word on the output row (the second row after Ctrl-L).
    const rowBox = await page.locator('.xterm-rows > div').nth(1).boundingBox();
    if (!rowBox) throw new Error('no output row');
    await page.mouse.dblclick(rowBox.x + 10, rowBox.y + rowBox.height / 2);
    await page.keyboard.press('Control+C');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('copy-me');
    // No ^C: the prompt line is untouched.
    expect((await screen(page)).at(-1)).toBe(PROMPT);

    await page.evaluate(() => navigator.clipboard.writeText('echo pasted\n'));
    await page.keyboard.press('Control+V');
    await expect
      .poll(async () => (await screen(page)).slice(-3), POLL)
      .toEqual([`${PROMPT} echo pasted`, 'pasted', PROMPT]);
  });
});

test.describe('page', () => {
  test('fits 1280×720 without horizontal scrolling, terminal visible and focused', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openPlayground(page);
    await expect(page).toHaveTitle('Dockyard — Docker in your browser');
    await expect(page.getByRole('heading', { name: 'Dockyard' })).toBeVisible();
    const overflow = await page.evaluate(() => ({
      doc: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      body: document.body.scrollWidth - document.body.clientWidth,
    }));
    expect(overflow).toEqual({ doc: 0, body: 0 });
    const terminal = page.locator('.xterm-screen');
    await expect(terminal).toBeVisible();
    const box = await terminal.boundingBox();
    expect(box).not.toBeNull();
    if (box) {
      expect(box.x + box.width).toBeLessThanOrEqual(1280);
      // The full width, so `docker ps -a` does not wrap; the views pane is below.
      expect(box.width).toBeGreaterThan(1000);
      expect(box.height).toBeGreaterThan(300);
    }
    const cols = await page.evaluate(() => {
      const row = document.querySelector('.xterm-rows > div');
      const measure = document.querySelector('.xterm-char-measure-element');
      return row && measure
        ? Math.floor(row.getBoundingClientRect().width / (measure.getBoundingClientRect().width / 32))
        : 0;
    });
    expect(cols).toBeGreaterThanOrEqual(120);
    await expect(page.locator('.xterm-helper-textarea')).toBeFocused();
    // Screen reader mode: the same text is in the accessibility tree.
    await expect.poll(() => screen(page, '.xterm-accessibility-tree > div')).toEqual(await screen(page));
  });

  test('larger text refits the terminal: bigger rows, still inside the page', async ({ page }) => {
    await openPlayground(page);
    const rowHeight = () =>
      page
        .locator('.xterm-rows > div')
        .first()
        .evaluate((el) => el.getBoundingClientRect().height);
    const before = await rowHeight();
    const larger = page.getByRole('button', { name: 'Larger text' });
    for (let i = 0; i < 4; i++) await larger.click();
    await expect.poll(rowHeight).toBeGreaterThan(before * 1.3);
    const right = await page.locator('.xterm-screen').evaluate((el) => el.getBoundingClientRect().right);
    expect(right).toBeLessThanOrEqual(await page.evaluate(() => document.documentElement.clientWidth));
    // The prompt is still whole on one row, and typing still works.
    await expect(page.locator('.xterm-helper-textarea')).toBeFocused();
    expect(await run(page, 'echo big')).toEqual(['big']);
  });

  test('says so when storage is refused', async ({ page }) => {
    // What some private windows do: IndexedDB exists but refuses to open.
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', {
        value: {
          open() {
            throw new DOMException('refused', 'SecurityError');
          },
        },
      });
    });
    await openPlayground(page);
    await expect(page.getByRole('status', { name: 'Storage' })).toHaveText(
      'This browser refused storage: your work will not survive a reload.',
    );
    expect(await run(page, 'echo still works')).toEqual(['still works']);
  });
});
