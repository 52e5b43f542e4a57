/**
 * The Go standard-library pieces that shape pflag's error texts and values: strconv.Quote /
 * QuoteRune (`%q`), strconv.ParseBool, strconv.ParseInt(s, 0, 64), time.ParseDuration and
 * time.Duration.String. Errors come back as Go's message text, never thrown.
 */
import { codePointBytes } from '../units/utf8';

export type GoResult<T> = { ok: true; value: T } | { ok: false; error: string };

// Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space.
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;
const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

function escapeRune(cp: number, quote: string): string {
  const ch = String.fromCodePoint(cp);
  if (ch === quote || ch === '\\') return `\\${ch}`;
  if (PRINTABLE.test(ch)) return ch;
  switch (cp) {
    case 7:
      return '\\a';
    case 8:
      return '\\b';
    case 12:
      return '\\f';
    case 10:
      return '\\n';
    case 13:
      return '\\r';
    case 9:
      return '\\t';
    case 11:
      return '\\v';
  }
  if (cp < 0x20 || cp === 0x7f) return `\\x${hex(cp, 2)}`;
  // A lone UTF-16 surrogate has no UTF-8 form; Go would only ever see U+FFFD.
  if (cp >= 0xd800 && cp <= 0xdfff) return '\\ufffd';
  return cp < 0x10000 ? `\\u${hex(cp, 4)}` : `\\U${hex(cp, 8)}`;
}

/** strconv.Quote, i.e. what `%q` prints for a string. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) out += escapeRune(ch.codePointAt(0) ?? 0, '"');
  return `${out}"`;
}

/** strconv.QuoteRune, i.e. what `%q` prints for a rune or byte. */
export function goQuoteRune(cp: number): string {
  return `'${escapeRune(cp, "'")}'`;
}

/** time's private quote(): non-ASCII and control characters become \x escapes of their bytes. */
function timeQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0x80 || cp < 0x20) {
      for (const b of codePointBytes(cp)) out += `\\x${hex(b, 2)}`;
    } else {
      out += ch === '"' || ch === '\\' ? `\\${ch}` : ch;
    }
  }
  return `${out}"`;
}

const TRUE_WORDS = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const FALSE_WORDS = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);

export function parseBool(s: string): GoResult<boolean> {
  if (TRUE_WORDS.has(s)) return { ok: true, value: true };
  if (FALSE_WORDS.has(s)) return { ok: true, value: false };
  return { ok: false, error: `strconv.ParseBool: parsing ${goQuote(s)}: invalid syntax` };
}

/** strconv's underscoreOK: `_` only between digits (or right after a base prefix). */
function underscoreOK(str: string): boolean {
  let s = str;
  let saw = '^';
  let i = 0;
  if (s.startsWith('-') || s.startsWith('+')) s = s.slice(1);
  let isHex = false;
  const p = s[1]?.toLowerCase();
  if (s.length >= 2 && s[0] === '0' && (p === 'b' || p === 'o' || p === 'x')) {
    i = 2;
    saw = '0';
    isHex = p === 'x';
  }
  for (; i < s.length; i++) {
    const c = s[i] ?? '';
    if ((c >= '0' && c <= '9') || (isHex && /[a-fA-F]/.test(c))) {
      saw = '0';
    } else if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
    } else {
      if (saw === '_') return false;
      saw = '!';
    }
  }
  return saw !== '_';
}

const MAX_UINT64 = (1n << 64n) - 1n;

/** strconv.ParseUint(s, 0, 64) without the error wrapping; overflow is reported on the spot. */
function parseUint0(str: string): bigint | 'syntax' | 'range' {
  if (str === '') return 'syntax';
  let s = str;
  let base = 10n;
  if (s[0] === '0') {
    const p = s[1]?.toLowerCase();
    const prefixed = s.length >= 3 && (p === 'b' || p === 'o' || p === 'x');
    base = prefixed ? (p === 'b' ? 2n : p === 'o' ? 8n : 16n) : 8n;
    s = s.slice(prefixed ? 2 : 1);
  }
  const cutoff = MAX_UINT64 / base + 1n;
  let n = 0n;
  let underscores = false;
  for (const c of s) {
    if (c === '_') {
      underscores = true;
      continue;
    }
    let d: bigint;
    if (c >= '0' && c <= '9') d = BigInt(c.charCodeAt(0) - 48);
    else if (/^[a-zA-Z]$/.test(c)) d = BigInt(c.toLowerCase().charCodeAt(0) - 87);
    else return 'syntax';
    if (d >= base) return 'syntax';
    // Go checks overflow digit by digit, so "99999999999999999999x" is a range error.
    if (n >= cutoff) return 'range';
    n = n * base + d;
    if (n > MAX_UINT64) return 'range';
  }
  if (underscores && !underscoreOK(str)) return 'syntax';
  return n;
}

/** strconv.ParseInt(s, 0, 64) as pflag's int flags call it: base prefixes and `_` allowed. */
export function parseInt64(s: string): GoResult<bigint> {
  const neg = s.startsWith('-');
  const u = parseUint0(neg || s.startsWith('+') ? s.slice(1) : s);
  const fail = (why: string) => ({
    ok: false as const,
    error: `strconv.ParseInt: parsing ${goQuote(s)}: ${why}`,
  });
  if (u === 'syntax') return fail('invalid syntax');
  const limit = 1n << 63n;
  if (u === 'range' || (!neg && u >= limit) || (neg && u > limit)) return fail('value out of range');
  return { ok: true, value: neg ? -u : u };
}

const UNIT_NS: Readonly<Record<string, bigint>> = {
  ns: 1n,
  us: 1000n,
  µs: 1000n, // U+00B5 micro sign
  μs: 1000n, // U+03BC Greek mu
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
};

/** time.ParseDuration, returning nanoseconds. */
export function parseDuration(orig: string): GoResult<bigint> {
  const invalid = { ok: false as const, error: `time: invalid duration ${timeQuote(orig)}` };
  const limit = 1n << 63n;
  let s = orig;
  let neg = false;
  if (s[0] === '-' || s[0] === '+') {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return { ok: true, value: 0n };
  if (s === '') return invalid;
  let total = 0n;
  while (s !== '') {
    if (!/^[0-9.]/.test(s)) return invalid;
    const intPart = /^[0-9]*/.exec(s)?.[0] ?? '';
    let v = intPart === '' ? 0n : BigInt(intPart);
    if (v > limit) return invalid;
    s = s.slice(intPart.length);
    let frac = 0n;
    let scale = 1;
    let post = false;
    if (s[0] === '.') {
      const fracDigits = /^[0-9]*/.exec(s.slice(1))?.[0] ?? '';
      post = fracDigits !== '';
      s = s.slice(1 + fracDigits.length);
      // leadingFraction stops accumulating (silently) once more digits would overflow.
      for (const c of fracDigits) {
        const next = frac * 10n + BigInt(c.charCodeAt(0) - 48);
        if (frac > (limit - 1n) / 10n || next > limit) break;
        frac = next;
        scale *= 10;
      }
    }
    if (intPart === '' && !post) return invalid;
    const unitText = /^[^0-9.]*/.exec(s)?.[0] ?? '';
    if (unitText === '') return { ok: false, error: `time: missing unit in duration ${timeQuote(orig)}` };
    s = s.slice(unitText.length);
    const unit = UNIT_NS[unitText];
    if (unit === undefined) {
      return {
        ok: false,
        error: `time: unknown unit ${timeQuote(unitText)} in duration ${timeQuote(orig)}`,
      };
    }
    if (v > limit / unit) return invalid;
    v *= unit;
    if (frac > 0n) {
      // Go uses float64 here too: uint64(float64(f) * (float64(unit) / scale)).
      v += BigInt(Math.trunc(Number(frac) * (Number(unit) / scale)));
      if (v > limit) return invalid;
    }
    total += v;
    if (total > limit) return invalid;
  }
  if (neg) return { ok: true, value: -total };
  if (total > limit - 1n) return invalid;
  return { ok: true, value: total };
}

/** Go's fmtFrac: ".123" for the low `prec` digits without trailing zeros, or "". */
function fraction(v: bigint, prec: number): string {
  const digits = (v % 10n ** BigInt(prec)).toString().padStart(prec, '0').replace(/0+$/, '');
  return digits === '' ? '' : `.${digits}`;
}

/** time.Duration.String ("1h0m0s", "1.5s", "500ms", "0s") for nanoseconds. */
export function formatDuration(ns: bigint): string {
  const neg = ns < 0n;
  const u = neg ? -ns : ns;
  let out: string;
  if (u === 0n) return '0s';
  if (u < 1_000_000_000n) {
    const [prec, unit] = u < 1000n ? [0, 'ns'] : u < 1_000_000n ? [3, 'µs'] : [6, 'ms'];
    out = `${u / 10n ** BigInt(prec)}${fraction(u, prec)}${unit}`;
  } else {
    const secs = u / 1_000_000_000n;
    out = `${secs % 60n}${fraction(u, 9)}s`;
    const mins = secs / 60n;
    if (mins > 0n) {
      out = `${mins % 60n}m${out}`;
      const hours = mins / 60n;
      if (hours > 0n) out = `${hours}h${out}`;
    }
  }
  return neg ? `-${out}` : out;
}
