import { describe, expect, it } from 'vitest';
import { formatGoG, humanSize, humanSizeWithPrecision } from './size';

// Expected values from docker-behavior.md §6 (real 28.2.2 client rendering) and Go's %g rules.
describe('humanSizeWithPrecision(_, 3)', () => {
  it.each([
    [0, '0B'],
    [1, '1B'],
    [999, '999B'],
    [1000, '1kB'],
    [1001, '1kB'],
    [1840, '1.84kB'],
    [9999, '10kB'],
    [10_072, '10.1kB'],
    [13_256, '13.3kB'],
    [99_999, '100kB'],
    [999_499, '999kB'],
    [999_500, '1e+03kB'],
    [999_999, '1e+03kB'],
    [1_000_000, '1MB'],
    [7_800_000, '7.8MB'],
    [77_900_000, '77.9MB'],
    [187_690_000, '188MB'],
    [999_999_999, '1e+03MB'],
    [1_020_000_000, '1.02GB'],
    [1.5e12, '1.5TB'],
    [2e15, '2PB'],
    [3e18, '3EB'],
  ])('%d -> %s', (bytes, expected) => {
    expect(humanSizeWithPrecision(bytes, 3)).toBe(expected);
  });

  it('rounds exact binary ties half to even like Go (JS toPrecision would round up)', () => {
    expect(humanSizeWithPrecision(1125, 3)).toBe('1.12kB'); // 1.125 is exact in binary
    expect(humanSizeWithPrecision(1375, 3)).toBe('1.38kB'); // 1.375: odd neighbour rounds up
    expect(humanSizeWithPrecision(1135, 3)).toBe('1.14kB'); // 1.135 is really 1.1350000000000000088…
  });

  it('stops at YB and keeps dividing nothing further', () => {
    expect(humanSizeWithPrecision(2e27, 3)).toBe('2e+03YB');
    expect(humanSizeWithPrecision(2e27, 4)).toBe('2000YB');
  });

  it('prints fractional and odd inputs the way Go fmt does', () => {
    expect(humanSizeWithPrecision(0.5, 3)).toBe('0.5B');
    expect(humanSizeWithPrecision(1e-5, 3)).toBe('1e-05B');
    expect(humanSizeWithPrecision(-5, 3)).toBe('-5B');
    expect(humanSizeWithPrecision(-5000, 3)).toBe('-5e+03B');
    expect(humanSizeWithPrecision(Number.POSITIVE_INFINITY, 3)).toBe('+InfYB');
    expect(humanSizeWithPrecision(Number.NaN, 3)).toBe('NaNB');
  });
});

describe('humanSize (precision 4)', () => {
  it.each([
    [0, '0B'],
    [1840, '1.84kB'],
    [999_500, '999.5kB'],
    [9_999_000, '9.999MB'],
    [123_456_789, '123.5MB'],
    [1_000_000, '1MB'],
  ])('%d -> %s', (bytes, expected) => {
    expect(humanSize(bytes)).toBe(expected);
  });
});

describe('formatGoG', () => {
  it.each([
    // [value, precision, Go's fmt.Sprintf("%.*g")]
    [100, 3, '100'],
    [1000, 3, '1e+03'],
    [1000, 4, '1000'],
    [123_456, 3, '1.23e+05'],
    [0.0001, 3, '0.0001'],
    [0.00001234, 3, '1.23e-05'],
    [1.5, 0, '2'], // precision 0 is treated as 1; 1.5 ties to even
    [2.5, 1, '2'],
    [1e100, 3, '1e+100'],
    [-0, 3, '-0'],
    [0, 3, '0'],
    // shortest %g (negative precision): exponent form once exp >= 6 or exp < -4
    [1234567, -1, '1.234567e+06'],
    [123456, -1, '123456'],
    [0.1, -1, '0.1'],
    [0.00001, -1, '1e-05'],
    [0, -1, '0'],
  ])('%d with precision %d -> %s', (x, precision, expected) => {
    expect(formatGoG(x, precision)).toBe(expected);
  });
});
