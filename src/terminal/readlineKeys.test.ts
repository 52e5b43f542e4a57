import { describe, expect, it } from 'vitest';
import type { Completer } from './completion';
import { prompt } from './editorHarness';

const LEFT = '\x1b[D';
const HOME = '\x1b[H';
const ALT_B = '\x1bb';
const ALT_F = '\x1bf';
const ALT_D = '\x1bd';
const ALT_BACKSPACE = '\x1b\x7f';
const ALT_Y = '\x1by';
const CTRL = { A: '\x01', D: '\x04', E: '\x05', K: '\x0b', U: '\x15', W: '\x17', Y: '\x19' };

describe('word moves (Alt-B, Alt-F), with readline words of letters and digits', () => {
  it('jumps back and forward word by word, stopping inside punctuation', async () => {
    const p = await prompt();
    await p.type('docker run --name=web nginx');
    await p.type(ALT_B);
    expect(p.screen.cursor().col).toBe(2 + 'docker run --name=web '.length);
    await p.type(ALT_B);
    expect(p.screen.cursor().col).toBe(2 + 'docker run --name='.length);
    await p.type(`${ALT_B}${ALT_B}`);
    expect(p.screen.cursor().col).toBe(2 + 'docker '.length);
    await p.type(ALT_F);
    expect(p.screen.cursor().col).toBe(2 + 'docker run'.length);
    await p.type(ALT_F);
    expect(p.screen.cursor().col).toBe(2 + 'docker run --name'.length);
    // Typing lands where the cursor is.
    await p.type('X');
    expect(p.screen.lines()).toEqual(['$ docker run --nameX=web nginx']);
  });

  it('stays put at the ends of the line', async () => {
    const p = await prompt();
    await p.type(`ls -l${ALT_F}`);
    expect(p.screen.cursor().col).toBe(7);
    await p.type(`${HOME}${ALT_B}`);
    expect(p.screen.cursor().col).toBe(2);
  });
});

describe('kills and yanks', () => {
  it('Ctrl-W then Ctrl-Y puts the word back', async () => {
    const p = await prompt();
    await p.type(`docker rm web${CTRL.W}`);
    expect(p.screen.lines()).toEqual(['$ docker rm']);
    await p.type(`stop ${CTRL.Y}`);
    expect(p.screen.lines()).toEqual(['$ docker rm stop web']);
  });

  it('consecutive backward kills join in order, so one yank restores both words', async () => {
    const p = await prompt();
    await p.type(`docker ps -a${CTRL.W}${CTRL.W}`);
    expect(p.screen.lines()).toEqual(['$ docker']);
    await p.type(CTRL.Y);
    expect(p.screen.lines()).toEqual(['$ docker ps -a']);
  });

  it('a forward kill after a backward one appends; a move in between starts a new entry', async () => {
    const p = await prompt();
    await p.type(`one two three${LEFT.repeat(6)}`); // cursor before "three"
    await p.type(`${CTRL.U}${CTRL.K}`);
    expect(p.screen.lines()).toEqual(['$']);
    await p.type(CTRL.Y);
    expect(p.screen.lines()).toEqual(['$ one two three']);
    // A cursor move breaks the chain: the next kill is its own entry.
    await p.type(`${LEFT}${CTRL.K}${HOME}${CTRL.K}${CTRL.Y}`);
    expect(p.screen.lines()).toEqual(['$ one two thre']);
  });

  it('Alt-D and Alt-Backspace kill readline words', async () => {
    const p = await prompt();
    await p.type(`docker run --name=web nginx${ALT_BACKSPACE}`);
    expect(p.screen.lines()).toEqual(['$ docker run --name=web']);
    await p.type(`${HOME}${ALT_D}${ALT_D}`);
    expect(p.screen.lines()).toEqual(['$  --name=web']);
    await p.type(CTRL.Y);
    expect(p.screen.lines()).toEqual(['$ docker run --name=web']);
  });

  it('Alt-Y right after Ctrl-Y swaps in the older kill', async () => {
    const p = await prompt();
    await p.type(`alpha${CTRL.U}beta${CTRL.U}${CTRL.Y}`);
    expect(p.screen.lines()).toEqual(['$ beta']);
    await p.type(ALT_Y);
    expect(p.screen.lines()).toEqual(['$ alpha']);
    await p.type(ALT_Y); // round the ring
    expect(p.screen.lines()).toEqual(['$ beta']);
    await p.type(`x${ALT_Y}`); // not after a yank: nothing
    expect(p.screen.lines()).toEqual(['$ betax']);
  });

  it('keeps the kill ring from one line to the next, as readline does', async () => {
    const p = await prompt();
    await p.type(`docker ps${CTRL.U}\recho ${CTRL.Y}`);
    expect(p.screen.lines()).toEqual(['$', '$ echo docker ps']);
  });

  it('yanks nothing from an empty ring', async () => {
    const p = await prompt();
    await p.type(`ls${CTRL.Y}`);
    expect(p.screen.lines()).toEqual(['$ ls']);
  });

  it('kills across a wrapped line and erases the rows it leaves', async () => {
    const p = await prompt({ cols: 10 });
    await p.type(`aaaa ${'b'.repeat(16)}`);
    expect(p.screen.lines()).toEqual(['$ aaaa bbb', 'bbbbbbbbbb', 'bbb']);
    await p.type(`${HOME}${ALT_F}${CTRL.K}`);
    expect(p.screen.lines()).toEqual(['$ aaaa']);
    // Ctrl-U right after Ctrl-K: one entry, the whole line.
    await p.type(CTRL.U);
    expect(p.screen.lines()).toEqual(['$']);
    await p.type(CTRL.Y);
    expect(p.screen.lines()).toEqual(['$ aaaa bbb', 'bbbbbbbbbb', 'bbb']);
  });
});

describe('Ctrl-D', () => {
  it('on an empty line reports end of input and writes nothing', async () => {
    const p = await prompt();
    await p.type(CTRL.D);
    expect(p.actions).toEqual([{ type: 'eof' }]);
    expect(p.screen.lines()).toEqual(['$']);
  });

  it('on a line deletes the character under the cursor, and does nothing at the end', async () => {
    const p = await prompt();
    await p.type(`docker pss${LEFT}${CTRL.D}`);
    expect(p.screen.lines()).toEqual(['$ docker ps']);
    await p.type(`${CTRL.E}${CTRL.D}`);
    expect(p.screen.lines()).toEqual(['$ docker ps']);
    expect(p.actions).toEqual([]);
  });
});

describe('Tab completion', () => {
  const words = ['run', 'rm', 'rmi', 'rename', 'restart', 'images', 'image'];
  /** Completes the last word of the line from `words`. */
  const complete: Completer = (line, cursor) => {
    const from = line.lastIndexOf(' ', cursor - 1) + 1;
    const word = line.slice(from, cursor);
    return { from, to: cursor, candidates: words.filter((w) => w.startsWith(word)) };
  };

  it('completes the only candidate and adds a space', async () => {
    const p = await prompt({ complete });
    await p.type('docker ru\t');
    expect(p.screen.lines()).toEqual(['$ docker run']);
    expect(p.state.buffer).toBe('docker run ');
  });

  it('completes the common prefix, then lists all on a second Tab and redraws the line', async () => {
    const p = await prompt({ complete, cols: 30 });
    await p.type('docker ima\t');
    expect(p.state.buffer).toBe('docker image');
    await p.type('\t');
    expect(p.screen.lines()).toEqual(['$ docker image', 'image   images', '$ docker image']);
    expect(p.screen.cursor()).toEqual({ row: 2, col: 14 });
    await p.type('s\r');
    expect(p.actions.at(-1)).toEqual({ type: 'submit', line: 'docker images' });
  });

  it('lists in columns, sorted down then across', async () => {
    const p = await prompt({ complete, cols: 30 });
    await p.type('docker r\t\t');
    // Longest is "restart" (7) + 2 = 9 cells: three columns in 30.
    expect(p.screen.lines()).toEqual(['$ docker r', 'rename   rm       run', 'restart  rmi', '$ docker r']);
  });

  it('rings the bell when nothing matches and leaves the line alone', async () => {
    const p = await prompt({ complete });
    let bells = 0;
    p.screen.term.onBell(() => bells++);
    await p.type('docker zz\t');
    expect(bells).toBe(1);
    expect(p.screen.lines()).toEqual(['$ docker zz']);
  });

  it('completes a word in the middle of the line and keeps what follows', async () => {
    const p = await prompt({ complete });
    await p.type(`docker ru hello${LEFT.repeat(6)}\t`);
    expect(p.screen.lines()).toEqual(['$ docker run  hello']);
    expect(p.screen.cursor().col).toBe(2 + 'docker run '.length);
  });
});
