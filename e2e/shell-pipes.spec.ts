/**
 * Pipes and redirections typed into the real page: inside `docker run -it ubuntu bash` a line
 * redirected into a file, appended to, read back through a pipe and counted; on the host, docker's
 * output piped through grep and wc. Then the rest of a line after a command that took the
 * terminal: a prune question's answer, a foreground server's Ctrl-C. Read back as xterm paints it.
 */
import { expect, test } from '@playwright/test';
import { openPlayground, POLL, run, screen, waitForPrompt } from './support/terminal';

const HOST = 'learner@dockyard:~$';
const INSIDE = /^root@[0-9a-f]{12}:\/#$/;

test('a pipe and a redirection in a container shell, and pipes on the host', async ({ page }) => {
  await openPlayground(page);
  await page.getByRole('radio', { name: 'Instant' }).check();

  await run(page, 'docker run --name box -it ubuntu bash', INSIDE);
  expect(await run(page, 'echo hello > /tmp/a.txt; echo world >> /tmp/a.txt', INSIDE)).toEqual([]);
  expect(await run(page, 'cat /tmp/a.txt | grep o | wc -l', INSIDE)).toEqual(['2']);
  expect(await run(page, 'ls /nope 2>&1 | wc -l', INSIDE)).toEqual(['1']);
  expect(await run(page, 'cat < /tmp/missing', INSIDE)).toEqual([
    'bash: /tmp/missing: No such file or directory',
  ]);
  expect(await run(page, 'exit', HOST)).toEqual(['exit']);

  expect(await run(page, 'docker ps -a --format "{{.Names}}" | grep box')).toEqual(['box']);
  expect(await run(page, 'docker images -q | wc -l')).toEqual(['1']);
  // The host's own files take a redirection too.
  expect(await run(page, 'docker ps -a --format "{{.Names}}" > names.txt; cat names.txt')).toEqual(['box']);
});

test('the rest of a line runs after a prune answer and after Ctrl-C ends a foreground server', async ({
  page,
}) => {
  await openPlayground(page);
  await page.getByRole('radio', { name: 'Instant' }).check();
  await run(page, 'docker create --name old ubuntu');
  const textarea = page.locator('.xterm-helper-textarea');
  await textarea.focus();
  await page.keyboard.press('Control+L');
  await page.keyboard.type('docker container prune; echo "after $?"');
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => (await screen(page)).at(-1), POLL)
    .toBe('Are you sure you want to continue? [y/N]');
  await page.keyboard.type('y');
  await page.keyboard.press('Enter');
  await waitForPrompt(page);
  const rows = await screen(page);
  expect(rows.slice(-4)).toEqual(['', 'Total reclaimed space: 0B', 'after 0', 'learner@dockyard:~$']);

  await page.keyboard.press('Control+L');
  await page.keyboard.type('docker run redis && echo "redis said $?"');
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => (await screen(page)).some((l) => l.includes('Ready to accept connections')), POLL)
    .toBe(true);
  await page.keyboard.press('Control+C');
  await waitForPrompt(page);
  expect((await screen(page)).at(-2)).toBe('redis said 0');
});
