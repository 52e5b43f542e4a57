import { describe, expect, it } from 'vitest';
import type { JSONMessage } from '../daemon/api';
import { renderScreen } from '../tty/screen';
import { createJSONMessageRenderer, humanSize, progressString } from './jsonmessage';

const ESC = '\x1b';
const DIGEST = 'sha256:2557e3c07ed1e38f26e389462d03ed943586f744621577a99efb77324b0fe535';
const LAYER = '1b930d010525';

const msg = (
  status: string,
  id?: string,
  progressDetail?: { current: number; total: number },
): JSONMessage => ({
  status,
  delayMs: 0,
  ...(id === undefined ? {} : { id }),
  ...(progressDetail === undefined ? {} : { progressDetail }),
});

/** The daemon's stream for `docker pull hello-world` on an empty machine (2019 image, 977 B layer). */
const helloWorldPull: JSONMessage[] = [
  msg('latest: Pulling from library/hello-world'),
  msg('Pulling fs layer', LAYER),
  msg('Downloading', LAYER, { current: 500, total: 977 }),
  msg('Downloading', LAYER, { current: 977, total: 977 }),
  msg('Verifying Checksum', LAYER),
  msg('Download complete', LAYER),
  msg('Extracting', LAYER, { current: 977, total: 977 }),
  msg('Extracting', LAYER, { current: 977, total: 977 }),
  msg('Pull complete', LAYER),
  msg(`Digest: ${DIGEST}`),
  msg('Status: Downloaded newer image for hello-world:latest'),
];

function renderAll(messages: readonly JSONMessage[], tty: boolean, columns?: number): string[] {
  const renderer = createJSONMessageRenderer(columns === undefined ? { tty } : { tty, columns });
  return messages.map((m) => renderer.render(m));
}

describe('one-layer hello-world pull', () => {
  it('on a TTY the screen ends as docker-behavior.md §2.3 shows (lines right-trimmed)', () => {
    expect(renderScreen(renderAll(helloWorldPull, true))).toEqual([
      'latest: Pulling from library/hello-world',
      `${LAYER}: Pull complete`,
      `Digest: ${DIGEST}`,
      'Status: Downloaded newer image for hello-world:latest',
    ]);
  });

  it('on a TTY the layer line keeps its trailing space: Display prints `%s %s\\r` with an empty progress', () => {
    const writes = renderAll(helloWorldPull, true);
    const pullComplete = writes[8] ?? '';
    expect(pullComplete.endsWith(`Pull complete \r${ESC}[1B`)).toBe(true);
    // cursorUp(1), clearLine, "\r", the line, "\r", cursorDown(1): the whole write per jsonmessage.go.
    expect(pullComplete).toBe(`${ESC}[1A${ESC}[2K\r${LAYER}: Pull complete \r${ESC}[1B`);
    // What is left on the screen, before trimming.
    expect(pullComplete.split(`${ESC}[2K\r`)[1]?.split('\r')[0]).toBe(`${LAYER}: Pull complete `);
  });

  it('the first write for a new id opens a line, then moves up onto it', () => {
    const writes = renderAll(helloWorldPull, true);
    expect(writes[0]).toBe('latest: Pulling from library/hello-world\n');
    expect(writes[1]).toBe(`\n${ESC}[1A${ESC}[2K\r${LAYER}: Pulling fs layer \r${ESC}[1B`);
    expect(writes[9]).toBe(`Digest: ${DIGEST}\n`);
  });

  it('on an 80-column TTY progress shows sizes only (the bar needs more than 110 columns)', () => {
    const writes = renderAll(helloWorldPull, true);
    expect(writes[2]).toBe(`${ESC}[1A${ESC}[2K\r${LAYER}: Downloading     500B/977B\r${ESC}[1B`);
  });

  it('on a wide TTY progress shows the 50-cell bar', () => {
    const writes = renderAll(helloWorldPull.slice(0, 3), true, 200);
    expect(renderScreen(writes)).toEqual([
      'latest: Pulling from library/hello-world',
      `${LAYER}: Downloading [=========================>                         ]     500B/977B`,
    ]);
  });

  it('not on a TTY: one line per status, Downloading/Extracting suppressed, no trailing space (§2.2, §2.3)', () => {
    const writes = renderAll(helloWorldPull, false);
    expect(writes.join('')).toBe(
      [
        'latest: Pulling from library/hello-world',
        `${LAYER}: Pulling fs layer`,
        `${LAYER}: Verifying Checksum`,
        `${LAYER}: Download complete`,
        `${LAYER}: Pull complete`,
        `Digest: ${DIGEST}`,
        'Status: Downloaded newer image for hello-world:latest',
        '',
      ].join('\n'),
    );
    expect(writes[2]).toBe('');
    expect(writes.join('')).not.toContain(ESC);
  });

  it('second pull (image present): only the header, digest and status', () => {
    const upToDate = [
      msg('latest: Pulling from library/hello-world'),
      msg(`Digest: ${DIGEST}`),
      msg('Status: Image is up to date for hello-world:latest'),
    ];
    const expected = [
      'latest: Pulling from library/hello-world',
      `Digest: ${DIGEST}`,
      'Status: Image is up to date for hello-world:latest',
    ];
    expect(renderScreen(renderAll(upToDate, true))).toEqual(expected);
    expect(renderAll(upToDate, false).join('')).toBe(`${expected.join('\n')}\n`);
  });
});

describe('two layers, the first finishing after the second started', () => {
  const A = 'aaaaaaaaaaaa';
  const B = 'bbbbbbbbbbbb';
  const stream: JSONMessage[] = [
    msg('latest: Pulling from library/two'),
    msg('Pulling fs layer', A),
    msg('Pulling fs layer', B),
    msg('Downloading', B, { current: 10, total: 100 }),
    msg('Downloading', A, { current: 50, total: 100 }),
    msg('Download complete', B),
    msg('Pull complete', A),
    msg('Pull complete', B),
    msg('Status: Downloaded newer image for two:latest'),
  ];

  it('moves the cursor by len(ids) - line, so each id keeps its own line', () => {
    const w = renderAll(stream, true);
    // A is line 0 of a 1-line block, then B line 1 of a 2-line block: each new id adds "\n" and goes up 1.
    expect(w[1]).toBe(`\n${ESC}[1A${ESC}[2K\r${A}: Pulling fs layer \r${ESC}[1B`);
    expect(w[2]).toBe(`\n${ESC}[1A${ESC}[2K\r${B}: Pulling fs layer \r${ESC}[1B`);
    // Updating A now means going up 2 (diff = 2 - 0) and back down 2.
    expect(w[4]).toBe(`${ESC}[2A${ESC}[2K\r${A}: Downloading      50B/100B\r${ESC}[2B`);
    expect(w[6]).toBe(`${ESC}[2A${ESC}[2K\r${A}: Pull complete \r${ESC}[2B`);
    expect(w[7]).toBe(`${ESC}[1A${ESC}[2K\r${B}: Pull complete \r${ESC}[1B`);
  });

  it('leaves each layer on its own line with its last status', () => {
    expect(renderScreen(renderAll(stream, true))).toEqual([
      'latest: Pulling from library/two',
      `${A}: Pull complete`,
      `${B}: Pull complete`,
      'Status: Downloaded newer image for two:latest',
    ]);
  });

  it('shows both in progress midway', () => {
    expect(renderScreen(renderAll(stream.slice(0, 5), true))).toEqual([
      'latest: Pulling from library/two',
      `${A}: Downloading      50B/100B`,
      `${B}: Downloading      10B/100B`,
    ]);
  });

  it('not on a TTY prints the statuses in arrival order', () => {
    expect(renderAll(stream, false).join('')).toBe(
      [
        'latest: Pulling from library/two',
        `${A}: Pulling fs layer`,
        `${B}: Pulling fs layer`,
        `${B}: Download complete`,
        `${A}: Pull complete`,
        `${B}: Pull complete`,
        'Status: Downloaded newer image for two:latest',
        '',
      ].join('\n'),
    );
  });

  it('a message without id resets the block: an id seen before starts a new line below', () => {
    const w = renderAll([msg('x', A), msg('separator'), msg('y', A)], true);
    expect(w[2]).toBe(`\n${ESC}[1A${ESC}[2K\r${A}: y \r${ESC}[1B`);
    expect(renderScreen(w)).toEqual([`${A}: x`, 'separator', `${A}: y`]);
  });
});

describe('Already exists layers (shared base layer)', () => {
  it('renders with a trailing space like any other final status (§2.3 redis example)', () => {
    const w = renderAll(
      [
        msg('latest: Pulling from library/redis'),
        msg('Already exists', 'c53f3add069d'),
        msg('Pulling fs layer', '682ab863a437'),
      ],
      true,
    );
    expect(w[1]).toContain('c53f3add069d: Already exists \r');
    expect(renderScreen(w)).toEqual([
      'latest: Pulling from library/redis',
      'c53f3add069d: Already exists',
      '682ab863a437: Pulling fs layer',
    ]);
  });
});

describe('progressString (JSONProgress.String), cases from moby jsonmessage_test.go TestProgressString', () => {
  // moby checks each case at width 100 ("short") and 200 ("long").
  it('no progress', () => {
    expect(progressString(undefined, 100)).toBe('');
    expect(progressString({ current: 0, total: 0 }, 200)).toBe('');
  });

  it('progress 1 (no total)', () => {
    expect(progressString({ current: 1, total: 0 }, 100)).toBe('      1B');
    expect(progressString({ current: 1, total: 0 }, 200)).toBe('      1B');
  });

  it('some progress without a start time', () => {
    expect(progressString({ current: 50, total: 100 }, 100)).toBe('     50B/100B');
    expect(progressString({ current: 50, total: 100 }, 200)).toBe(
      '[=========================>                         ]      50B/100B',
    );
  });

  it('current more than total is not negative gh#7136', () => {
    expect(progressString({ current: 50, total: 40 }, 100)).toBe('     50B');
    expect(progressString({ current: 50, total: 40 }, 200)).toBe(
      '[==================================================>]      50B',
    );
  });

  it('the bar needs strictly more than 110 columns', () => {
    expect(progressString({ current: 50, total: 100 }, 110)).toBe('     50B/100B');
    expect(progressString({ current: 50, total: 100 }, 111).startsWith('[')).toBe(true);
  });

  it('truncates the percentage like Go integer division: 99/100 is 49 cells', () => {
    expect(progressString({ current: 99, total: 100 }, 200)).toBe(`[${'='.repeat(49)}> ]      99B/100B`);
  });
});

describe('humanSize (go-units HumanSize, %.4g of decimal units)', () => {
  it.each([
    [0, '0B'],
    [1, '1B'],
    [977, '977B'],
    [999, '999B'],
    [1000, '1kB'],
    [1200, '1.2kB'],
    [1840, '1.84kB'],
    [10072, '10.07kB'],
    [13336, '13.34kB'],
    [2_746_000, '2.746MB'],
    [77_800_000, '77.8MB'],
    [1_020_000_000, '1.02GB'],
  ])('%d bytes → %s', (bytes, expected) => {
    expect(humanSize(bytes)).toBe(expected);
  });

  it("rounds an exact tie to even like Go's strconv (12.125 → 12.12), not up like toPrecision", () => {
    expect(humanSize(12_125)).toBe('12.12kB');
    expect(humanSize(12_375)).toBe('12.38kB');
  });

  it('a value that rounds up to 1000 stays in the lower unit, as %.4g prints it', () => {
    expect(humanSize(999_999)).toBe('1000kB');
  });

  it('uses exponent form past the largest unit', () => {
    expect(humanSize(1e28)).toBe('1e+04YB');
  });
});
