/**
 * Reading and driving the page's terminal the way a person does: keys typed into xterm, text read
 * back from the rows it paints. Shared by every e2e spec.
 */
import { expect, type Page } from '@playwright/test';

export const PROMPT = 'learner@dockyard:~$';
/** The screen changes within milliseconds at instant speed: poll often. */
export const POLL = { intervals: [25, 50, 100] };

/** The visible rows of the terminal, right-trimmed, without the blank rows at the bottom. */
export async function screen(page: Page, rowSelector = '.xterm-rows > div'): Promise<string[]> {
  const rows = await page
    .locator(rowSelector)
    .evaluateAll((divs) => divs.map((d) => (d.textContent ?? '').replace(/\u00a0/g, ' ').trimEnd()));
  while (rows.length > 0 && rows[rows.length - 1] === '') rows.pop();
  return rows;
}

const isPrompt = (row: string | undefined, prompt: string | RegExp) =>
  typeof prompt === 'string' ? row === prompt : prompt.test(row ?? '');

/** Waits until the last row is the prompt, ready for input. */
export async function waitForPrompt(page: Page, prompt: string | RegExp = PROMPT): Promise<void> {
  await expect.poll(async () => isPrompt((await screen(page)).at(-1), prompt), POLL).toBe(true);
}

/** Opens the playground and waits for its first prompt. */
export async function openPlayground(page: Page): Promise<void> {
  await page.goto('/');
  await waitForPrompt(page);
  await terminalOnly(page);
}

/**
 * Gives the terminal the whole page, as a learner does with the Views button: specs about the
 * terminal then see a whole command's output at once, on any viewport. Focus goes back to the terminal.
 */
export async function terminalOnly(page: Page): Promise<void> {
  const views = page.getByRole('button', { name: 'Views' });
  if ((await views.getAttribute('aria-pressed')) === 'true') await views.click();
  await expect(views).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('.xterm-helper-textarea')).toBeFocused();
}

/**
 * Clears the screen (Ctrl-L), types a line and Enter, waits until `prompt` is back, and returns
 * the rows the line printed (between the echoed line and the new prompt).
 */
export async function run(page: Page, line: string, prompt: string | RegExp = PROMPT): Promise<string[]> {
  await page.locator('.xterm-helper-textarea').focus();
  await page.keyboard.press('Control+L');
  await expect.poll(async () => (await screen(page)).length, POLL).toBe(1);
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
  let rows: string[] = [];
  await expect
    .poll(async () => {
      rows = await screen(page);
      return rows.length > 1 && isPrompt(rows.at(-1), prompt);
    }, POLL)
    .toBe(true);
  expect(rows[0]?.endsWith(` ${line}`), `the typed line echoed in ${JSON.stringify(rows[0])}`).toBe(true);
  return rows.slice(1, -1);
}
