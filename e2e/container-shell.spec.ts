/**
 * The shell inside a container, typed into the real page: `docker run -it ubuntu bash`, a file
 * made inside, `exit`, then `docker diff` shows it and `docker commit` turns it into an image
 * whose containers have the file. Read back as the rows xterm paints.
 */
import { expect, test } from '@playwright/test';
import { POLL, run, screen } from './support/terminal';

const HOST = 'learner@dockyard:~$';
const INSIDE = /^root@[0-9a-f]{12}:\/#$/;

test('run -it ubuntu bash, make a file, exit, diff and commit it', async ({ page }) => {
  await page.goto('/');
  await expect.poll(async () => (await screen(page)).at(-1), POLL).toBe(HOST);
  await page.getByRole('radio', { name: 'Instant' }).check();
  await page.locator('.xterm-helper-textarea').focus();

  await run(page, 'docker run --name box -it ubuntu bash', INSIDE);
  expect(await run(page, 'touch /tmp/hello.txt', INSIDE)).toEqual([]);
  expect(await run(page, 'ls /tmp', INSIDE)).toEqual(['hello.txt']);
  expect(await run(page, 'exit', HOST)).toEqual(['exit']);

  // bash writes its history file at exit, as on real Docker.
  expect(await run(page, 'docker diff box', HOST)).toEqual([
    'C /root',
    'A /root/.bash_history',
    'C /tmp',
    'A /tmp/hello.txt',
  ]);
  const committed = await run(page, 'docker commit box mine', HOST);
  expect(committed).toHaveLength(1);
  expect(committed[0]).toMatch(/^sha256:[0-9a-f]{64}$/);
  expect(await run(page, 'docker run --rm mine ls /tmp', HOST)).toEqual(['hello.txt']);
});
