/**
 * A spec-driven port of spf13/pflag's parser as docker's cobra commands use it. No npm parser
 * reproduces pflag (`-p8080:80`, `--rm=false`, `-it`, stop-at-first-positional for `run`, the
 * exact error texts), which docker prints verbatim, so this follows pflag's flag.go line by line.
 *
 * Errors are values (`{ ok: false, error }`) carrying pflag's message only; the command layer
 * adds docker's "\n\nUsage: …\n\nRun 'docker ps --help' for more information" and exit 125.
 */

import { codePointBytes } from '../units/utf8';
import { goQuote, goQuoteRune, parseBool, parseDuration, parseInt64 } from './flags-go';
import { type FlagSpec, type FlagValue, type FlagValueOf, initialValue } from './flags-spec';

export interface ParseOptions {
  /** false for run/create/exec: the first positional and everything after it are args verbatim. */
  readonly interspersed: boolean;
}

/** Values keyed by long name with defaults filled in; typed per spec when specs are `as const`. */
export type FlagValues<S extends readonly FlagSpec[] = readonly FlagSpec[]> = {
  [K in S[number] as K['name']]: FlagValueOf<K['type']>;
} & { help: boolean };

export type ParseResult<S extends readonly FlagSpec[] = readonly FlagSpec[]> =
  | {
      ok: true;
      flags: FlagValues<S>;
      args: string[];
      /** Long names of flags given on the command line (pflag's `Changed`), even `--rm=false`. */
      set: ReadonlySet<string>;
      /** `--help` (or `-h` unless a spec claims it) was given and parsed true. */
      help: boolean;
      /** Deprecation notices in order; docker prints them on stdout as they occur. */
      notices: string[];
    }
  | { ok: false; error: string };

/**
 * Docker's help flag: root's persistent `-h, --help` with the shorthand deprecated and hidden.
 * Commands where `-h` means something else (run/create) declare a visible `--help` themselves.
 */
function withHelp(specs: readonly FlagSpec[]): readonly FlagSpec[] {
  if (specs.some((s) => s.name === 'help')) return specs;
  const shortTaken = specs.some((s) => s.short === 'h');
  const help: FlagSpec = shortTaken
    ? { name: 'help', type: 'bool', description: 'Print usage', hidden: true }
    : {
        name: 'help',
        short: 'h',
        type: 'bool',
        description: 'Print usage',
        hidden: true,
        shortDeprecated: 'use --help',
      };
  return [...specs, help];
}

/** pflag's name in "invalid argument … for %q flag". */
function flagLabel(spec: FlagSpec): string {
  return spec.short && !spec.shortDeprecated ? `-${spec.short}, --${spec.name}` : `--${spec.name}`;
}

/** (*FlagSet).Set: the Value's Set, then pflag's wrapping of its error. */
function setValue(spec: FlagSpec, raw: string, values: Record<string, FlagValue>): string | undefined {
  const fail = (why: string) =>
    `invalid argument ${goQuote(raw)} for ${goQuote(flagLabel(spec))} flag: ${why}`;
  if (spec.type === 'bool') {
    const r = parseBool(raw);
    if (!r.ok) return fail(r.error);
    values[spec.name] = r.value;
    return undefined;
  }
  let value = raw;
  if (spec.validate) {
    const v = spec.validate(raw);
    if (!v.ok) return fail(v.error);
    value = v.value;
  }
  const current = values[spec.name];
  switch (spec.type) {
    case 'string':
      values[spec.name] = value;
      return undefined;
    case 'int': {
      const r = parseInt64(value);
      if (!r.ok) return fail(r.error);
      values[spec.name] = Number(r.value);
      return undefined;
    }
    case 'duration': {
      const r = parseDuration(value);
      if (!r.ok) return fail(r.error);
      values[spec.name] = Number(r.value) / 1e6;
      return undefined;
    }
    case 'list':
      (current as string[]).push(value);
      return undefined;
    case 'filter': {
      // opts.FilterOpt.Set: empty is ignored, names are trimmed and lower-cased.
      if (value === '') return undefined;
      const eq = value.indexOf('=');
      if (eq < 0) return fail('bad format of filter (expected name=value)');
      const entry = `${value.slice(0, eq).trim().toLowerCase()}=${value.slice(eq + 1).trim()}`;
      const list = current as string[];
      if (!list.includes(entry)) list.push(entry);
      return undefined;
    }
    case 'map': {
      const eq = value.indexOf('=');
      const map = current as Record<string, string>;
      if (eq < 0) map[value] = '';
      else map[value.slice(0, eq)] = value.slice(eq + 1);
      return undefined;
    }
  }
}

/** `%q` of the byte Go's parser looks at: the first UTF-8 byte, read as a Latin-1 rune ('Ã' for é). */
function quoteFirstByte(shorthands: string): string {
  return goQuoteRune(codePointBytes(shorthands.codePointAt(0) ?? 0)[0] ?? 0);
}

/**
 * Parses argv (without the command words) against `specs`, reproducing pflag: long flags with
 * ` ` or `=` values, `--` ending flags, `-` as a positional, combined shorthands (`-aq`, `-it`),
 * attached values (`-p8080:80`, `-n=3`), list accumulation, and pflag's exact error texts.
 */
export function parseFlags<const S extends readonly FlagSpec[]>(
  argv: readonly string[],
  specs: S,
  opts: ParseOptions,
): ParseResult<S> {
  const all = withHelp(specs);
  const byName = new Map<string, FlagSpec>();
  const byShort = new Map<string, FlagSpec>();
  const values: Record<string, FlagValue> = {};
  for (const spec of all) {
    byName.set(spec.name, spec);
    if (spec.short) byShort.set(spec.short, spec);
    values[spec.name] = initialValue(spec);
  }
  const args: string[] = [];
  const set = new Set<string>();
  const notices: string[] = [];

  const apply = (spec: FlagSpec, value: string, viaShort: boolean): string | undefined => {
    const err = setValue(spec, value, values);
    if (err !== undefined) return err;
    set.add(spec.name);
    // Docker's pflag only prints these once the value was accepted.
    if (spec.deprecated) notices.push(`Flag --${spec.name} has been deprecated, ${spec.deprecated}`);
    if (viaShort && spec.shortDeprecated) {
      notices.push(`Flag shorthand -${spec.short} has been deprecated, ${spec.shortDeprecated}`);
    }
    return undefined;
  };

  let i = 0;
  while (i < argv.length) {
    const s = argv[i++] ?? '';
    if (s.length < 2 || s[0] !== '-') {
      if (!opts.interspersed) {
        args.push(s, ...argv.slice(i));
        break;
      }
      args.push(s);
      continue;
    }
    if (s[1] === '-') {
      if (s.length === 2) {
        args.push(...argv.slice(i));
        break;
      }
      const body = s.slice(2);
      if (body[0] === '-' || body[0] === '=') return { ok: false, error: `bad flag syntax: ${s}` };
      const eq = body.indexOf('=');
      const name = eq < 0 ? body : body.slice(0, eq);
      const spec = byName.get(name);
      if (!spec) return { ok: false, error: `unknown flag: --${name}` };
      let value: string;
      if (eq >= 0) value = body.slice(eq + 1);
      else if (spec.type === 'bool') value = 'true';
      else if (i < argv.length) value = argv[i++] ?? '';
      else return { ok: false, error: `flag needs an argument: ${s}` };
      const err = apply(spec, value, false);
      if (err !== undefined) return { ok: false, error: err };
      continue;
    }
    // A run of shorthands: each one is a bool, or takes the rest of the word / the next argument.
    let shorthands = s.slice(1);
    while (shorthands.length > 0) {
      // pflag skips Go test flags (-test.v): the rest of the word is silently ignored.
      if (shorthands.startsWith('test.')) break;
      const c = shorthands[0] ?? '';
      const spec = byShort.get(c);
      if (!spec) {
        return {
          ok: false,
          error: `unknown shorthand flag: ${quoteFirstByte(shorthands)} in -${shorthands}`,
        };
      }
      let value: string;
      let rest = shorthands.slice(1);
      if (shorthands.length > 2 && shorthands[1] === '=') {
        value = shorthands.slice(2);
        rest = '';
      } else if (spec.type === 'bool') {
        value = 'true';
      } else if (shorthands.length > 1) {
        value = rest;
        rest = '';
      } else if (i < argv.length) {
        value = argv[i++] ?? '';
      } else {
        return {
          ok: false,
          error: `flag needs an argument: ${goQuoteRune(c.charCodeAt(0))} in -${shorthands}`,
        };
      }
      const err = apply(spec, value, true);
      if (err !== undefined) return { ok: false, error: err };
      shorthands = rest;
    }
  }
  const help = values.help === true;
  return { ok: true, flags: values as FlagValues<S>, args, set, help, notices };
}

export type { FlagSpec, FlagType, FlagValidation, FlagValue, FlagValueOf } from './flags-spec';
export { defaultText } from './flags-spec';
export { formatFlagUsages } from './flags-usage';
