/**
 * Lessons, as a learner takes them: typed into the real terminal, judged on the world the commands
 * leave, remembered across a reload. Every test gets a fresh browser context, hence a fresh IndexedDB.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { waitForPrompt } from './support/terminal';

const progress = (page: Page) => page.getByRole('progressbar', { name: 'Lesson progress' });

/** Types a line into the terminal as a person does, and waits for the prompt to come back. */
async function type(page: Page, line: string): Promise<void> {
  await page.locator('.xterm-helper-textarea').focus();
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
  await waitForPrompt(page);
}

async function open(page: Page, hash: string): Promise<void> {
  await page.goto(`/${hash}`);
  await waitForPrompt(page);
  await page.getByRole('radio', { name: 'Instant' }).check();
}

test('lesson 1, typed into the terminal, is marked done and stays done after a reload', async ({ page }) => {
  await open(page, '#/lessons/1');
  await page.getByRole('button', { name: 'Start lesson' }).click();
  await expect(page.getByText('Step 1 of 5')).toBeVisible();
  await expect(progress(page)).toHaveAttribute('aria-valuenow', '0');

  const lines = ['docker images', 'docker run hello-world', 'docker images', 'docker ps -a'];
  for (const [i, line] of lines.entries()) {
    await type(page, line);
    await expect(progress(page)).toHaveAttribute('aria-valuenow', String(i + 1));
    await expect(page.getByText(`Step ${i + 2} of 5`)).toBeVisible();
  }
  // A command that does not meet the step's goal leaves it where it is.
  await type(page, 'docker ps');
  await expect(progress(page)).toHaveAttribute('aria-valuenow', '4');
  await type(page, 'docker run hello-world');
  await expect(page.getByText('Lesson complete.', { exact: true }).first()).toBeVisible();
  await expect(page.getByText('You used 6 commands; the reference solution uses 5.')).toBeVisible();

  await page.getByRole('link', { name: 'All lessons' }).first().click();
  const first = page.getByRole('listitem').filter({ hasText: 'Hello, world' });
  await expect(first.getByText('Done', { exact: true })).toBeVisible();
  await expect(first).toContainText('Done in 6 commands (par 5)');

  await page.reload();
  await waitForPrompt(page);
  await expect(first.getByText('Done', { exact: true })).toBeVisible();
  await expect(first).toContainText('Done in 6 commands (par 5)');
});

test('#/lessons/3/2 opens lesson 3 at step 2, set up as step 1 leaves it', async ({ page }) => {
  await open(page, '#/lessons/3/2');
  await expect(page.getByRole('heading', { name: 'Lesson 3: The container lifecycle' })).toBeVisible();
  await page.getByRole('button', { name: 'Start at step 2' }).click();
  await expect(page.getByText('Step 2 of 6')).toBeVisible();
  await expect(progress(page)).toHaveAttribute('aria-valuenow', '1');
  // Step 1's container is already running: listing it completes step 2.
  await type(page, 'docker ps');
  await expect(page.getByText('Step 3 of 6')).toBeVisible();
  await expect(page).toHaveURL(/#\/lessons\/3\/3$/);
  // This lesson counts only the commands it practises.
  await type(page, 'docker kill web');
  await expect(page.getByRole('status').filter({ hasText: 'docker kill does not count' })).toBeVisible();
  await expect(progress(page)).toHaveAttribute('aria-valuenow', '2');
});

test('lesson 4: lines typed in a container’s shell count as steps too', async ({ page }) => {
  await open(page, '#/lessons/4');
  await page.getByRole('button', { name: 'Start lesson' }).click();
  await page.locator('.xterm-helper-textarea').focus();
  await page.keyboard.type('docker run -it --name box ubuntu bash');
  await page.keyboard.press('Enter');
  // The shell in the container has the prompt now.
  await waitForPrompt(page, /^root@[0-9a-f]{12}:\/# ?$/);
  await expect(progress(page)).toHaveAttribute('aria-valuenow', '1');
  await page.keyboard.type('touch /hello.txt');
  await page.keyboard.press('Enter');
  await expect(progress(page)).toHaveAttribute('aria-valuenow', '2');
  await page.keyboard.type('exit');
  await page.keyboard.press('Enter');
  await waitForPrompt(page);
  await expect(progress(page)).toHaveAttribute('aria-valuenow', '3');
  await type(page, 'docker diff box');
  await expect(progress(page)).toHaveAttribute('aria-valuenow', '4');
});

test('hint, and the solution only after asking, and reset', async ({ page }) => {
  await open(page, '#/lessons/1');
  await page.getByRole('button', { name: 'Start lesson' }).click();
  await page.getByRole('button', { name: 'Hint' }).click();
  await expect(page.getByText('On an empty machine it prints only the header row.')).toBeVisible();
  await page.getByRole('button', { name: 'Show solution' }).click();
  await expect(page.locator('.step-solution')).toHaveCount(0);
  await page.getByRole('button', { name: 'Show it' }).click();
  await expect(page.locator('.step-solution')).toHaveText('docker images');
  await type(page, 'docker images');
  await expect(progress(page)).toHaveAttribute('aria-valuenow', '1');
  await page.getByRole('button', { name: 'Reset lesson' }).click();
  await expect(progress(page)).toHaveAttribute('aria-valuenow', '0');
});

test('the lessons view has no axe violations, listed and mid-lesson', async ({ page }) => {
  await open(page, '#/lessons');
  await expect(page.getByRole('heading', { name: 'Lessons' })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.goto('/#/lessons/1');
  await page.getByRole('button', { name: 'Start lesson' }).click();
  await page.getByRole('button', { name: 'Hint' }).click();
  await page.getByRole('button', { name: 'Show solution' }).click();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
