import { describe, expect, it } from 'vitest';
import { prompt } from './editorHarness';

const CTRL_R = '\x12';
const CTRL_G = '\x07';
const HISTORY = ['docker pull nginx', 'docker images', 'docker run -d nginx', 'echo done', 'docker ps'];

describe('Ctrl-R reverse search, as bash shows it', () => {
  it('shows the empty search prompt, then the newest match as the query grows', async () => {
    const p = await prompt({ history: HISTORY, cols: 60 });
    await p.type(CTRL_R);
    expect(p.screen.lines()).toEqual(["(reverse-i-search)`':"]);
    await p.type('ng');
    expect(p.screen.lines()).toEqual(["(reverse-i-search)`ng': docker run -d nginx"]);
    // The cursor sits on the match.
    expect(p.screen.cursor().col).toBe("(reverse-i-search)`ng': docker run -d ".length);
    await p.type('inx');
    expect(p.screen.lines()).toEqual(["(reverse-i-search)`nginx': docker run -d nginx"]);
  });

  it('steps to older matches with Ctrl-R, skipping repeats of the same line', async () => {
    const p = await prompt({ history: ['docker pull nginx', 'docker ps', 'docker ps', 'ls'], cols: 60 });
    await p.type(`${CTRL_R}docker`);
    expect(p.screen.lines()).toEqual(["(reverse-i-search)`docker': docker ps"]);
    await p.type(CTRL_R);
    expect(p.screen.lines()).toEqual(["(reverse-i-search)`docker': docker pull nginx"]);
    await p.type(CTRL_R); // nothing older
    expect(p.screen.lines()).toEqual(["(failed reverse-i-search)`docker': docker pull nginx"]);
  });

  it('finds an earlier place in the same line before going to an older line', async () => {
    const p = await prompt({ history: ['echo a', 'echo b; echo c'], cols: 60 });
    await p.type(`${CTRL_R}echo`);
    expect(p.screen.cursor().col).toBe("(reverse-i-search)`echo': echo b; ".length);
    await p.type(CTRL_R);
    expect(p.screen.lines()).toEqual(["(reverse-i-search)`echo': echo b; echo c"]);
    expect(p.screen.cursor().col).toBe("(reverse-i-search)`echo': ".length);
    await p.type(CTRL_R);
    expect(p.screen.lines()).toEqual(["(reverse-i-search)`echo': echo a"]);
  });

  it('says failed when nothing matches, keeping the last match, and recovers on Backspace', async () => {
    const p = await prompt({ history: HISTORY, cols: 60 });
    await p.type(`${CTRL_R}echo x`);
    expect(p.screen.lines()).toEqual(["(failed reverse-i-search)`echo x': echo done"]);
    await p.type('\x7f');
    expect(p.screen.lines()).toEqual(["(reverse-i-search)`echo ': echo done"]);
  });

  it('runs the match on Enter, shown under the normal prompt', async () => {
    const p = await prompt({ history: HISTORY, cols: 60 });
    await p.type(`${CTRL_R}pull\r`);
    expect(p.actions).toEqual([{ type: 'submit', line: 'docker pull nginx' }]);
    expect(p.screen.lines()).toEqual(['$ docker pull nginx', '$']);
  });

  it('puts the match on the line for editing on Escape or an arrow key', async () => {
    const p = await prompt({ history: HISTORY, cols: 60 });
    await p.type(`${CTRL_R}images\x1b`);
    expect(p.screen.lines()).toEqual(['$ docker images']);
    expect(p.screen.cursor().col).toBe(2 + 'docker '.length);
    await p.type(`\x05 -a`);
    expect(p.screen.lines()).toEqual(['$ docker images -a']);

    const q = await prompt({ history: HISTORY, cols: 60 });
    await q.type(`${CTRL_R}images\x1b[D`); // Left ends the search, then moves
    expect(q.screen.lines()).toEqual(['$ docker images']);
    expect(q.screen.cursor().col).toBe(2 + 'docker'.length);
    // Up from an accepted match goes on from its place in history.
    await q.type('\x1b[A');
    expect(q.screen.lines()).toEqual(['$ docker pull nginx']);
  });

  it('gives up on Ctrl-G and brings back the line as it was', async () => {
    const p = await prompt({ history: HISTORY, cols: 60 });
    await p.type(`docker v\x1b[D${CTRL_R}run`);
    expect(p.screen.lines()).toEqual(["(reverse-i-search)`run': docker run -d nginx"]);
    await p.type(CTRL_G);
    expect(p.screen.lines()).toEqual(['$ docker v']);
    expect(p.screen.cursor().col).toBe(2 + 'docker '.length);
  });

  it('abandons the line on Ctrl-C, as at the prompt', async () => {
    const p = await prompt({ history: HISTORY, cols: 60 });
    await p.type(`ls${CTRL_R}run\x03`);
    expect(p.actions).toEqual([{ type: 'interrupt' }]);
    expect(p.screen.lines()).toEqual(['$ ls^C', '$']);
  });

  it('repaints cleanly when the search line is longer than the row', async () => {
    const long = `docker run --name web -p 8080:80 -d nginx:1.27`;
    const p = await prompt({ history: [long], cols: 30 });
    await p.type(`${CTRL_R}web`);
    const shown = `(reverse-i-search)\`web': ${long}`;
    expect(p.screen.lines()).toEqual([shown.slice(0, 30), shown.slice(30, 60), shown.slice(60)]);
    await p.type(CTRL_G);
    expect(p.screen.lines()).toEqual(['$']);
  });

  it('shows a match that holds a newline on two rows, and leaves no trace of it', async () => {
    const p = await prompt({ history: ["echo 'one\ntwo'"], cols: 60 });
    await p.type(`${CTRL_R}two`);
    expect(p.screen.lines()).toEqual(["(reverse-i-search)`two': echo 'one", "two'"]);
    expect(p.screen.cursor()).toEqual({ row: 1, col: 0 });
    await p.type(CTRL_G);
    expect(p.screen.lines()).toEqual(['$']);
  });
});
