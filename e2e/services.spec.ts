/**
 * Servers in the real page: a published nginx answers curl on the host and logs the request; a
 * foreground nginx holds the terminal until Ctrl-C, which docker forwards to it as SIGINT.
 */
import { expect, test } from '@playwright/test';
import { openPlayground, POLL, run, screen, waitForPrompt } from './support/terminal';

test.describe('servers', () => {
  test('curl reaches a published nginx, and docker logs shows the request', async ({ page }) => {
    await openPlayground(page);
    await page.getByRole('radio', { name: 'Instant' }).check();
    await run(page, 'docker run -d -p 8080:80 --name web nginx');
    const body = await run(page, 'curl http://localhost:8080');
    expect(body).toContain('<h1>Welcome to nginx!</h1>');
    const logs = await run(page, 'docker logs web');
    expect(logs.some((l) => /"GET \/ HTTP\/1\.1" 200 615 "-" "curl\/7\.88\.1" "-"/.test(l))).toBe(true);
  });

  test('a foreground nginx stays attached until Ctrl-C, then docker run returns 0', async ({ page }) => {
    await openPlayground(page);
    await page.getByRole('radio', { name: 'Instant' }).check();
    await page.locator('.xterm-helper-textarea').focus();
    await page.keyboard.type('docker run nginx');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await screen(page)).some((l) => l.endsWith('start worker process 32')), POLL)
      .toBe(true);
    // No prompt while attached.
    expect((await screen(page)).at(-1)).not.toContain('learner@dockyard');
    await page.keyboard.press('Control+C');
    await waitForPrompt(page);
    expect((await screen(page)).some((l) => l.includes('signal 2 (SIGINT) received, exiting'))).toBe(true);
    expect(await run(page, 'echo $?')).toEqual(['0']);
  });
});
