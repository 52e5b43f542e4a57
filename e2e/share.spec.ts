/**
 * Share links and the transcript, between machines that share nothing: each side is a fresh
 * browser context. A link rebuilds the same containers (ids and names) and opens the lesson step;
 * a tampered one is refused with a message; a learner with a playground of their own is asked.
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { POLL, PROMPT, run, terminalOnly, waitForPrompt } from './support/terminal';

// Several browser contexts and whole demos per test: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 90_000 });

const notices = (page: Page) => page.getByRole('status', { name: 'Storage' });

/** A new machine: its own browser context, the page open at instant speed. */
async function machine(browser: Browser, path: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(path);
  // A first visit opens storage and builds a page: slow on a loaded machine, so wait longer once.
  await expect(page.locator('.xterm-rows')).toContainText(PROMPT, { timeout: 20_000 });
  await waitForPrompt(page);
  // Presenter mode has no header, and its own pace.
  if (!path.includes('present')) await page.getByRole('radio', { name: 'Instant' }).check();
  return page;
}

/** `docker ps -a` as id, image, command, status and name: the columns that do not move with the clock. */
async function containers(page: Page): Promise<string[]> {
  const rows = await run(page, 'docker ps -a');
  expect(rows[0]).toMatch(/^CONTAINER ID\s+IMAGE\s+COMMAND\s+CREATED\s+STATUS\s+PORTS\s+NAMES$/);
  return rows.slice(1).map((row) => {
    const [id, image, command, , status = '', ...rest] = row.split(/\s{3,}/);
    const state = status.replace(/ [^()]* ago$/, '').replace(/^Up .*/, 'Up');
    return [id, image, command, state, rest.at(-1)].join(' | ');
  });
}

/** Builds a playground on `page` and returns its share link. */
async function shareFrom(page: Page): Promise<string> {
  await terminalOnly(page);
  await run(page, 'docker run hello-world');
  await run(page, 'docker run --name greeter hello-world');
  await run(page, 'docker rm greeter');
  await run(page, 'docker run hello-world');
  await page.evaluate(() => {
    window.location.hash = '#/lessons/1/2';
  });
  await page.getByRole('button', { name: 'Share' }).click();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  await page.getByRole('button', { name: 'Close' }).click();
  return link;
}

test('a share link opened on a fresh machine reproduces docker ps -a and the lesson step', async ({
  browser,
}) => {
  const here = await machine(browser, '/');
  const link = await shareFrom(here);
  expect(link.length).toBeLessThan(2000);
  const expected = await containers(here);
  expect(expected).toHaveLength(2);
  expect(expected[0]).toMatch(/^[0-9a-f]{12} \| hello-world \| "\/hello" \| Exited \(0\) \| [a-z]+_[a-z]+$/);

  const there = await machine(browser, link.replace(/^https?:\/\/[^/]+/, ''));
  await expect(notices(there)).toContainText('Opened the shared link: a playground built by 4 commands');
  await expect(there.getByRole('tab', { name: 'Lessons' })).toHaveAttribute('aria-selected', 'true');
  expect(new URL(there.url()).hash).toBe('#/lessons/1/2');
  // Opened once: a reload does not open it again.
  expect(new URL(there.url()).searchParams.has('share')).toBe(false);
  await terminalOnly(there);
  expect(await containers(there)).toEqual(expected);
});

test('a tampered link is refused with a message and changes nothing', async ({ browser }) => {
  const here = await machine(browser, '/');
  const link = new URL(await shareFrom(here));
  const value = link.searchParams.get('share') ?? '';
  const [version, payload = '', sum] = value.split('.');
  const i = 20;
  link.searchParams.set(
    'share',
    `${version}.${payload.slice(0, i)}${payload[i] === 'x' ? 'y' : 'x'}${payload.slice(i + 1)}.${sum}`,
  );

  const there = await machine(browser, `${link.pathname}${link.search}`);
  await expect(notices(there)).toContainText(
    'This link was not opened: it is damaged or was changed after it was shared. Your playground is unchanged.',
  );
  await expect(there.getByRole('dialog')).toHaveCount(0);
  await terminalOnly(there);
  expect(await run(there, 'docker ps -a')).toHaveLength(1);
});

test('a learner with a playground of their own is asked first, and may keep it', async ({ browser }) => {
  const link = await shareFrom(await machine(browser, '/'));
  const learner = await machine(browser, '/');
  await terminalOnly(learner);
  await run(learner, 'docker run --name mine hello-world');
  const own = await containers(learner);

  await learner.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  const ask = learner.getByRole('dialog', { name: 'Open the shared playground?' });
  await expect(ask).toContainText(
    'It replaces your own playground (1 container, 1 image, 2 commands of history)',
  );
  await expect(ask.getByRole('button', { name: 'Keep mine' })).toBeFocused();
  await ask.getByRole('button', { name: 'Keep mine' }).click();
  await expect(notices(learner)).toContainText('Kept your own playground');
  await learner.locator('.xterm-helper-textarea').focus();
  expect(await containers(learner)).toEqual(own);

  await learner.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  await learner.getByRole('button', { name: 'Open the shared one' }).click();
  await expect(notices(learner)).toContainText('Opened the shared link');
  await learner.locator('.xterm-helper-textarea').focus();
  await expect.poll(async () => (await containers(learner)).length, POLL).toBe(2);
});

test('Export transcript saves the session as npm run sim prints it, and as a shell script', async ({
  browser,
}) => {
  const lines = [
    'docker run hello-world',
    'docker images',
    'docker ps -a --format "{{.ID}} {{.Names}}"',
    'nosuchcommand',
    'docker rmi hello-world',
  ];
  const page = await machine(browser, '/?seed=5');
  await terminalOnly(page);
  for (const line of lines) await run(page, line);

  await page.getByRole('button', { name: 'Transcript' }).click();
  const text = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Transcript (.txt)' }).click();
  const saved = await readFile((await (await text).path()) ?? '', 'utf8');
  const sim = execFileSync('npx', ['tsx', 'src/node/sim.ts', '--seed', '5'], {
    input: `${lines.join('\n')}\n`,
  }).toString();
  expect(saved).toBe(sim);
  expect(saved).toContain('Error response from daemon: conflict: unable to remove repository reference');

  await page.getByRole('button', { name: 'Transcript' }).click();
  const script = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Shell script (.sh)' }).click();
  const sh = await readFile((await (await script).path()) ?? '', 'utf8');
  expect(sh.startsWith('#!/bin/sh\n')).toBe(true);
  expect(sh.split('\n').filter((l) => l !== '' && !l.startsWith('#'))).toEqual(
    lines.filter((l) => l.startsWith('docker')),
  );
  expect(sh).toContain('# nosuchcommand  # (not a command here)');
});

test('a link made in the demo editor brings its demo to the class', async ({ browser }) => {
  const presenter = await machine(browser, '/?present');
  await presenter.getByRole('button', { name: 'Demo…' }).click();
  await presenter
    .getByRole('textbox', { name: /One command a line/ })
    .fill('# Title: Ports\n# Publish a port.\ndocker run -d -p 8080:80 nginx\ndocker ps\n');
  await presenter.getByRole('button', { name: 'Link with this demo' }).click();
  const link = await presenter
    .getByRole('textbox', { name: 'Link to this playground and demo' })
    .inputValue();
  expect(link.length).toBeLessThan(2000);

  const learner = await machine(browser, link.replace(/^https?:\/\/[^/]+/, ''));
  await expect(notices(learner)).toContainText(
    'and the demo “Ports”. Press Present to step through the demo.',
  );
  await learner.getByRole('button', { name: 'Present' }).click();
  const bar = learner.getByRole('region', { name: 'Demo' });
  await expect(bar).toContainText('Ports · step 1 of 2');
  await expect(bar).toContainText('Next: docker run -d -p 8080:80 nginx — Publish a port.');
  await learner.getByRole('button', { name: 'Demo…' }).click();
  await expect(learner.getByRole('textbox', { name: /One command a line/ })).toHaveValue(
    /^# Title: Ports\n# Publish a port\./,
  );
});

test('a link shared in the middle of a lesson opens its world and its step elsewhere', async ({
  browser,
}) => {
  const here = await machine(browser, '/#/lessons/3');
  await here.getByRole('button', { name: 'Start lesson' }).click();
  await expect(here.getByText('Step 1 of 6')).toBeVisible();
  await here.locator('.xterm-helper-textarea').focus();
  await here.keyboard.type('docker run -d --name web nginx');
  await here.keyboard.press('Enter');
  await expect(here.getByText('Step 2 of 6')).toBeVisible();
  await waitForPrompt(here);
  await here.getByRole('button', { name: 'Share' }).click();
  const link = await here.getByRole('textbox', { name: 'Share link' }).inputValue();
  await here.getByRole('button', { name: 'Close' }).click();
  expect(new URL(link).hash).toBe('#/lessons/3/2');
  await terminalOnly(here);
  const expected = await containers(here);
  expect(expected).toEqual([
    expect.stringMatching(/^[0-9a-f]{12} \| nginx \| "\/docker-entrypoint\.…" \| Up \| web$/),
  ]);

  const there = await machine(browser, link.replace(/^https?:\/\/[^/]+/, ''));
  await expect(notices(there)).toContainText(
    'Opened the shared link: a playground built by 1 command (seed 3), lesson 3 step 2',
  );
  await expect(there.getByRole('heading', { name: 'Lesson 3: The container lifecycle' })).toBeVisible();
  await terminalOnly(there);
  expect(await containers(there)).toEqual(expected);
  // The lesson's setup came too: nginx is there without a pull.
  expect((await run(there, 'docker images --format {{.Repository}}')).sort()).toEqual(['nginx']);
});
