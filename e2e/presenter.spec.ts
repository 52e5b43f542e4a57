/**
 * Presenter mode as an instructor uses it: `?present` in big type, a three-command demo stepped
 * with → and undone with ←, an audience window mirroring the terminal, and `?seed=N` giving every
 * machine the same names. Keys are pressed as a presenter presses them, with the terminal focused.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { POLL, PROMPT, run, screen, terminalOnly, waitForPrompt } from './support/terminal';

// Several browser contexts and whole demos per test: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 90_000 });

const DEMO = ['docker run hello-world', 'docker ps -a', 'docker images'];

/** Opens `path` and waits for the first prompt; a first visit is slow on a loaded machine. */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator('.xterm-rows')).toContainText(PROMPT, { timeout: 20_000 });
  await waitForPrompt(page);
}

/** The terminal's font size in pixels, as the page renders it. */
async function terminalFontPx(page: Page): Promise<number> {
  return page.locator('.xterm-rows').evaluate((rows) => Number.parseFloat(getComputedStyle(rows).fontSize));
}

/** Opens presenter mode with a three-command demo typed into the demo editor, at the fast pace. */
async function presentDemo(page: Page): Promise<void> {
  await open(page, '/?present');
  await page.getByRole('button', { name: 'Demo…' }).click();
  await page
    .getByRole('textbox', { name: /One command a line/ })
    .fill(`# Title: Three steps\n${DEMO.join('\n')}\n`);
  await page.getByRole('button', { name: 'Use this demo' }).click();
  await page.getByRole('combobox', { name: 'Pace' }).selectOption('fast');
  await page.locator('.xterm-helper-textarea').focus();
}

/** Clears the screen (Ctrl-L), as a presenter does between steps. */
async function clear(page: Page): Promise<void> {
  await page.keyboard.press('Control+L');
  await expect.poll(async () => (await screen(page)).length, POLL).toBe(1);
}

/**
 * Clears the screen, presses → (or `key`) and waits until the step's command is echoed, has run and
 * the prompt is back; returns what it printed.
 */
async function step(page: Page, key: string, command: string): Promise<string[]> {
  await clear(page);
  await page.keyboard.press(key);
  let rows: string[] = [];
  await expect
    .poll(async () => {
      rows = await screen(page);
      const echoed = rows.lastIndexOf(`${PROMPT} ${command}`);
      return echoed !== -1 && echoed < rows.length - 1 && rows.at(-1) === PROMPT;
    }, POLL)
    .toBe(true);
  return rows.slice(rows.lastIndexOf(`${PROMPT} ${command}`) + 1, -1);
}

test('?present shows only the terminal in big type, and leaving gives the learner their size back', async ({
  page,
}) => {
  await open(page, '/');
  const learner = await terminalFontPx(page);
  expect(learner).toBeLessThan(24);

  await open(page, '/?present');
  expect(await terminalFontPx(page)).toBeGreaterThanOrEqual(24);
  await expect(page.getByRole('heading', { name: 'Dockyard', exact: true })).toBeHidden();
  await expect(page.getByRole('tab', { name: 'API log' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Diagram' })).toBeVisible();

  await page.getByRole('button', { name: 'Leave' }).click();
  await expect(page.getByRole('heading', { name: 'Dockyard', exact: true })).toBeVisible();
  await expect.poll(() => terminalFontPx(page)).toBe(learner);
  expect(new URL(page.url()).searchParams.has('present')).toBe(false);

  // And the shortcut brings it back.
  await page.locator('.xterm-helper-textarea').focus();
  await page.keyboard.press('Control+Alt+P');
  await expect.poll(() => terminalFontPx(page)).toBeGreaterThanOrEqual(24);
});

test('→ types and runs each command of a demo, ← undoes, and the presenter can type in between', async ({
  page,
}) => {
  await presentDemo(page);

  // The keystrokes are visible: the line grows before it runs.
  await page.getByRole('combobox', { name: 'Pace' }).selectOption('slow');
  await page.locator('.xterm-helper-textarea').focus();
  await clear(page);
  await page.keyboard.press('ArrowRight');
  // A strict prefix of the command on the line: typed key by key, not pasted.
  await expect
    .poll(async () => {
      const line = (await screen(page)).at(-1) ?? '';
      return (
        line.startsWith(`${PROMPT} d`) &&
        `${PROMPT} docker run hello-world`.startsWith(line) &&
        line.length < 40
      );
    }, POLL)
    .toBe(true);
  await expect
    .poll(async () => (await screen(page)).join('\n'), { timeout: 20_000 })
    .toContain('https://docs.docker.com/get-started/');
  await waitForPrompt(page);
  await page.getByRole('combobox', { name: 'Pace' }).selectOption('fast');
  await page.locator('.xterm-helper-textarea').focus();

  // At 28 px docker's tables wrap: read them as one text.
  const ps = (await step(page, 'ArrowRight', DEMO[1] as string)).join(' ');
  expect(ps).toMatch(/^CONTAINER ID\s+IMAGE/);
  expect(ps).toMatch(/hello-world\s+"\/hello"\s.*Exited \(0\)/);
  const images = (await step(page, 'ArrowRight', DEMO[2] as string)).join(' ');
  expect(images).toMatch(/hello-world\s+latest/);
  await expect(page.getByText('End of the demo.')).toBeVisible();

  // ← twice: the world is back to before `docker ps -a`, then before `docker run hello-world`.
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByText(/Undid “docker images”/)).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByText(/Undid “docker ps -a”/)).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByText(/Undid “docker run hello-world”/)).toBeVisible();

  // Free typing at any time: the world has no container any more.
  expect(await run(page, 'docker ps -a')).toHaveLength(1);
  // With typing on the line, → moves the cursor instead of running the demo.
  await page.keyboard.type('echo hi');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Control+U');
  await expect(page.getByText(/Undid “docker run hello-world”/)).toBeVisible();
  // And the script resumes from its first step.
  await clear(page);
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await screen(page)).join('\n'), POLL).toContain('Share images');
  await waitForPrompt(page);
});

test('an audience window opened from the presenter mirrors the next command', async ({ page, context }) => {
  await presentDemo(page);
  const opened = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Audience window' }).click();
  const audience = await opened;
  await audience.waitForLoadState();
  // What the presenter's screen already shows arrives first.
  await expect.poll(async () => (await screen(audience)).at(-1), POLL).toBe(PROMPT);
  await expect(audience.getByRole('button')).toHaveCount(0);

  await page.bringToFront();
  await page.locator('.xterm-helper-textarea').focus();
  await clear(page);
  await expect.poll(async () => (await screen(audience)).length, POLL).toBe(1);
  await page.keyboard.press('ArrowRight');
  await expect
    .poll(async () => (await screen(audience)).join('\n'), POLL)
    .toContain(`${PROMPT} docker run hello-world`);
  await expect.poll(async () => (await screen(audience)).join('\n'), POLL).toContain('Share images');
  await expect.poll(async () => (await screen(audience)).at(-1), POLL).toBe(PROMPT);
});

test('?seed=7 gives the same container name on two fresh machines', async ({ browser }) => {
  const nameOn = async (seed: number) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await open(page, `/?seed=${seed}`);
    await terminalOnly(page);
    await page.getByRole('radio', { name: 'Instant' }).check();
    await run(page, 'docker run hello-world');
    const [name] = await run(page, 'docker ps -a --format {{.Names}}');
    await context.close();
    return name;
  };
  const first = await nameOn(7);
  expect(first).toMatch(/^[a-z]+_[a-z]+$/);
  expect(await nameOn(7)).toBe(first);
  expect(await nameOn(8)).not.toBe(first);
});

test('axe finds no violations in presenter mode, at 1280×720', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await open(page, '/?present');
  await expect(page.getByRole('button', { name: 'Next →' })).toBeVisible();
  const violations = async (p: Page) =>
    (await new AxeBuilder({ page: p }).analyze()).violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`,
    );
  expect(await violations(page)).toEqual([]);
  // After a step, with its status, and with the demo editor open.
  await page.getByRole('combobox', { name: 'Pace' }).selectOption('instant');
  await page.getByRole('button', { name: 'Next →' }).click();
  await expect(page.getByRole('region', { name: 'Demo' })).toContainText('step 2 of 4');
  await page.getByRole('button', { name: '← Undo' }).click();
  await expect(page.getByRole('region', { name: 'Demo' })).toContainText('Undid');
  expect(await violations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Demo…' }).click();
  await expect(page.getByRole('dialog', { name: 'Demo' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  // And the audience window.
  const opened = page.context().waitForEvent('page');
  await page.getByRole('button', { name: 'Audience window' }).click();
  const audience = await opened;
  await expect.poll(async () => (await screen(audience)).at(-1), POLL).toBe(PROMPT);
  expect(await violations(audience)).toEqual([]);
});

test('a lesson becomes the demo: → types its first command', async ({ page }) => {
  await open(page, '/?present');
  await page.getByRole('button', { name: 'Demo…' }).click();
  const lessons = page.getByRole('combobox', { name: "A lesson's steps as the demo" });
  await expect(lessons).toBeEnabled();
  await lessons.selectOption({ label: '4. Inside a container' });
  // Lesson 4 starts from a pulled ubuntu: the demo's first step is the lesson's setup.
  await expect(page.getByRole('textbox', { name: /One command a line/ })).toHaveValue(
    /^# Title: .+\n# .+\ndocker pull ubuntu\n/,
  );
  await page.getByRole('button', { name: 'Use this demo' }).click();
  await page.getByRole('combobox', { name: 'Pace' }).selectOption('fast');
  await page.locator('.xterm-helper-textarea').focus();
  const printed = await step(page, 'ArrowRight', 'docker pull ubuntu');
  expect(printed).toContain('Status: Downloaded newer image for ubuntu:latest');
});
