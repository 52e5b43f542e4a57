/**
 * Port of go-units `HumanDuration` (docker/go-units duration.go), the wording docker uses for
 * CREATED ("2 months ago") and STATUS ("Up About a minute").
 *
 * Go takes a `time.Duration` (int64 nanoseconds); we take milliseconds, or whole seconds.
 */

const SECOND = 1000;
/** Go's Duration saturates at ±(2^63-1) ns; `time.Since` never exceeds it. */
const MAX_MS = 9_223_372_036_854.775;
/** The same bound in whole seconds. */
const MAX_SECONDS = 9_223_372_036;

/**
 * Whole seconds in `ms`, truncated toward zero like Go's integer Duration division (NaN stays
 * NaN). Every threshold go-units uses (1 s, 1 min, 1 h, half hours for rounding) is a whole number
 * of seconds, so classifying by whole seconds gives the phrase the exact duration would.
 */
export function wholeSeconds(ms: number): number {
  const d = Math.max(-MAX_MS, Math.min(MAX_MS, ms));
  // For a whole number of ms below 2^52 the float quotient truncates exactly; a float `%` is a
  // slow library call.
  return Number.isInteger(d) ? Math.trunc(d / SECOND) : (d - (d % SECOND)) / SECOND;
}

// Phrase kinds. FIXED phrases are indexed by the constants below, counted ones by their count.
const FIXED = 0;
const SECONDS = 1;
const MINUTES = 2;
const HOURS = 3;
const DAYS = 4;
const WEEKS = 5;
const MONTHS = 6;
const YEARS = 7;
const UNIT_WORDS = ['', 'seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years'] as const;
const FIXED_WORDS = ['Less than a second', '1 second', 'About a minute', 'About an hour'] as const;
const LESS_THAN_A_SECOND = 0;
const ONE_SECOND = 1;
const ABOUT_A_MINUTE = 2;
const ABOUT_AN_HOUR = 3;

/** Counts stay below this (years ≤ 292, where Go's Duration saturates): kind and count pack in one number. */
const KIND_SHIFT = 1024;

/**
 * Which phrase go-units picks for `s` whole seconds, as `kind * KIND_SHIFT + count`: computed on
 * small integers, without building a string, so tables of phrases can be looked up by index.
 */
function classify(seconds: number): number {
  // `!(seconds >= 1)` also routes NaN here instead of printing "NaN seconds".
  if (!(seconds >= 1)) return LESS_THAN_A_SECOND;
  // Saturate like Go's Duration (an image created in year 1 is "292 years" old).
  const s = Math.min(seconds, MAX_SECONDS);
  if (s < 60) return s === 1 ? ONE_SECOND : SECONDS * KIND_SHIFT + s;
  const minutes = Math.floor(s / 60);
  if (minutes < 60) return minutes === 1 ? ABOUT_A_MINUTE : MINUTES * KIND_SHIFT + minutes;
  // Go: int(d.Hours() + 0.5), hours rounded half up; the half hours fall on whole seconds.
  const hours = Math.floor((s + 1800) / 3600);
  if (hours === 1) return ABOUT_AN_HOUR;
  if (hours < 48) return HOURS * KIND_SHIFT + hours;
  if (hours < 24 * 7 * 2) return DAYS * KIND_SHIFT + Math.floor(hours / 24);
  if (hours < 24 * 30 * 2) return WEEKS * KIND_SHIFT + Math.floor(Math.floor(hours / 24) / 7);
  if (hours < 24 * 365 * 2) return MONTHS * KIND_SHIFT + Math.floor(Math.floor(hours / 24) / 30);
  // Years use the unrounded hours, unlike every branch above.
  return YEARS * KIND_SHIFT + Math.floor(Math.floor(Math.floor(s / 3600) / 24) / 365);
}

/**
 * The whole seconds each phrase covers, [lo, hi), found once per phrase. go-units' thresholds
 * only rise with the duration, so each phrase covers one interval and its ends can be searched
 * for with `classify` itself rather than restating every threshold (and quirk, like the half hour
 * that reads "1 years").
 */
const rangeLo = new Float64Array(8 * KIND_SHIFT).fill(Number.NaN);
const rangeHi = new Float64Array(8 * KIND_SHIFT);

/**
 * The first whole second beyond `inside` (which reads `phrase`, not "Less than a second"), going
 * up or down, that reads otherwise; up, Infinity if none does (durations saturate at MAX_SECONDS).
 */
function phraseEnd(inside: number, phrase: number, direction: 1 | -1): number {
  if (direction === 1 && classify(MAX_SECONDS) === phrase) return Number.POSITIVE_INFINITY;
  // Bounded by MAX_SECONDS up and by 0 (less than a second) down, both of which read otherwise.
  const bound = direction === 1 ? MAX_SECONDS : 0;
  let known = inside;
  let out = bound;
  for (let step = 1; ; step *= 2) {
    const next = direction === 1 ? Math.min(inside + step, bound) : Math.max(inside - step, bound);
    if (classify(next) !== phrase) {
      out = next;
      break;
    }
    known = next;
  }
  while (Math.abs(out - known) > 1) {
    const mid = known + direction * Math.floor(Math.abs(out - known) / 2);
    if (classify(mid) === phrase) known = mid;
    else out = mid;
  }
  return out;
}

function learnRange(s: number, phrase: number): void {
  if (!Number.isNaN(rangeLo[phrase])) return;
  if (phrase === LESS_THAN_A_SECOND) {
    rangeLo[phrase] = Number.NEGATIVE_INFINITY;
    rangeHi[phrase] = 1;
    return;
  }
  rangeLo[phrase] = phraseEnd(s, phrase, -1) + 1;
  rangeHi[phrase] = phraseEnd(s, phrase, 1);
}

/**
 * Strings derived from duration phrases ("5 minutes ago", "Up 5 minutes"), built once per phrase.
 * A big table repeats a few hundred phrases thousands of times, and building each string again
 * was a large part of `docker ps`. Every table stays small: each kind's count is bounded (seconds
 * and minutes < 60, hours < 48, …, years < KIND_SHIFT).
 */
export class DurationPhrases {
  private readonly tables: string[][] = [[], [], [], [], [], [], [], []];
  /** The last phrase given and the seconds it covers: neighbouring rows mostly read the same. */
  private lastLo = 0;
  private lastHi = 0;
  private lastText = '';

  constructor(private readonly derive: (phrase: string) => string) {}

  /**
   * The string for a duration of `s` whole seconds (see wholeSeconds). Taking seconds, which fit
   * V8's small integers, spares a boxed number per call: `docker ps` makes 20k calls.
   */
  ofSeconds(s: number): string {
    if (s >= this.lastLo && s < this.lastHi) return this.lastText;
    const phrase = classify(s);
    const kind = (phrase / KIND_SHIFT) | 0;
    const count = phrase - kind * KIND_SHIFT;
    const table = this.tables[kind] as string[];
    let text = table[count];
    if (text === undefined) {
      const derived = this.derive(
        kind === FIXED ? (FIXED_WORDS[count] ?? '') : `${count} ${UNIT_WORDS[kind]}`,
      );
      // Kept flat (a joined copy): a template gives a V8 rope, which costs a recursive walk each
      // time a table's text is flattened from its cells.
      text = derived.split('').join('');
      table[count] = text;
    }
    if (Number.isInteger(s)) {
      learnRange(s, phrase);
      this.lastLo = rangeLo[phrase] as number;
      this.lastHi = rangeHi[phrase] as number;
      this.lastText = text;
    }
    return text;
  }

  /** The string for a duration of `ms` milliseconds. */
  of(ms: number): string {
    return this.ofSeconds(wholeSeconds(ms));
  }
}

const phrases = new DurationPhrases((phrase) => phrase);

/**
 * Human-readable approximation of a duration, e.g. "Less than a second", "About an hour",
 * "3 weeks". Negative or NaN input reads as "Less than a second", like a negative Go Duration.
 */
export function humanDuration(ms: number): string {
  return phrases.of(ms);
}
