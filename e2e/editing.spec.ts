/**
 * The line editor in the real page: keys pressed in Chromium, read back from the rows xterm paints,
 * as walkthrough.spec.ts does. Each test starts from a cleared screen (Ctrl-L) at instant speed.
 */
import { expect, type Page, test } from '@playwright/test';
import { POLL, PROMPT, screen, terminalOnly } from './support/terminal';

async function expectScreen(page: Page, rows: string[]): Promise<void> {
  await expect.poll(() => screen(page), POLL).toEqual(rows);
}

/** The column of the terminal's cursor, from xterm's own buffer (the page exposes none, so measure). */
async function cursorColumn(page: Page): Promise<number> {
  const cursor = page.locator('.xterm-cursor');
  await expect(cursor).toHaveCount(1);
  const [cell, row] = await Promise.all([
    cursor.boundingBox(),
    page.locator('.xterm-rows > div').first().boundingBox(),
  ]);
  if (!cell || !row) throw new Error('no cursor');
  return Math.round((cell.x - row.x) / cell.width);
}

async function openPlayground(page: Page): Promise<void> {
  await page.goto('/');
  await expect.poll(async () => (await screen(page)).at(-1), POLL).toBe(PROMPT);
  await terminalOnly(page);
  await page.getByRole('radio', { name: 'Instant' }).check();
  await page.keyboard.press('Control+L');
  await expectScreen(page, [PROMPT]);
}

/** Types a command and Enter, and waits for the next prompt. */
async function run(page: Page, command: string): Promise<void> {
  await page.keyboard.type(command);
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await screen(page)).at(-1), POLL).toBe(PROMPT);
}

test.describe('editing keys', () => {
  test('moves: Home/End, Ctrl-A/E, arrows, Alt-B/F, and typing lands at the cursor', async ({ page }) => {
    await openPlayground(page);
    await page.keyboard.type('docker run --name web nginx');
    await page.keyboard.press('Alt+b');
    await page.keyboard.press('Alt+b');
    await page.keyboard.type('x');
    await expectScreen(page, [`${PROMPT} docker run --name xweb nginx`]);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Alt+f');
    await page.keyboard.type('!');
    await expectScreen(page, [`${PROMPT} docker! run --name xweb nginx`]);
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Home');
    await page.keyboard.press('Delete');
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Control+E');
    await page.keyboard.type('!');
    await expectScreen(page, [`${PROMPT} ocker run --name xweb nginx!`]);
    expect(await cursorColumn(page)).toBe(`${PROMPT} ocker run --name xweb nginx!`.length);
  });

  test('kills and yank: Ctrl-W, Ctrl-U, Ctrl-K go to the kill ring, Ctrl-Y brings them back', async ({
    page,
  }) => {
    await openPlayground(page);
    await page.keyboard.type('docker rm web');
    await page.keyboard.press('Control+W');
    await expectScreen(page, [`${PROMPT} docker rm`]);
    await page.keyboard.type('stop ');
    await page.keyboard.press('Control+Y');
    await expectScreen(page, [`${PROMPT} docker rm stop web`]);
    await page.keyboard.press('Alt+b');
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+U');
    await expectScreen(page, [PROMPT]);
    // Ctrl-U right after Ctrl-K: one kill, the whole line.
    await page.keyboard.press('Control+Y');
    await expectScreen(page, [`${PROMPT} docker rm stop web`]);
  });

  test('Ctrl-C abandons the line with ^C and $? 130; Ctrl-L clears and keeps the line', async ({ page }) => {
    await openPlayground(page);
    await page.keyboard.type('docker ps');
    await page.keyboard.press('Control+C');
    await expectScreen(page, [`${PROMPT} docker ps^C`, PROMPT]);
    await page.keyboard.type('echo $?');
    await page.keyboard.press('Control+L');
    await expectScreen(page, [`${PROMPT} echo $?`]);
    await page.keyboard.press('Enter');
    await expectScreen(page, [`${PROMPT} echo $?`, '130', PROMPT]);
  });

  test('Ctrl-D: deletes under the cursor, does nothing on an empty host line, exits a container shell', async ({
    page,
  }) => {
    await openPlayground(page);
    await page.keyboard.type('echo hii');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Control+D');
    await expectScreen(page, [`${PROMPT} echo hi`]);
    await page.keyboard.press('Control+U');
    await page.keyboard.press('Control+D');
    await page.waitForTimeout(100);
    await expectScreen(page, [PROMPT]);

    await page.keyboard.type('docker run -it ubuntu bash\n');
    await expect.poll(async () => (await screen(page)).at(-1), POLL).toMatch(/^root@[0-9a-f]{12}:\/#$/);
    await page.keyboard.press('Control+L');
    await page.keyboard.press('Control+D');
    await expect
      .poll(() => screen(page), POLL)
      .toEqual([expect.stringMatching(/^root@[0-9a-f]{12}:\/# exit$/), PROMPT]);
  });
});

test.describe('history', () => {
  test('Ctrl-R finds an earlier command and Enter runs it', async ({ page }) => {
    await openPlayground(page);
    await run(page, 'echo alpha');
    await run(page, 'echo beta');
    await page.keyboard.press('Control+L');
    await page.keyboard.press('Control+R');
    await page.keyboard.type('alp');
    await expectScreen(page, ["(reverse-i-search)`alp': echo alpha"]);
    await page.keyboard.press('Enter');
    await expectScreen(page, [`${PROMPT} echo alpha`, 'alpha', PROMPT]);
  });

  test('!! runs the previous command again, shown first', async ({ page }) => {
    await openPlayground(page);
    await run(page, 'echo again');
    await page.keyboard.press('Control+L');
    await run(page, '!!');
    await expectScreen(page, [`${PROMPT} !!`, 'echo again', 'again', PROMPT]);
  });
});

test.describe('multi-line input', () => {
  test('an open quote continues on a > prompt and runs when closed', async ({ page }) => {
    await openPlayground(page);
    await page.keyboard.type("echo 'first\n");
    await expectScreen(page, [`${PROMPT} echo 'first`, '>']);
    await page.keyboard.type("second'\n");
    await expectScreen(page, [`${PROMPT} echo 'first`, "> second'", 'first', 'second', PROMPT]);
  });
});

test.describe('Tab', () => {
  test('completes docker ru to docker run', async ({ page }) => {
    await openPlayground(page);
    await page.keyboard.type('docker ru');
    await page.keyboard.press('Tab');
    await expectScreen(page, [`${PROMPT} docker run`]);
    expect(await cursorColumn(page)).toBe(`${PROMPT} docker run `.length);
  });

  test('completes a container name, and a second Tab lists the candidates', async ({ page }) => {
    await openPlayground(page);
    await run(page, 'docker run --name webapp hello-world');
    await run(page, 'docker run --name worker hello-world');
    await page.keyboard.press('Control+L');
    await expectScreen(page, [PROMPT]);
    await page.keyboard.type('docker rm weba');
    await page.keyboard.press('Tab');
    await expectScreen(page, [`${PROMPT} docker rm webapp`]);
    await page.keyboard.press('Control+U');
    await page.keyboard.type('docker rm w');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect
      .poll(async () => (await screen(page)).slice(-2), POLL)
      .toEqual(['webapp  worker', `${PROMPT} docker rm w`]);
  });
});

test.describe('clipboard', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('Ctrl-Shift-V pastes a two-line block and both lines run', async ({ page }) => {
    await openPlayground(page);
    await page.evaluate(() => navigator.clipboard.writeText('echo one\necho two\n'));
    await page.keyboard.press('Control+Shift+V');
    await expectScreen(page, [`${PROMPT} echo one`, 'one', `${PROMPT} echo two`, 'two', PROMPT]);
  });

  test('Ctrl-Shift-C copies the selection, and without one it does not interrupt', async ({ page }) => {
    await openPlayground(page);
    await run(page, 'echo copy-me');
    const rowBox = await page.locator('.xterm-rows > div').nth(1).boundingBox();
    if (!rowBox) throw new Error('no output row');
    await page.mouse.dblclick(rowBox.x + 10, rowBox.y + rowBox.height / 2);
    await page.keyboard.press('Control+Shift+C');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('copy-me');
    await page.keyboard.type('echo kept');
    await page.keyboard.press('Control+Shift+C');
    await page.waitForTimeout(100);
    expect((await screen(page)).at(-1)).toBe(`${PROMPT} echo kept`);
  });
});

test.describe('leaving the page', () => {
  test('asks first while a line is typed (Chrome keeps Ctrl-W for closing the tab)', async ({ context }) => {
    const typing = await context.newPage();
    await openPlayground(typing);
    await typing.keyboard.type('docker run -it ubuntu');
    const dialog = typing.waitForEvent('dialog');
    await typing.close({ runBeforeUnload: true });
    const asked = await dialog;
    expect(asked.type()).toBe('beforeunload');
    await asked.dismiss();
    expect(typing.isClosed()).toBe(false);

    // With nothing typed, the page goes without a question.
    const idle = await context.newPage();
    await openPlayground(idle);
    await idle.keyboard.type('echo x');
    await idle.keyboard.press('Control+U');
    await idle.close({ runBeforeUnload: true });
    await expect.poll(() => idle.isClosed(), POLL).toBe(true);
  });
});
