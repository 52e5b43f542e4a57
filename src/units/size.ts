/**
 * Port of go-units size.go (`HumanSize`, `HumanSizeWithPrecision`): decimal units and Go's
 * `%.*g` formatting, including quirks such as `1e+03kB` for 999500 bytes.
 */

const DECIMAL_ABBRS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'] as const;

/** Decimal digits without leading/trailing zeros; value = 0.d1d2d3… × 10^dp (Go's strconv decimal). */
interface Digits {
  digits: string;
  dp: number;
}

function trimZeros(d: Digits): Digits {
  let end = d.digits.length;
  while (end > 0 && d.digits.charCodeAt(end - 1) === 48) end--;
  return end === d.digits.length ? d : { digits: d.digits.slice(0, end), dp: end === 0 ? 0 : d.dp };
}

/**
 * The exact decimal expansion of a finite positive double. Go rounds the exact binary value
 * (half to even on exact ties), so JS's toPrecision (ties away from zero) cannot be used.
 */
function exactDigits(x: number): Digits {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp2 = -1074;
  if (biased !== 0) {
    mant |= 1n << 52n;
    exp2 = biased - 1075;
  }
  if (mant === 0n) return { digits: '', dp: 0 };
  if (exp2 >= 0) {
    const s = (mant << BigInt(exp2)).toString();
    return trimZeros({ digits: s, dp: s.length });
  }
  // m / 2^k = m * 5^k / 10^k
  const s = (mant * 5n ** BigInt(-exp2)).toString();
  return trimZeros({ digits: s, dp: s.length + exp2 });
}

/** Go's decimal.Round to `nd` significant digits (strconv/decimal.go shouldRoundUp). */
function roundDigits(d: Digits, nd: number): Digits {
  const { digits } = d;
  if (nd < 0 || nd >= digits.length) return d;
  const c = digits.charCodeAt(nd);
  const up =
    c === 53 && nd + 1 === digits.length ? nd > 0 && (digits.charCodeAt(nd - 1) - 48) % 2 === 1 : c >= 53;
  if (!up) return trimZeros({ digits: digits.slice(0, nd), dp: d.dp });
  for (let i = nd - 1; i >= 0; i--) {
    const ci = digits.charCodeAt(i);
    if (ci < 57) return { digits: digits.slice(0, i) + String.fromCharCode(ci + 1), dp: d.dp };
  }
  return { digits: '1', dp: d.dp + 1 };
}

/**
 * `x` (finite, > 0) rounded to `nd` ≥ 1 significant digits as Go does. JS's toExponential rounds
 * the exact binary value too, so it agrees with Go except on an exact tie, where JS rounds away
 * from zero and Go to even. A tie needs the exact value to end right after those digits with a
 * 5, so when one more digit is not a 5 there is none; otherwise take the exact (BigInt) path.
 * The fast path spares `docker images` a BigInt expansion per image.
 */
function roundedDigits(x: number, nd: number): Digits {
  if (nd < 100) {
    const probe = x.toExponential(nd);
    if (probe.charCodeAt(nd + 1) !== 53) return parseExponential(x.toExponential(nd - 1));
  }
  return roundDigits(exactDigits(x), nd);
}

/** "1.23e+5" → digits 123, dp 6. */
function parseExponential(s: string): Digits {
  const e = s.indexOf('e');
  const digits = e === 1 ? s.slice(0, 1) : s.slice(0, 1) + s.slice(2, e);
  return trimZeros({ digits, dp: Number(s.slice(e + 1)) + 1 });
}

/** Shortest round-trip digits; JS and Go both pick the closest shortest representation. */
function shortestDigits(x: number): Digits {
  const [mantissa = '', exponent = '0'] = x.toExponential().split('e');
  return trimZeros({ digits: mantissa.replace('.', ''), dp: Number(exponent) + 1 });
}

function fmtE(d: Digits, prec: number): string {
  let out = d.digits[0] ?? '0';
  if (prec > 0) out += `.${d.digits.slice(1, prec + 1).padEnd(prec, '0')}`;
  const exp = d.digits.length === 0 ? 0 : d.dp - 1;
  const abs = Math.abs(exp);
  return `${out}e${exp < 0 ? '-' : '+'}${abs < 10 ? `0${abs}` : abs}`;
}

function fmtF(d: Digits, prec: number): string {
  let out = d.dp > 0 ? d.digits.slice(0, d.dp).padEnd(d.dp, '0') : '0';
  if (prec > 0) {
    out += '.';
    for (let i = 1; i <= prec; i++) {
      const j = d.dp + i - 1;
      out += j >= 0 && j < d.digits.length ? d.digits[j] : '0';
    }
  }
  return out;
}

/**
 * Go's `fmt.Sprintf("%.*g", precision, x)`. A negative precision means Go's shortest `%g`.
 * Exported for tests and for other Go `%g` call sites.
 */
export function formatGoG(x: number, precision: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? '+Inf' : '-Inf';
  const neg = x < 0 || Object.is(x, -0);
  const shortest = precision < 0;
  let prec = shortest ? 0 : Math.max(precision, 1);
  let d: Digits;
  if (x === 0) d = { digits: '', dp: 0 };
  else if (shortest) d = shortestDigits(Math.abs(x));
  else d = roundedDigits(Math.abs(x), prec);
  if (shortest) prec = d.digits.length;

  // strconv/ftoa.go formatDigits, case 'g'.
  const nd = d.digits.length;
  let eprec = prec;
  if (eprec > nd && nd >= d.dp) eprec = nd;
  if (shortest) eprec = 6;
  const exp = d.dp - 1;
  let body: string;
  if (exp < -4 || exp >= eprec) {
    body = fmtE(d, Math.min(prec, nd) - 1);
  } else {
    body = fmtF(d, Math.max((prec > d.dp ? nd : prec) - d.dp, 0));
  }
  return neg ? `-${body}` : body;
}

/** go-units `HumanSizeWithPrecision`: decimal (1000-based) units, `precision` significant digits. */
export function humanSizeWithPrecision(bytes: number, precision: number): string {
  let size = bytes;
  let i = 0;
  while (size >= 1000 && i < DECIMAL_ABBRS.length - 1) {
    size /= 1000;
    i++;
  }
  return `${formatGoG(size, precision)}${DECIMAL_ABBRS[i]}`;
}

/** go-units `HumanSize`: four significant digits ("Total reclaimed space: 1.84kB"). */
export function humanSize(bytes: number): string {
  return humanSizeWithPrecision(bytes, 4);
}
