/**
 * State that is never lost, in Chromium: two pages of one browser share the daemon live, a page
 * whose IndexedDB refuses still works and says so, and a world survives export → reset → import.
 * Commands are typed into the real terminal and read back from the rows xterm paints.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { POLL, PROMPT, run, screen, terminalOnly } from './support/terminal';

const PS_HEADER = /^CONTAINER ID\s+IMAGE\s+COMMAND\s+CREATED\s+STATUS\s+PORTS\s+NAMES$/;
const PS_HELLO_ROW =
  /^([0-9a-f]{12})\s{3}hello-world\s{3}"\/hello"\s{3}.+ago\s+Exited \(0\) .+ ago\s{3,}([a-z]+_[a-z]+)$/;

/** Opens the playground at instant speed, ready for input. */
async function openPlayground(page: Page): Promise<void> {
  await page.goto('/');
  await expect.poll(async () => (await screen(page)).at(-1), POLL).toBe(PROMPT);
  await terminalOnly(page);
  await page.getByRole('radio', { name: 'Instant' }).check();
  await expect(page.locator('.xterm-helper-textarea')).toBeFocused();
}

/** `docker ps -a` as id and name per container, the columns that do not drift with time. */
async function containers(page: Page): Promise<string[]> {
  const [header, ...rows] = await run(page, 'docker ps -a');
  expect(header).toMatch(PS_HEADER);
  return rows.map((row) => {
    const [, id, name] = PS_HELLO_ROW.exec(row) ?? [];
    expect(id, `a hello-world row in ${JSON.stringify(row)}`).toBeTruthy();
    return `${id} ${name}`;
  });
}

const notices = (page: Page) => page.getByRole('status', { name: 'Storage' });

test('two pages of one browser are two clients of one daemon', async ({ context }) => {
  const one = await context.newPage();
  const two = await context.newPage();
  await openPlayground(one);
  await openPlayground(two);
  // A mark that a reload would wipe out.
  await two.evaluate(() => {
    (window as { notReloaded?: boolean }).notReloaded = true;
  });
  expect(await containers(two)).toEqual([]);

  expect(await run(one, 'docker run hello-world')).toContain('Hello from Docker!');
  const seenInOne = await containers(one);
  expect(seenInOne).toHaveLength(1);

  // Page 2 was not touched: its next command sees page 1's container.
  await expect.poll(() => containers(two), POLL).toEqual(seenInOne);
  // The image came across too: no pull this time.
  expect((await run(two, 'docker run hello-world')).join('\n')).not.toContain('Unable to find image');
  await expect.poll(async () => (await containers(one)).length, POLL).toBe(2);
  expect(await two.evaluate(() => (window as { notReloaded?: boolean }).notReloaded)).toBe(true);
});

test('a page whose IndexedDB open fails still runs docker and says what is not saved', async ({ page }) => {
  await page.addInitScript(() => {
    const refuse = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
    Object.defineProperty(IDBFactory.prototype, 'open', { value: refuse });
  });
  await openPlayground(page);
  await expect(notices(page)).toHaveText(
    'This browser refused storage: your work will not survive a reload.',
  );
  const hello = await run(page, 'docker run hello-world');
  expect(hello).toContain('Hello from Docker!');
  expect(await containers(page)).toHaveLength(1);
  await page.getByRole('button', { name: 'Dismiss notice' }).click();
  await expect(notices(page)).toHaveText('');
});

test('export, then reset, then import brings back docker ps -a', async ({ page }) => {
  await openPlayground(page);
  await run(page, 'docker run hello-world');
  await run(page, 'docker run hello-world');
  const before = await containers(page);
  expect(before).toHaveLength(2);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^dockyard-\d{4}-\d{2}-\d{2}\.json$/);
  const saved = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(saved);

  await page.getByRole('button', { name: 'Reset…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset the playground?' });
  await expect(dialog).toBeVisible();
  // Focus starts on the safe choice; Escape would cancel.
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Reset playground' }).click();
  await expect(dialog).toBeHidden();
  await expect(notices(page)).toHaveText('Your playground was reset: no images, no containers, no history.');
  expect(await containers(page)).toEqual([]);
  expect(await run(page, 'docker images')).toHaveLength(1);

  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await choosing).setFiles(saved);
  await expect(notices(page)).toContainText(
    `Imported ${download.suggestedFilename()}: 2 containers, 1 image.`,
  );
  expect(await containers(page)).toEqual(before);

  // And it is stored, not only shown: a reload finds it.
  await page.reload();
  await expect.poll(async () => (await screen(page)).at(-1), POLL).toBe(PROMPT);
  expect(await containers(page)).toEqual(before);
});

test('import refuses a hostile file and changes nothing', async ({ page }) => {
  await openPlayground(page);
  await run(page, 'docker run hello-world');
  const before = await containers(page);
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await choosing).setFiles({
    name: 'evil.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      '{"format":"dockyard-export","version":1,"session":{"constructor":{"prototype":{}}}}',
    ),
  });
  await expect(notices(page)).toHaveText(
    'This file was not imported: it contains a forbidden key "prototype". Your playground is unchanged.',
  );
  expect(await containers(page)).toEqual(before);
});

test('axe finds no accessibility violations on the main page', async ({ page }) => {
  await openPlayground(page);
  await run(page, 'docker run hello-world');
  // A notice is showing too, so its close button is checked as well.
  await page.getByRole('button', { name: 'Export' }).click();
  await expect(notices(page)).toContainText('Exported your playground');
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
});
