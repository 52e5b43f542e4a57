import { describe, expect, it } from 'vitest';
import { DurationPhrases } from '../units/duration';
import { formatTable, Table } from './tabwriter';

/** A small deterministic PRNG, so a failing table can be rebuilt from its seed. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Cells as docker tables hold them, plus the characters that send Table down its general path. */
const PIECES = [
  'a',
  'hello-world',
  '"/hello"',
  'Exited (0) 5 minutes ago',
  '',
  'x'.repeat(40),
  '…',
  '\t',
  '\n',
  '🐳',
  'é',
];

function randomTable(rand: () => number, columns: number, rows: number): string[][] {
  return Array.from({ length: rows }, () =>
    Array.from({ length: columns }, () => {
      const n = Math.floor(rand() * 3);
      return Array.from({ length: n }, () => PIECES[Math.floor(rand() * PIECES.length)] ?? '').join('');
    }),
  );
}

describe('Table (the fast path) lays out exactly as formatTable (Go tabwriter)', () => {
  it('agrees on 300 random tables, special characters and chunk boundaries included', () => {
    const rand = lcg(7);
    for (let t = 0; t < 300; t++) {
      const columns = 1 + Math.floor(rand() * 7);
      // Some tables long enough to cross the fast path's chunk and block boundaries.
      const rows = t % 25 === 0 ? 3000 : 1 + Math.floor(rand() * 40);
      const cells = randomTable(rand, columns, rows);
      const table = new Table(columns);
      for (const row of cells) for (const cell of row) table.add(cell);
      const expected = formatTable(cells)
        .map((l) => `${l}\n`)
        .join('');
      expect(table.format().join(''), `table ${t}: ${columns}×${rows}`).toBe(expected);
    }
  });
});

/** go-units HumanDuration written plainly from its Go source, as the reference the cached phrases must match. */
function goHumanDuration(seconds: number): string {
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.trunc(seconds / 60);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const exactHours = seconds / 3600;
  const hours = Math.trunc(exactHours + 0.5);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.trunc(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.trunc(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24 / 30)} months`;
  return `${Math.trunc(Math.trunc(exactHours) / 24 / 365)} years`;
}

describe('DurationPhrases', () => {
  it('gives go-units HumanDuration phrases across every boundary, from its caches too', () => {
    const phrases = new DurationPhrases((p) => `${p} ago`);
    const rand = lcg(11);
    const boundaries = [
      0, 1, 2, 59, 60, 119, 120, 3599, 3600, 5399, 5400, 170_999, 171_000, 1_209_599, 1_209_600, 5_183_999,
      5_184_000, 63_071_999, 63_072_000,
    ];
    const samples = [...boundaries, ...Array.from({ length: 5000 }, () => Math.floor(rand() * 200_000_000))];
    // Twice: the second pass reads the cached phrases and ranges.
    for (let pass = 0; pass < 2; pass++) {
      for (const s of samples) expect(phrases.ofSeconds(s), `${s} s`).toBe(`${goHumanDuration(s)} ago`);
    }
  });
});
