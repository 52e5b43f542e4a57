/**
 * Pipes and redirections typed into the real page: inside `docker run -it ubuntu bash` a line
 * redirected into a file, appended to, read back through a pipe and counted; on the host, docker's
 * output piped through grep and wc. Read back as the rows xterm paints.
 */
import { expect, test } from '@playwright/test';
import { openPlayground, run } from './support/terminal';

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
});
