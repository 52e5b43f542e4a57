/**
 * Go's fmt.Sprintf, Sprint and Sprintln for the verbs a format string uses (%s %v %d %q %t %x
 * %X %f %g %e %%, flags `-` `0` `+` ` `, width, precision), with fmt's in-band error texts:
 * `%!d(string=x)`, `%!s(MISSING)`, `%!(EXTRA string=b)`.
 */
import { formatValue, GoFloat, goFloat, goType, utf8Bytes } from './values';

function pad(s: string, width: number | undefined, minus: boolean, zero: boolean): string {
  if (width === undefined || s.length >= width) return s;
  if (minus) return s.padEnd(width);
  if (zero) {
    const sign = /^[+-]/.test(s) ? (s[0] as string) : '';
    return sign + s.slice(sign.length).padStart(width - sign.length, '0');
  }
  return s.padStart(width);
}

const numberOf = (v: unknown): number | undefined =>
  typeof v === 'number' ? v : v instanceof GoFloat ? v.value : undefined;
const isInt = (v: unknown) => typeof v === 'number' && Number.isInteger(v);

function bad(verb: string, v: unknown): string {
  return `%!${verb}(${goType(v)}=${formatValue(v)})`;
}

function formatOne(
  verb: string,
  v: unknown,
  prec: number | undefined,
  plus: boolean,
  space: boolean,
): string {
  const n = numberOf(v);
  const signed = (s: string, x: number) => (x >= 0 && plus ? `+${s}` : x >= 0 && space ? ` ${s}` : s);
  switch (verb) {
    case 'v':
      return formatValue(v);
    case 's':
      if (typeof v === 'string') return prec === undefined ? v : v.slice(0, prec);
      if (Array.isArray(v) || typeof v === 'object') return formatValue(v);
      return bad(verb, v);
    case 'q':
      return typeof v === 'string' ? JSON.stringify(v) : bad(verb, v);
    case 't':
      return typeof v === 'boolean' ? String(v) : bad(verb, v);
    case 'd':
      return isInt(v) ? signed(String(v), v as number) : bad(verb, v);
    case 'x':
    case 'X': {
      let s: string;
      if (isInt(v)) s = (v as number).toString(16);
      else if (typeof v === 'string')
        s = [...utf8Bytes(v)].map((b) => b.toString(16).padStart(2, '0')).join('');
      else return bad(verb, v);
      return verb === 'X' ? s.toUpperCase() : s;
    }
    case 'f':
    case 'F':
      return n === undefined ? bad(verb, v) : signed(n.toFixed(prec ?? 6), n);
    case 'e':
      return n === undefined
        ? bad(verb, v)
        : signed(n.toExponential(prec ?? 6).replace(/e([+-])(\d)$/, 'e$10$2'), n);
    case 'g':
      return n === undefined
        ? bad(verb, v)
        : signed(prec === undefined ? goFloat(n) : String(Number(n.toPrecision(prec))), n);
    default:
      return `%!${verb}(${goType(v)}=${formatValue(v)})`;
  }
}

export function sprintf(format: string, args: readonly unknown[]): string {
  let out = '';
  let argi = 0;
  const re = /%([-+# 0]*)(\d+)?(?:\.(\d*))?([a-zA-Z%])?/g;
  let last = 0;
  for (let m = re.exec(format); m; m = re.exec(format)) {
    out += format.slice(last, m.index);
    last = re.lastIndex;
    const [, flags = '', w, p, verb] = m;
    if (verb === undefined) {
      out += '%!(NOVERB)';
      continue;
    }
    if (verb === '%') {
      out += '%';
      continue;
    }
    if (argi >= args.length) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    const v = args[argi++];
    const prec = p === undefined ? undefined : p === '' ? 0 : Number(p);
    const s = formatOne(verb, v, prec, flags.includes('+'), flags.includes(' '));
    out += pad(
      s,
      w === undefined ? undefined : Number(w),
      flags.includes('-'),
      flags.includes('0') && verb !== 's',
    );
  }
  out += format.slice(last);
  if (argi < args.length) {
    out += `%!(EXTRA ${args
      .slice(argi)
      .map((a) => `${goType(a)}=${formatValue(a)}`)
      .join(', ')})`;
  }
  return out;
}

/** fmt.Sprint: a space between operands when neither side is a string. */
export function sprint(args: readonly unknown[]): string {
  let out = '';
  args.forEach((a, i) => {
    if (i > 0 && typeof a !== 'string' && typeof args[i - 1] !== 'string') out += ' ';
    out += formatValue(a);
  });
  return out;
}

/** fmt.Sprintln: always a space between operands, and a newline. */
export function sprintln(args: readonly unknown[]): string {
  return `${args.map(formatValue).join(' ')}\n`;
}
