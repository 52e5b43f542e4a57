import { describe, expect, it } from 'vitest';
import { formatTable } from './tabwriter';

const sp = (n: number) => ' '.repeat(n);

describe('formatTable', () => {
  it('renders the empty `docker images` header (real 28.2.2 client)', () => {
    expect(formatTable([['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE']])).toEqual([
      'REPOSITORY   TAG       IMAGE ID   CREATED   SIZE',
    ]);
  });

  it('renders the empty `docker ps` header (real 28.2.2 client)', () => {
    expect(
      formatTable([['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES']]),
    ).toEqual(['CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES']);
  });

  it('renders docker images with hello-world (docker-behavior.md §3)', () => {
    expect(
      formatTable([
        ['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE'],
        ['hello-world', 'latest', 'fce289e99eb9', '2 months ago', '1.84kB'],
      ]),
    ).toEqual([
      'REPOSITORY    TAG       IMAGE ID       CREATED        SIZE',
      'hello-world   latest    fce289e99eb9   2 months ago   1.84kB',
    ]);
  });

  it('renders docker ps -a with an empty PORTS cell (docker-behavior.md §4)', () => {
    expect(
      formatTable([
        ['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'],
        [
          'e87ad14cae02',
          'hello-world',
          '"/hello"',
          '7 minutes ago',
          'Exited (0) 7 minutes ago',
          '',
          'optimistic_sanderson',
        ],
      ]),
    ).toEqual([
      'CONTAINER ID   IMAGE         COMMAND    CREATED         STATUS                     PORTS     NAMES',
      'e87ad14cae02   hello-world   "/hello"   7 minutes ago   Exited (0) 7 minutes ago             optimistic_sanderson',
    ]);
  });

  it('pads an empty cell to the column width and never pads the last cell', () => {
    expect(formatTable([['', 'x']])).toEqual([`${sp(10)}x`]);
    expect(formatTable([['a', 'last  ']])).toEqual([`a${sp(9)}last  `]);
  });

  it('returns nothing for no rows and an empty line for an empty row', () => {
    expect(formatTable([])).toEqual([]);
    expect(formatTable([[]])).toEqual(['']);
    expect(formatTable([['only']])).toEqual(['only']);
  });

  // Go: a line without a tab-terminated cell in column c ends the column block for c.
  it('splits column blocks at a line with a single cell', () => {
    expect(formatTable([['a', 'b', 'c'], ['x'], ['aaaaaaaaaaaaaaaa', 'b']])).toEqual([
      `a${sp(9)}b${sp(9)}c`,
      'x',
      `aaaaaaaaaaaaaaaa${sp(3)}b`,
    ]);
  });

  it('keeps a column block across lines that all have the cell, and splits deeper columns', () => {
    // Column 0 spans all lines (width 18); column 1 only exists (tab-terminated) on line 0.
    expect(
      formatTable([
        ['ab', 'cd', 'ef'],
        ['longer-than-ten', 'x'],
      ]),
    ).toEqual([`ab${sp(16)}cd${sp(8)}ef`, `longer-than-ten${sp(3)}x`]);
    // Column 1 is interrupted by line 1, so lines 0 and 2 get independent widths (17 and 10).
    expect(
      formatTable([
        ['a', 'bbbbbbbbbbbbbb', 'c'],
        ['a', 'b'],
        ['a', 'b', 'c'],
      ]),
    ).toEqual([`a${sp(9)}bbbbbbbbbbbbbb${sp(3)}c`, `a${sp(9)}b`, `a${sp(9)}b${sp(9)}c`]);
  });

  it('counts code points, not UTF-16 units', () => {
    expect(formatTable([['héllo🙂', 'x']])).toEqual([`héllo🙂${sp(4)}x`]);
    expect(formatTable([['🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂', 'x']])).toEqual([`${'🙂'.repeat(10)}${sp(3)}x`]);
    // A lone surrogate reaches Go as one U+FFFD rune.
    expect(formatTable([['\ud800', 'x']])).toEqual([`\ud800${sp(9)}x`]);
  });

  it('splits embedded tabs and newlines like Go sees the bytes', () => {
    expect(formatTable([['a\tb', 'c']])).toEqual([`a${sp(9)}b${sp(9)}c`]);
    expect(formatTable([['a\nbb', 'c']])).toEqual(['a', `bb${sp(8)}c`]);
    // \v terminates a cell like \t (only DiscardEmptyColumns tells them apart).
    expect(formatTable([['a\vb', 'c']])).toEqual([`a${sp(9)}b${sp(9)}c`]);
  });

  it('flushes at \\f so column blocks do not span it', () => {
    expect(
      formatTable([
        ['aaaaaaaaaaaaaaaaaaaa\f', 'b'],
        ['c', 'd'],
      ]),
    ).toEqual(['aaaaaaaaaaaaaaaaaaaa', `${sp(10)}b`, `c${sp(9)}d`]);
    // Without \f the two lines share column 0's block.
    expect(
      formatTable([
        ['aaaaaaaaaaaaaaaaaaaa', 'b'],
        ['c', 'd'],
      ]),
    ).toEqual([`aaaaaaaaaaaaaaaaaaaa${sp(3)}b`, `c${sp(22)}d`]);
  });

  it('formats 10,000 rows x 7 columns in linear time', () => {
    const rows: string[][] = [['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES']];
    for (let i = 0; i < 10_000; i++) {
      rows.push([
        i.toString(16).padStart(12, '0'),
        `image-${i % 37}`,
        '"/docker-entrypoint.…"',
        `${i % 59} minutes ago`,
        `Up ${i % 13} hours`,
        i % 3 ? '' : '0.0.0.0:8080->80/tcp, [::]:8080->80/tcp',
        `name_${i}`,
      ]);
    }
    const tenth = rows.slice(0, 1_001);
    for (let run = 0; run < 8; run++) formatTable(rows); // warm-up: V8 needs a few runs to optimise
    // Timed against a tenth of the rows, interleaved, so a machine busy with other work slows both:
    // linear work takes ~10 times as long for ten times the rows, quadratic work ~100 times.
    const bestOf = (table: string[][]) => {
      const start = performance.now();
      const lines = formatTable(table);
      return { ms: performance.now() - start, lines };
    };
    let best = Number.POSITIVE_INFINITY;
    let bestTenth = Number.POSITIVE_INFINITY;
    let out: string[] = [];
    for (let run = 0; run < 10; run++) {
      const all = bestOf(rows);
      out = all.lines;
      best = Math.min(best, all.ms);
      bestTenth = Math.min(bestTenth, bestOf(tenth).ms);
    }
    expect(out).toHaveLength(10_001);
    expect(out[1]?.indexOf('image-0')).toBe(15);
    expect(best / bestTenth).toBeLessThan(40);
  });
});
