import { describe, expect, it } from 'vitest';
import { prompt } from './editorHarness';
import { emptyLine, feed, visibleWidth } from './lineEditor';

const LEFT = '\x1b[D';
const RIGHT = '\x1b[C';
const UP = '\x1b[A';
const DOWN = '\x1b[B';
const HOME = '\x1b[H';
const END = '\x1b[F';

describe('line editor, as seen on a terminal', () => {
  it('fixes a typo in the middle of the line and submits the corrected line', async () => {
    const p = await prompt();
    await p.type('docker imgaes');
    expect(p.screen.lines()).toEqual(['$ docker imgaes']);
    // Back to between `g` and `a`, drop the `g`, step over the `a`, put the `g` back.
    await p.type(`${LEFT}${LEFT}${LEFT}\x7f${RIGHT}g`);
    expect(p.screen.lines()).toEqual(['$ docker images']);
    expect(p.screen.cursor()).toEqual({ row: 0, col: 13 });
    await p.type('\r');
    expect(p.actions).toEqual([{ type: 'submit', line: 'docker images' }]);
    expect(p.screen.lines()).toEqual(['$ docker images', '$']);
    expect(p.screen.cursor()).toEqual({ row: 1, col: 2 });
  });

  it('submits the whole line when Enter is pressed with the cursor in the middle', async () => {
    const p = await prompt();
    await p.type(`docker ps -a${HOME}`);
    await p.type('\r');
    expect(p.actions).toEqual([{ type: 'submit', line: 'docker ps -a' }]);
    expect(p.screen.lines()).toEqual(['$ docker ps -a', '$']);
  });

  it('browses history with up and down and brings the draft back', async () => {
    const p = await prompt({ history: ['docker images', 'docker run hello-world'] });
    await p.type('docker p');
    await p.type(UP);
    expect(p.screen.lines()).toEqual(['$ docker run hello-world']);
    await p.type(UP);
    expect(p.screen.lines()).toEqual(['$ docker images']);
    expect(p.screen.cursor()).toEqual({ row: 0, col: 15 });
    await p.type(UP); // nothing older: stays
    expect(p.screen.lines()).toEqual(['$ docker images']);
    await p.type(DOWN);
    expect(p.screen.lines()).toEqual(['$ docker run hello-world']);
    await p.type(DOWN);
    expect(p.screen.lines()).toEqual(['$ docker p']);
    await p.type(DOWN); // already on the draft
    expect(p.screen.lines()).toEqual(['$ docker p']);
    await p.type('s\r');
    expect(p.actions).toEqual([{ type: 'submit', line: 'docker ps' }]);
  });

  it('recalls the line just submitted', async () => {
    const p = await prompt();
    await p.type(`docker ps\r${UP}`);
    expect(p.screen.lines()).toEqual(['$ docker ps', '$ docker ps']);
  });

  it('edits a line that wraps over several rows', async () => {
    const p = await prompt({ cols: 10 });
    await p.type('abcdefghijklmnop');
    expect(p.screen.lines()).toEqual(['$ abcdefgh', 'ijklmnop']);
    expect(p.screen.cursor()).toEqual({ row: 1, col: 8 });
    await p.type(`${HOME}X`);
    expect(p.screen.lines()).toEqual(['$ Xabcdefg', 'hijklmnop']);
    expect(p.screen.cursor()).toEqual({ row: 0, col: 3 });
    // Left across the row boundary and back.
    await p.type(`\x05${LEFT.repeat(10)}`);
    expect(p.screen.cursor()).toEqual({ row: 0, col: 9 });
    await p.type(`${RIGHT}`);
    expect(p.screen.cursor()).toEqual({ row: 1, col: 0 });
    // Shrinking back to one row erases the second row.
    await p.type('\x0b');
    expect(p.screen.lines()).toEqual(['$ Xabcdefg']);
    await p.type('\x7f\x7f');
    expect(p.screen.lines()).toEqual(['$ Xabcde']);
    expect(p.screen.cursor()).toEqual({ row: 0, col: 8 });
  });

  it('keeps the cursor right when the line ends exactly at the right margin', async () => {
    const p = await prompt({ cols: 10 });
    await p.type('abcdefgh');
    expect(p.screen.lines()).toEqual(['$ abcdefgh']);
    expect(p.screen.cursor()).toEqual({ row: 1, col: 0 });
    await p.type('i');
    expect(p.screen.lines()).toEqual(['$ abcdefgh', 'i']);
    await p.type('\x7f');
    expect(p.screen.cursor()).toEqual({ row: 1, col: 0 });
    await p.type('\x7f');
    expect(p.screen.lines()).toEqual(['$ abcdefg']);
    expect(p.screen.cursor()).toEqual({ row: 0, col: 9 });
    await p.type(`h${LEFT}`);
    expect(p.screen.cursor()).toEqual({ row: 0, col: 9 });
    // Enter from a full row: the next prompt follows directly, no blank row in between.
    await p.type('\r');
    expect(p.screen.lines()).toEqual(['$ abcdefgh', '$']);
  });

  it('abandons the line on Ctrl-C, showing ^C, and reports an interrupt', async () => {
    const p = await prompt();
    await p.type(`docker rm web${LEFT}${LEFT}\x03`);
    expect(p.screen.lines()).toEqual(['$ docker rm web^C', '$']);
    expect(p.actions).toEqual([{ type: 'interrupt' }]);
    expect(p.state).toEqual(emptyLine);
    expect(p.history).toEqual([]);
  });

  it('clears the screen on Ctrl-L and keeps the line and cursor', async () => {
    const p = await prompt({ history: ['x'] });
    await p.type('echo one\r');
    await p.type(`docker ps${LEFT}${LEFT}\x0c`);
    expect(p.screen.lines()).toEqual(['$ docker ps']);
    expect(p.screen.cursor()).toEqual({ row: 0, col: 9 });
    expect(p.actions.at(-1)).toEqual({ type: 'clear' });
    await p.type('-a \r');
    expect(p.actions.at(-1)).toEqual({ type: 'submit', line: 'docker -a ps' });
  });

  it('deletes, jumps and kills with the usual keys', async () => {
    const p = await prompt();
    await p.type(`docker  ps${HOME}\x1b[3~`); // Delete at the start
    expect(p.screen.lines()).toEqual(['$ ocker  ps']);
    await p.type(`\x1bOF\x17`); // End, Ctrl-W: the word goes, the spaces before it stay
    expect(p.state.buffer).toBe('ocker  ');
    await p.type(`\x1bOHd${END}\x7fimages`); // Home (SS3), type, End (CSI)
    expect(p.screen.lines()).toEqual(['$ docker images']);
    await p.type(`\x01\x06\x06\x0b`); // Ctrl-A, Ctrl-F twice, Ctrl-K
    expect(p.screen.lines()).toEqual(['$ do']);
    await p.type(`\x05\x02\x15`); // Ctrl-E, Ctrl-B, Ctrl-U
    expect(p.screen.lines()).toEqual(['$ o']);
    expect(p.screen.cursor()).toEqual({ row: 0, col: 2 });
  });

  it('ignores keys it does not handle instead of printing their bytes', async () => {
    const p = await prompt();
    await p.type('ls\x1bOP\x1b[15~\x1bx\x1b[1;5A\x07\t\x1b');
    expect(p.screen.lines()).toEqual(['$ ls']);
    expect(p.state.buffer).toBe('ls');
  });

  it('runs pasted lines one after another and keeps the unfinished last one', async () => {
    const p = await prompt();
    await p.type('\x1b[200~docker images\r\ndocker ps -a\ndocker p\x1b[201~');
    expect(p.actions).toEqual([
      { type: 'submit', line: 'docker images' },
      { type: 'submit', line: 'docker ps -a' },
    ]);
    expect(p.screen.lines()).toEqual(['$ docker images', '$ docker ps -a', '$ docker p']);
  });

  it('hands back what follows an action, so the host can run the line first', () => {
    const env = { prompt: '$ ', columns: 80, history: [] };
    const first = feed(emptyLine, 'ls\rpwd\r', env);
    expect(first.action).toEqual({ type: 'submit', line: 'ls' });
    expect(first.rest).toBe('pwd\r');
    const pasted = feed(emptyLine, '\x1b[200~a\nb\x1b[201~c', env);
    expect(pasted.rest).toBe('\x1b[200~b\x1b[201~c');
    // Pasted escape sequences are text, never keys.
    const literal = feed(emptyLine, '\x1b[200~a\x1b[Db\x1b[201~', env);
    expect(literal.state.buffer).toBe('a[Db');
  });

  it('measures a coloured prompt by its visible cells', async () => {
    const coloured = '\x1b[1;32mlearner@dockyard\x1b[0m:~$ ';
    expect(visibleWidth(coloured)).toBe(20);
    // A prompt exactly as wide as the terminal: typing starts on the next row.
    const p = await prompt({ cols: 20, prompt: coloured });
    expect(p.screen.cursor()).toEqual({ row: 1, col: 0 });
    await p.type(`ab${LEFT}X`);
    expect(p.screen.lines()).toEqual(['learner@dockyard:~$', 'aXb']);
    expect(p.screen.cursor()).toEqual({ row: 1, col: 2 });
  });

  const a29b29 = `${'a'.repeat(29)}${'b'.repeat(29)}`;
  it.each([
    { from: 40, to: 20, keys: a29b29, line: a29b29, left: 0 },
    { from: 40, to: 20, keys: `${a29b29}${LEFT.repeat(3)}`, line: a29b29, left: 3 },
    { from: 40, to: 30, keys: a29b29, line: a29b29, left: 0 },
    { from: 20, to: 40, keys: `${a29b29}${LEFT.repeat(5)}`, line: a29b29, left: 5 },
    { from: 20, to: 40, keys: a29b29, line: a29b29, left: 0 },
    // The line ends exactly at the right margin (2 + 38 = 2 × 20), reached in three ways.
    { from: 20, to: 15, keys: 'c'.repeat(38), line: 'c'.repeat(38), left: 0 },
    { from: 20, to: 15, keys: `${'c'.repeat(39)}\x7f`, line: 'c'.repeat(38), left: 0 },
    { from: 20, to: 15, keys: `${'c'.repeat(38)}\x0c`, line: 'c'.repeat(38), left: 0 },
    { from: 20, to: 15, keys: `${'c'.repeat(40)}${LEFT.repeat(2)}\x0b`, line: 'c'.repeat(38), left: 0 },
  ])('redraws a wrapped line when the width goes from $from to $to (case %#)', async (c) => {
    const p = await prompt({ cols: c.from });
    await p.type('\x0cecho above\r');
    await p.type(c.keys);
    await p.resize(c.to);
    const cells = `$ ${c.line}`;
    const rows: string[] = [];
    for (let i = 0; i < cells.length; i += c.to) rows.push(cells.slice(i, i + c.to));
    // Ctrl-L among the keys clears the line above away.
    const above = c.keys.includes('\x0c') ? [] : ['$ echo above'];
    expect(p.screen.lines()).toEqual([...above, ...rows]);
    const offset = 2 + c.line.length - c.left;
    expect(p.screen.cursor()).toEqual({ row: above.length + Math.floor(offset / c.to), col: offset % c.to });
    // Editing goes on at the new width.
    await p.type('XY\r');
    const at = c.line.length - c.left;
    expect(p.actions.at(-1)).toEqual({ type: 'submit', line: `${c.line.slice(0, at)}XY${c.line.slice(at)}` });
  });

  it('keeps a line whole through a resize that lands its end on the margin, then another', async () => {
    const p = await prompt({ cols: 30 });
    await p.type('\x0cecho above\r');
    await p.type('d'.repeat(38));
    await p.resize(20); // 2 + 38 cells: exactly two rows
    expect(p.screen.lines()).toEqual(['$ echo above', `$ ${'d'.repeat(18)}`, 'd'.repeat(20)]);
    await p.resize(15);
    expect(p.screen.lines()).toEqual(['$ echo above', `$ ${'d'.repeat(13)}`, 'd'.repeat(15), 'd'.repeat(10)]);
    expect(p.screen.cursor()).toEqual({ row: 3, col: 10 });
  });
});

describe('a history entry that continued on > (it holds newlines)', () => {
  const entry = "echo 'one\ntwo'";

  it('shows on several rows when recalled, and edits and leaves cleanly', async () => {
    const p = await prompt({ history: [entry] });
    await p.type(UP);
    expect(p.screen.lines()).toEqual(["$ echo 'one", "two'"]);
    expect(p.screen.cursor()).toEqual({ row: 1, col: 4 });
    await p.type(`\x01X`);
    expect(p.screen.lines()).toEqual(["$ Xecho 'one", "two'"]);
    expect(p.screen.cursor()).toEqual({ row: 0, col: 3 });
    await p.type(`\x05${LEFT}${LEFT}\x7f`);
    expect(p.screen.lines()).toEqual(["$ Xecho 'one", "to'"]);
    await p.type(DOWN); // back to the empty draft: both rows go
    expect(p.screen.lines()).toEqual(['$']);
    await p.type(`${UP}\r`);
    expect(p.actions).toEqual([{ type: 'submit', line: entry }]);
    expect(p.screen.lines()).toEqual(["$ echo 'one", "two'", '$']);
  });

  it('erases the rest of a row a newline now ends early', async () => {
    const p = await prompt({ history: [entry] });
    await p.type('echo onetwothree');
    await p.type(UP);
    expect(p.screen.lines()).toEqual(["$ echo 'one", "two'"]);
  });

  it('keeps rows right when a row before the newline is exactly full', async () => {
    const p = await prompt({ cols: 10, history: ['abcdefgh\nxy'] });
    await p.type(UP);
    expect(p.screen.lines()).toEqual(['$ abcdefgh', '', 'xy']);
    expect(p.screen.cursor()).toEqual({ row: 2, col: 2 });
    await p.type('\x01');
    expect(p.screen.cursor()).toEqual({ row: 0, col: 2 });
    await p.type('\x05\x7f\x7f\x7f');
    expect(p.screen.lines()).toEqual(['$ abcdefgh']);
  });
});
