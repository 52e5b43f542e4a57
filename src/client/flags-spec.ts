/** Flag specs and their Go-side defaults, shared by the parser (flags.ts) and help (flags-usage.ts). */

import { formatDuration } from './flags-go';

/**
 * - bool: `--x`, `--x=false`; never consumes the next argument.
 * - string / int (Go int64 via strconv.ParseInt base 0: `0x10`, `1_000`) / duration (Go syntax,
 *   stored as milliseconds).
 * - list: docker's opts.ListOpts, repeated flags accumulate.
 * - filter: docker's opts.FilterOpt, `name=value` required, stored as normalised `name=value`.
 * - map: docker's opts.MapOpts, `k=v` (or `k`) into a record.
 */
export type FlagType = 'bool' | 'string' | 'int' | 'list' | 'filter' | 'duration' | 'map';

export type FlagValue = boolean | string | number | string[] | Record<string, string>;

/** The stored value for each flag type. */
export type FlagValueOf<T extends FlagType> = T extends 'bool'
  ? boolean
  : T extends 'string'
    ? string
    : T extends 'int' | 'duration'
      ? number
      : T extends 'list' | 'filter'
        ? string[]
        : Record<string, string>;

/** What a validator (like docker's opts.ValidateEnv) makes of a raw value. */
export type FlagValidation = { ok: true; value: string } | { ok: false; error: string };

export interface FlagSpec {
  /** Long name, without dashes; values are keyed by it. */
  readonly name: string;
  /** One ASCII character. Claiming `h` moves help to `--help` only (as `docker run -h` is hostname). */
  readonly short?: string;
  readonly type: FlagType;
  /** Initial value; for `duration` in milliseconds. */
  readonly default?: boolean | string | number | readonly string[] | Readonly<Record<string, string>>;
  readonly description: string;
  /** Parsed but left out of `formatFlagUsages`. */
  readonly hidden?: boolean;
  /** Go `Value.Type()` shown in help instead of the type (`bytes`, `ulimit`, `uint16`…). */
  readonly valueName?: string;
  /** Go `DefValue` shown in help instead of the one derived from `default` (`[]` for docker's throttle lists). */
  readonly defaultText?: string;
  /** pflag MarkDeprecated: hidden, and each use adds the notice `Flag --x has been deprecated, <msg>`. */
  readonly deprecated?: string;
  /** pflag MarkShorthandDeprecated: the short form still works but adds a notice; errors name `--x`. */
  readonly shortDeprecated?: string;
  /** Checks/rewrites the raw value before it is stored (not for bool); an error is wrapped like pflag's. */
  readonly validate?: (value: string) => FlagValidation;
}

function isRecord(d: FlagSpec['default']): d is Readonly<Record<string, string>> {
  return typeof d === 'object' && !Array.isArray(d);
}

/** The value a flag has before parsing (a fresh copy for lists and maps). */
export function initialValue(spec: FlagSpec): FlagValue {
  const d = spec.default;
  switch (spec.type) {
    case 'bool':
      return typeof d === 'boolean' ? d : false;
    case 'string':
      return typeof d === 'string' ? d : '';
    case 'int':
    case 'duration':
      return typeof d === 'number' ? d : 0;
    case 'list':
    case 'filter':
      return Array.isArray(d) ? [...d] : [];
    case 'map':
      return isRecord(d) ? { ...d } : {};
  }
}

/** pflag's DefValue: the default as Go's Value.String() renders it. */
export function defaultText(spec: FlagSpec): string {
  if (spec.defaultText !== undefined) return spec.defaultText;
  const v = initialValue(spec);
  if (spec.type === 'duration') return formatDuration(BigInt(Math.round((v as number) * 1e6)));
  if (spec.type === 'filter') return ''; // FilterOpt prints JSON only when non-empty; docker has none
  if (Array.isArray(v)) return v.length === 0 ? '' : `[${v.join(' ')}]`;
  if (typeof v === 'object') {
    const keys = Object.keys(v).sort();
    return `map[${keys.map((k) => `${k}:${v[k]}`).join(' ')}]`;
  }
  return String(v);
}
