import { describe, expect, it } from 'vitest';
import { renderScreen, Screen } from './screen';

const ESC = '\x1b';

describe('Screen: plain text and line ends', () => {
  it('starts empty', () => {
    expect(new Screen().lines()).toEqual([]);
  });

  it('splits on \\n and returns to column 0 (onlcr)', () => {
    expect(renderScreen(['abc\ndef\n'])).toEqual(['abc', 'def']);
  });

  it('keeps an unterminated last line', () => {
    expect(renderScreen(['abc\ndef'])).toEqual(['abc', 'def']);
  });

  it('keeps blank lines the output moved past, but not the empty cursor line', () => {
    expect(renderScreen(['\nHello\n\n'])).toEqual(['', 'Hello', '']);
  });

  it('right-trims every line', () => {
    expect(renderScreen(['a  \nb \t\n'])).toEqual(['a', 'b']);
  });

  it('expands tabs to the next multiple of 8', () => {
    expect(renderScreen(['a\tb\n'])).toEqual(['a       b']);
  });

  it('backspace moves left without erasing, so the next character overwrites', () => {
    expect(renderScreen(['abc\bX\n'])).toEqual(['abX']);
  });

  it('does not wrap long lines', () => {
    const long = 'x'.repeat(500);
    expect(renderScreen([`${long}\n`])).toEqual([long]);
  });

  it('ignores other C0 controls such as BEL', () => {
    expect(renderScreen(['a\x07b\n'])).toEqual(['ab']);
  });
});

describe('Screen: carriage return overwrites in place', () => {
  it('overwrites from column 0 and keeps the tail of a longer old line', () => {
    expect(renderScreen(['Downloading 50%\rDone\n'])).toEqual(['Doneloading 50%']);
  });

  it('\\r\\n is an ordinary line end', () => {
    expect(renderScreen(['a\r\nb\r\n'])).toEqual(['a', 'b']);
  });
});

describe('Screen: erase in line', () => {
  it('ESC[2K erases the whole line and leaves the cursor column alone', () => {
    const s = new Screen();
    s.write(`hello${ESC}[2K`);
    expect(s.lines()).toEqual(['']);
    expect(s.cursor()).toEqual({ row: 0, col: 5 });
    s.write('!');
    expect(s.lines()).toEqual(['     !']);
  });

  it('ESC[K and ESC[0K erase from the cursor to the end', () => {
    expect(renderScreen([`hello\r${ESC}[2C${ESC}[K\n`])).toEqual(['he']);
    expect(renderScreen([`hello\r${ESC}[3C${ESC}[0K\n`])).toEqual(['hel']);
  });

  it('ESC[1K erases from the start through the cursor (the pre-aec jsonmessage clearLine)', () => {
    expect(renderScreen([`hello\r${ESC}[2C${ESC}[1K\n`])).toEqual(['   lo']);
  });
});

describe('Screen: cursor movement', () => {
  it('ESC[nA moves up and text overwrites that line', () => {
    expect(renderScreen([`one\ntwo\nthree\n${ESC}[2A\rTWO\n`])).toEqual(['one', 'TWO', 'three']);
  });

  it('ESC[A without a count moves one line; up stops at the top', () => {
    expect(renderScreen([`a\nb${ESC}[A\rX`])).toEqual(['X', 'b']);
    expect(renderScreen([`a${ESC}[9A\rZ`])).toEqual(['Z']);
  });

  it('ESC[nB moves down, creating blank lines below the last one', () => {
    expect(renderScreen([`a${ESC}[2B\rc\n`])).toEqual(['a', '', 'c']);
  });

  it('ESC[nC and ESC[nD move right and left; left stops at column 0', () => {
    expect(renderScreen([`ab${ESC}[3Cc\n`])).toEqual(['ab   c']);
    expect(renderScreen([`abcd${ESC}[2DX\n`])).toEqual(['abXd']);
    expect(renderScreen([`ab${ESC}[9DX\n`])).toEqual(['Xb']);
  });

  it('treats a count of 0 as 1, like VT100', () => {
    expect(renderScreen([`a\nb${ESC}[0A\rX`])).toEqual(['X', 'b']);
  });

  it('does not show a line the cursor merely passed back above', () => {
    expect(renderScreen([`a\n${ESC}[1A`])).toEqual(['a']);
  });
});

describe('Screen: sequences it does not draw', () => {
  it('drops SGR colour sequences', () => {
    expect(renderScreen([`${ESC}[1m${ESC}[31mred${ESC}[0m plain\n`])).toEqual(['red plain']);
  });

  it('drops CSI with no visible effect (DSR, DA), private modes and OSC titles', () => {
    expect(renderScreen([`${ESC}[?25l${ESC}[6n${ESC}[0cx${ESC}]0;title\x07y${ESC}]2;t${ESC}\\z\n`])).toEqual([
      'xyz',
    ]);
  });

  it('drops two-byte escapes such as ESC 7', () => {
    expect(renderScreen([`a${ESC}7b\n`])).toEqual(['ab']);
  });

  it('reassembles a sequence split across writes', () => {
    expect(renderScreen(['one\ntwo', `${ESC}`, '[', '1', 'A', '\rONE'])).toEqual(['ONE', 'two']);
  });
});

describe('Screen: a docker pull on a TTY', () => {
  // The bytes cli@v28's vendored pkg/jsonmessage DisplayJSONMessagesStream writes for a one-layer pull,
  // written out by hand from the Go source: a status without progress is `status\n`; a new progress id
  // first prints `\n`, then `cursorUp(diff)` = aec.Up = ESC[<n>A, `clearLine` = aec.EraseLine(All) =
  // ESC[2K, `\r`, `id: status progress\r`, and `cursorDown(diff)` = ESC[<n>B. Width 80 < 110, so no bar.
  const layer = (status: string) => `${ESC}[1A${ESC}[2K\r1b930d010525: ${status}\r${ESC}[1B`;
  const bytes = [
    'latest: Pulling from library/hello-world\n',
    `\n${layer('Pulling fs layer ')}`,
    layer('Downloading     500B/977B'),
    layer('Downloading     977B/977B'),
    layer('Verifying Checksum '),
    layer('Download complete '),
    layer('Extracting     977B/977B'),
    layer('Extracting     977B/977B'),
    layer('Pull complete '),
    'Digest: sha256:2557e3c07ed1e38f26e389462d03ed943586f744621577a99efb77324b0fe535\n',
    'Status: Downloaded newer image for hello-world:latest\n',
  ];

  it('ends showing the docker-behavior.md §2.3 transcript', () => {
    expect(renderScreen(bytes)).toEqual([
      'latest: Pulling from library/hello-world',
      '1b930d010525: Pull complete',
      'Digest: sha256:2557e3c07ed1e38f26e389462d03ed943586f744621577a99efb77324b0fe535',
      'Status: Downloaded newer image for hello-world:latest',
    ]);
  });

  it('shows the download in progress midway', () => {
    expect(renderScreen(bytes.slice(0, 3))).toEqual([
      'latest: Pulling from library/hello-world',
      '1b930d010525: Downloading     500B/977B',
    ]);
  });

  it('the same bytes in one write give the same screen', () => {
    expect(renderScreen([bytes.join('')])).toEqual(renderScreen(bytes));
  });
});
