/**
 * How the docker client draws a pull (or push) progress stream: a port of `DisplayJSONMessagesStream`,
 * `JSONMessage.Display` and `JSONProgress.String` from pkg/jsonmessage/jsonmessage.go as vendored in
 * docker/cli v28 (cursor moves through morikuni/aec), and of go-units `HumanSize`.
 *
 * One deliberate mapping: Go decides "is this a progress line?" by whether `progressDetail` was sent
 * at all, because the daemon's `progress.Update` always attaches one, empty or not (`Pulling fs
 * layer`, `Pull complete` carry `{}`), while `progress.Message` (`Digest:`, `Status:`) attaches none.
 * Our `JSONMessage` (daemon/api.ts) cannot express an empty-but-present detail, so here **a message
 * with an `id` is a progress line** and `progressDetail` only feeds the progress string. The daemon
 * must therefore send id-less messages for everything that is not a per-layer line, including
 * `latest: Pulling from library/hello-world` (moby sends that one with id `latest` and no detail; the
 * output is the same, `latest: Pulling from …\n`).
 */
import type { JSONMessage } from '../daemon/api';

export interface JSONMessageRendererOptions {
  /** Whether the output stream is a terminal (the CLI's `stream.IsTerminal()`). */
  readonly tty: boolean;
  /**
   * Terminal width, read by `JSONProgress.String` on every message. The `[===>  ]` bar only appears
   * when it is over 110 columns; the time-left box needs over 50 but never shows here (no `start`).
   * Default 80, a standard terminal, on which docker prints sizes without a bar.
   */
  readonly columns?: number;
}

export interface JSONMessageRenderer {
  /** The bytes the docker client writes for this message, in stream order (`""` when it prints nothing). */
  render(msg: JSONMessage): string;
}

const ESC = '\x1b';
/** aec.EraseLine(aec.EraseModes.All). */
const CLEAR_LINE = `${ESC}[2K`;
/** aec.Up / aec.Down: nothing for 0, else `ESC[<n>A` / `ESC[<n>B`. */
const cursorUp = (n: number) => (n === 0 ? '' : `${ESC}[${n}A`);
const cursorDown = (n: number) => (n === 0 ? '' : `${ESC}[${n}B`);

export function createJSONMessageRenderer(opts: JSONMessageRendererOptions): JSONMessageRenderer {
  const columns = opts.columns ?? 80;
  // Line of each progress id, counted from the first progress line of the current block. Cleared by
  // any non-progress message, so a later block (pull -a, a second image) starts fresh below it.
  let ids = new Map<string, number>();

  return {
    render(msg) {
      let out = '';
      let diff = 0;
      // Go's `jm.ID != ""`: an empty id is no id.
      const id = msg.id ?? '';
      const isProgress = id !== '';
      if (isProgress) {
        let line = ids.get(id);
        if (line === undefined) {
          // A new id opens a new line below the block; `len(ids)` works only because the map is reset
          // whenever something outside it is printed (jsonmessage.go's own NOTE).
          line = ids.size;
          ids.set(id, line);
          if (opts.tty) out += '\n';
        }
        diff = ids.size - line;
        if (opts.tty) out += cursorUp(diff);
      } else {
        ids = new Map();
      }
      out += display(msg, opts.tty, isProgress, columns);
      if (isProgress && opts.tty) out += cursorDown(diff);
      return out;
    },
  };
}

/** JSONMessage.Display for the fields our messages have (no stream, time, from, error or aux). */
function display(msg: JSONMessage, tty: boolean, isProgress: boolean, columns: number): string {
  const progress = isProgress ? progressString(msg.progressDetail, columns) : '';
  let out = '';
  let endl = '';
  if (tty && isProgress) {
    out += `${CLEAR_LINE}\r`;
    endl = '\r';
  } else if (isProgress && progress !== '') {
    // "disable progressbar in non-terminal": Downloading/Extracting updates vanish from pipes.
    return '';
  }
  if (msg.id !== undefined && msg.id !== '') out += `${msg.id}: `;
  // On a TTY a progress line is `status + " " + progress + "\r"`, which leaves the one trailing space
  // of `1b930d010525: Pull complete ` when the progress string is empty.
  if (tty && isProgress) out += `${msg.status} ${progress}${endl}`;
  else out += `${msg.status}${endl}\n`;
  return out;
}

/** JSONProgress.String with `Units` and `HideCounts` unset (bytes) and no `Start` (no time left). */
export function progressString(
  detail: { readonly current: number; readonly total: number } | undefined,
  columns: number,
): string {
  const current = detail?.current ?? 0;
  const total = detail?.total ?? 0;
  if (current <= 0 && total <= 0) return '';
  if (total <= 0) return humanSize(current).padStart(8);

  // int(float64(current)/float64(total)*100) / 2, both Go integer truncations.
  const percentage = Math.min(50, Math.trunc(Math.trunc((current / total) * 100) / 2));
  let bar = '';
  if (columns > 110) {
    bar = `[${'='.repeat(percentage)}>${' '.repeat(Math.max(0, 50 - percentage))}] `;
  }
  // `%8v/%v`, and only `%8v` when the reported current overshoots the total.
  const numbers =
    current > total
      ? humanSize(current).padStart(8)
      : `${humanSize(current).padStart(8)}/${humanSize(total)}`;
  return bar + numbers;
}

const DECIMAL_UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'] as const;

/**
 * go-units HumanSize: divide by 1000 while ≥ 1000, then `%.4g` + unit (`977B`, `1.2kB`, `12.12kB`).
 * Local until the shared units module lands; it must agree with that one.
 */
export function humanSize(bytes: number): string {
  let size = bytes;
  let unit = 0;
  while (size >= 1000 && unit < DECIMAL_UNITS.length - 1) {
    size /= 1000;
    unit += 1;
  }
  return formatG(size, 4) + DECIMAL_UNITS[unit];
}

/**
 * Go's `%.<precision>g`: round to `precision` significant digits, ties to even on the exact binary
 * value (JS `toPrecision` rounds ties up: 12.125 → "12.13" where Go prints "12.12"), drop trailing
 * zeros, and use exponent form only when the exponent is < -4 or ≥ precision.
 */
function formatG(value: number, precision: number): string {
  if (value === 0) return '0';
  if (!Number.isFinite(value)) return value > 0 ? '+Inf' : value < 0 ? '-Inf' : 'NaN';
  const sign = value < 0 ? '-' : '';
  const { digits, exponent } = roundHalfEven(exactDigits(Math.abs(value)), precision);
  // `digits` has no trailing zeros; `exponent` is the power of ten of its first digit.
  if (exponent < -4 || exponent >= precision) {
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = Math.abs(exponent).toString().padStart(2, '0');
    return `${sign}${mantissa}e${exponent < 0 ? '-' : '+'}${e}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  const intPart = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
  const frac = digits.slice(exponent + 1);
  return sign + intPart + (frac === '' ? '' : `.${frac}`);
}

/** All significant decimal digits of a positive double and the power of ten of the first one. */
function exactDigits(value: number): { digits: string; exponent: number } {
  // toExponential(100) prints up to 101 significant digits: exact for the binary fractions that
  // matter here (sizes under 1000 after scaling have at most ~55), and close enough beyond.
  const [mantissa = '0', exp = '0'] = value.toExponential(100).split('e');
  return { digits: mantissa.replace('.', '').replace(/0+$/, '') || '0', exponent: Number(exp) };
}

function roundHalfEven(
  { digits, exponent }: { digits: string; exponent: number },
  precision: number,
): { digits: string; exponent: number } {
  if (digits.length <= precision) return { digits, exponent };
  const kept = digits.slice(0, precision);
  const rest = digits.slice(precision);
  const first = rest.charCodeAt(0) - 48;
  // Trailing zeros are already stripped, so a rest of exactly "5" is an exact halfway case.
  const tie = rest === '5';
  const lastKept = kept.charCodeAt(precision - 1) - 48;
  const up = first > 5 || (first === 5 && !tie) || (tie && lastKept % 2 === 1);
  if (!up) return { digits: kept.replace(/0+$/, '') || '0', exponent };
  // Add one in the last kept place, carrying; "9999" becomes "1" one power of ten higher.
  const bumped = (BigInt(kept) + 1n).toString();
  if (bumped.length > precision) return { digits: '1', exponent: exponent + 1 };
  return { digits: bumped.replace(/0+$/, ''), exponent };
}
