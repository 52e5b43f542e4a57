import { describe, expect, it } from 'vitest';
import { setup } from './controllerHarness';

const PROMPT = 'learner@dockyard:~$';
const CONTAINER_PROMPT = /^root@[0-9a-f]{12}:\/# ?/;
const UP = '\x1b[A';

/** Starts an interactive ubuntu container and clears the screen, leaving its prompt. */
async function inContainer(t: Awaited<ReturnType<typeof setup>>) {
  await t.type('docker run -it ubuntu bash\r');
  const lines = await t.type('\x0c');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(CONTAINER_PROMPT);
  return (lines[0] as string).trimEnd();
}

describe('the > continuation prompt', () => {
  it('reads on after an open quote and runs the lines as one, newline included', async () => {
    const t = await setup();
    await t.type("echo 'one\r");
    expect(t.screen.lines().slice(-2)).toEqual([`${PROMPT} echo 'one`, '>']);
    await t.type('two\r');
    const lines = await t.type("three'\r");
    expect(lines.slice(-7)).toEqual([
      `${PROMPT} echo 'one`,
      '> two',
      "> three'",
      'one',
      'two',
      'three',
      PROMPT,
    ]);
    // One history entry, newlines and all, as bash keeps it.
    expect((await t.type('history\r')).slice(-5, -2)).toEqual(["    1  echo 'one", 'two', "three'"]);
  });

  it('joins a trailing backslash directly, as bash does', async () => {
    const t = await setup();
    await t.type('echo hello \\\r');
    const lines = await t.type('world\r');
    expect(lines.slice(-4)).toEqual([`${PROMPT} echo hello \\`, '> world', 'hello world', PROMPT]);
    expect((await t.type('history\r')).at(-3)).toBe('    1  echo hello world');
  });

  it('abandons the whole input on Ctrl-C, with $? 130', async () => {
    const t = await setup();
    await t.type('echo "never\r');
    await t.type('more\x03');
    const lines = await t.type('echo $?\r');
    expect(lines.slice(-5)).toEqual([
      `${PROMPT} echo "never`,
      '> more^C',
      `${PROMPT} echo $?`,
      '130',
      PROMPT,
    ]);
  });

  it("ends the input on Ctrl-D at an empty > with bash's EOF error", async () => {
    const t = await setup();
    await t.type("echo 'open\r");
    const lines = await t.type('\x04');
    expect(lines.slice(-4)).toEqual([
      `${PROMPT} echo 'open`,
      '>',
      "bash: unexpected EOF while looking for matching `''",
      PROMPT,
    ]);
  });

  it('runs each line of a pasted block, continuing where a quote spans lines', async () => {
    const t = await setup();
    const lines = await t.type("\x1b[200~echo first\necho 'a\nb'\x1b[201~\r");
    expect(lines.slice(-7)).toEqual([
      `${PROMPT} echo first`,
      'first',
      `${PROMPT} echo 'a`,
      "> b'",
      'a',
      'b',
      PROMPT,
    ]);
  });
});

describe('Ctrl-D on an empty line', () => {
  it('does nothing on the host: no output, same prompt', async () => {
    const t = await setup();
    const before = await t.type('');
    expect(await t.type('\x04')).toEqual(before);
    expect(await t.type('echo still here\r')).toContain('still here');
  });

  it('leaves a container shell as exit does, printing exit', async () => {
    const t = await setup();
    const prompt = await inContainer(t);
    const lines = await t.type('\x04');
    expect(lines).toEqual([`${prompt} exit`, PROMPT]);
    expect((await t.type('docker ps -a\r')).join('\n')).toMatch(/Exited \(0\)/);
  });
});

describe('history per shell', () => {
  it('up and Ctrl-R inside a container recall its own lines, and the host keeps its own', async () => {
    const t = await setup();
    await t.type('echo on-host\r');
    const prompt = await inContainer(t);
    // Nothing typed in the container yet: up has nothing to recall.
    expect((await t.type(UP)).at(-1)).toBe(prompt);
    await t.type('echo inside\r');
    expect((await t.type(UP)).at(-1)).toBe(`${prompt} echo inside`);
    // "o" finds the container's line, "on" nothing more: bash keeps showing the last match.
    expect((await t.type('\x15\x12on-')).at(-1)).toBe("(failed reverse-i-search)`on-': echo inside");
    await t.type('\x07exit\r');
    expect((await t.type(UP)).at(-1)).toBe(`${PROMPT} docker run -it ubuntu bash`);
    expect((await t.type(`\x15\x12on-`)).at(-1)).toBe("(reverse-i-search)`on-': echo on-host");
  });

  it('!! reruns the previous line, shown before its output', async () => {
    const t = await setup();
    await t.type('echo again\r');
    const lines = await t.type('!!\r');
    expect(lines.slice(-4)).toEqual([`${PROMPT} !!`, 'echo again', 'again', PROMPT]);
  });
});

describe('Tab in the controller', () => {
  it('asks the completer with the session of the moment', async () => {
    const seen: number[] = [];
    const t = await setup({
      complete: (session, line, cursor) => {
        seen.push(session.history.length);
        return { from: line.lastIndexOf(' ', cursor - 1) + 1, to: cursor, candidates: ['run'] };
      },
    });
    await t.type('echo one\r');
    expect((await t.type('docker r\t')).at(-1)).toBe(`${PROMPT} docker run`);
    expect(seen).toEqual([1]);
  });
});

describe('typing that leaving the page would lose', () => {
  it('is there while a line, a > input or a search is open, and gone at an empty prompt', async () => {
    const t = await setup();
    expect(t.controller.hasInput).toBe(false);
    await t.type('docker ps');
    expect(t.controller.hasInput).toBe(true);
    await t.type('\x15');
    expect(t.controller.hasInput).toBe(false);
    await t.type("echo 'a\r");
    expect(t.controller.hasInput).toBe(true);
    await t.type('\x03\x12');
    expect(t.controller.hasInput).toBe(true);
    await t.type('\x07');
    expect(t.controller.hasInput).toBe(false);
  });
});
