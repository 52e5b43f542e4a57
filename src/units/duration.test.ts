import { describe, expect, it } from 'vitest';
import { humanDuration } from './duration';

const s = (n: number) => n * 1000;
const day = s(86_400);

// Expected values derived by hand from go-units duration.go (docker-behavior.md §5).
describe('humanDuration', () => {
  it.each([
    [0, 'Less than a second'],
    [999, 'Less than a second'],
    [s(1), '1 second'],
    [s(2) - 1, '1 second'],
    [s(2), '2 seconds'],
    [s(59), '59 seconds'],
    [s(60) - 1, '59 seconds'],
    [s(60), 'About a minute'],
    [s(119), 'About a minute'],
    [s(120), '2 minutes'],
    [s(59 * 60), '59 minutes'],
    // minutes = int(d.Minutes()) truncates: 3599 s is still 59 minutes.
    [s(3599), '59 minutes'],
    [s(3600), 'About an hour'],
    // hours = int(h + 0.5): 5399 s = 1.4997 h rounds to 1, 5400 s = 1.5 h rounds to 2.
    [s(5399), 'About an hour'],
    [s(5400), '2 hours'],
    [s(170_999), '47 hours'],
    [s(171_000), '2 days'],
    [13 * day, '13 days'],
    // 13 days + 23.5 hours = 335.5 h rounds to 336 = two weeks.
    [13 * day + s(84_600), '2 weeks'],
    [14 * day, '2 weeks'],
    [59 * day, '8 weeks'],
    [60 * day, '2 months'],
    [729 * day, '24 months'],
    [730 * day, '2 years'],
    // Years truncate: 3 years minus a minute is 26279.98 h -> int 26279 -> 1094 days -> 2 years.
    [3 * 365 * day - s(60), '2 years'],
    [3 * 365 * day, '3 years'],
  ])('%d ms -> %s', (ms, expected) => {
    expect(humanDuration(ms)).toBe(expected);
  });

  it('treats negative and NaN durations like a negative Go Duration', () => {
    expect(humanDuration(-s(5))).toBe('Less than a second');
    expect(humanDuration(Number.NaN)).toBe('Less than a second');
  });

  it('saturates like Go time.Duration (max ~292 years)', () => {
    expect(humanDuration(Number.POSITIVE_INFINITY)).toBe('292 years');
  });
});
