/**
 * The shell inside a container, typed into the real page: `docker run -it ubuntu bash`, a file
 * made inside, `exit`, then `docker diff` shows it and `docker commit` turns it into an image
 * whose containers have the file. Read back as the rows xterm paints.
 */
import { expect, type Page, test } from '@playwright/test';

const HOST = 'learner@dockyard:~$';
const INSIDE = /^root@[0-9a-f]{12}:\/#$/;
const POLL = { intervals: [25, 50, 100] };

async function screen(page: Page): Promise<string[]> {
  const rows = await page
    .locator('.xterm-rows > div')
    .evaluateAll((divs) => divs.map((d) => (d.textContent ?? '').replace(/\u00a0/g, ' ').trimEnd()));
  while (rows.length > 0 && rows[rows.length - 1] === '') rows.pop();
  return rows;
}

/** Clears the screen, types a line, and returns what it printed once `prompt` is back. */
async function run(page: Page, line: string, prompt: string | RegExp): Promise<string[]> {
  await page.keyboard.press('Control+L');
  await expect.poll(async () => (await screen(page)).length, POLL).toBe(1);
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
  let rows: string[] = [];
  await expect
    .poll(async () => {
      rows = await screen(page);
      const last = rows.at(-1) ?? '';
      return rows.length > 1 && (typeof prompt === 'string' ? last === prompt : prompt.test(last));
    }, POLL)
    .toBe(true);
  return rows.slice(1, -1);
}

test('run -it ubuntu bash, make a file, exit, diff and commit it', async ({ page }) => {
  await page.goto('/');
  await expect.poll(async () => (await screen(page)).at(-1), POLL).toBe(HOST);
  await page.getByRole('radio', { name: 'Instant' }).check();
  await page.locator('.xterm-helper-textarea').focus();

  await run(page, 'docker run --name box -it ubuntu bash', INSIDE);
  expect(await run(page, 'touch /tmp/hello.txt', INSIDE)).toEqual([]);
  expect(await run(page, 'ls /tmp', INSIDE)).toEqual(['hello.txt']);
  expect(await run(page, 'exit', HOST)).toEqual(['exit']);

  expect(await run(page, 'docker diff box', HOST)).toEqual(['C /tmp', 'A /tmp/hello.txt']);
  const committed = await run(page, 'docker commit box mine', HOST);
  expect(committed).toHaveLength(1);
  expect(committed[0]).toMatch(/^sha256:[0-9a-f]{64}$/);
  expect(await run(page, 'docker run --rm mine ls /tmp', HOST)).toEqual(['hello.txt']);
});
