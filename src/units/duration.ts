/**
 * Port of go-units `HumanDuration` (docker/go-units duration.go), the wording docker uses for
 * CREATED ("2 months ago") and STATUS ("Up About a minute").
 *
 * Go takes a `time.Duration` (int64 nanoseconds); we take milliseconds.
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
/** Go's Duration saturates at ±(2^63-1) ns; `time.Since` never exceeds it. */
const MAX_MS = 9_223_372_036_854.775;

/** Integer part of ms/unit, truncated toward zero like Go's integer Duration division. */
function whole(ms: number, unit: number): number {
  return (ms - (ms % unit)) / unit;
}

/**
 * Human-readable approximation of a duration, e.g. "Less than a second", "About an hour",
 * "3 weeks". Negative or NaN input reads as "Less than a second", like a negative Go Duration.
 */
export function humanDuration(ms: number): string {
  const d = Math.max(-MAX_MS, Math.min(MAX_MS, ms));
  const seconds = whole(d, SECOND);
  // `!(x >= 1)` also routes NaN here instead of printing "NaN seconds".
  if (!(seconds >= 1)) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = whole(d, MINUTE);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  // Go: int(d.Hours() + 0.5) where Hours() = float64(hour) + float64(rest)/float64(Hour).
  const exactHours = whole(d, HOUR) + (d % HOUR) / HOUR;
  const hours = Math.trunc(exactHours + 0.5);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.trunc(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.trunc(Math.trunc(hours / 24) / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.trunc(Math.trunc(hours / 24) / 30)} months`;
  // Years use the unrounded hours, unlike every branch above.
  return `${Math.trunc(Math.trunc(Math.trunc(exactHours) / 24) / 365)} years`;
}
