/** The quiz, as a learner takes it: answers scored, kept across a reload, and predictions run for real. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { waitForPrompt } from './support/terminal';

async function open(page: Page, hash: string): Promise<void> {
  await page.goto(`/${hash}`);
  await waitForPrompt(page);
  await page.getByRole('radio', { name: 'Instant' }).check();
}

test('one right answer and one wrong one give a score of 1 of 2, kept after a reload', async ({ page }) => {
  await open(page, '#/quiz');
  await page.getByRole('link', { name: 'The walkthrough' }).click();
  await expect(page.getByText('Score: 0 of 12 right, 0 answered')).toBeVisible();

  await page.getByRole('radio', { name: /A read-only package/ }).check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByText('Right.')).toBeVisible();
  await expect(page.getByText('Score: 1 of 12 right, 1 answered')).toBeVisible();

  await page.getByRole('button', { name: 'Next question' }).click();
  await page.getByRole('radio', { name: 'One layer of an image' }).check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByText('Not right.')).toBeVisible();
  await expect(page.getByText(/A container shares its image’s read-only layers/)).toBeVisible();
  await expect(page.getByText('Score: 1 of 12 right, 2 answered')).toBeVisible();

  await page.reload();
  await waitForPrompt(page);
  await page.goto('/#/quiz/results');
  const row = page.getByRole('row', { name: /The walkthrough/ });
  await expect(row.getByRole('cell')).toHaveText(['1', '2', '12']);
  const missed = page.getByRole('listitem').filter({ hasText: 'What is a container?' });
  await expect(missed.getByRole('link')).toHaveText(/Learn it in lesson 1: Hello, world/);
  await missed.getByRole('link').click();
  await expect(page).toHaveURL(/#\/lessons\/1$/);
});

test('a prediction runs its command in the terminal and is scored on what happened', async ({ page }) => {
  await open(page, '#/quiz/walkthrough');
  for (let i = 1; i < 8; i++) await page.getByRole('button', { name: 'Next question' }).click();
  await expect(page.getByText(/Will `?docker run hello-world`? pull the image/)).toBeVisible();
  await page.getByRole('button', { name: 'Set up the playground' }).click();
  await page.getByRole('radio', { name: 'No, it runs straight away' }).check();
  await page.getByRole('button', { name: /^Run docker run hello-world/ }).click();
  await expect(page.getByText('Not right.')).toBeVisible();
  await expect(page.getByText('It turned out: Yes, it pulls first.')).toBeVisible();
  await expect(page.locator('.xterm-rows')).toContainText(
    'Status: Downloaded newer image for hello-world:latest',
  );
});

test('a hands-on task is graded on the world left in the terminal', async ({ page }) => {
  await open(page, '#/quiz/walkthrough');
  for (let i = 1; i < 12; i++) await page.getByRole('button', { name: 'Next question' }).click();
  await page.getByRole('button', { name: 'Set up the playground' }).click();
  await page.getByRole('button', { name: 'Check my work' }).click();
  await expect(page.getByText('Not right.')).toBeVisible();
  await page.locator('.xterm-helper-textarea').focus();
  await page.keyboard.type('docker pull hello-world\n');
  await waitForPrompt(page);
  await page.getByRole('button', { name: 'Check my work' }).click();
  await expect(page.getByText('Right.')).toBeVisible();
});

test('the quiz view has no axe violations, on a question and on the results', async ({ page }) => {
  await open(page, '#/quiz');
  await expect(page.getByRole('heading', { name: 'Quiz' })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.goto('/#/quiz/walkthrough');
  await page.getByRole('radio', { name: /A read-only package/ }).check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.goto('/#/quiz/results');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
