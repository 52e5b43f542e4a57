/**
 * The functions a docker format can call: Go's builtins (text/template/funcs.go) and docker's
 * own (cli/templates/templates.go: json, split, join, title, lower, upper, pad, truncate), plus
 * docker's HeaderFunctions, which leave a table header's column name as it is.
 */
import { sprint, sprintf, sprintln } from './printf';
import { GoFloat, GoStruct, isPlainObject, toJson, truth, utf8Bytes } from './values';

export type ParamType = 'any' | 'string' | 'int' | '[]string';
export type FuncResult = { ok: true; value: unknown } | { ok: false; error: string };

export interface FuncSpec {
  readonly params: readonly ParamType[];
  /** The last param repeats (Go `...T`); the count is then a minimum. */
  readonly variadic?: boolean;
  readonly fn: (args: unknown[]) => FuncResult;
}

const ok = (value: unknown): FuncResult => ({ ok: true, value });
const err = (error: string): FuncResult => ({ ok: false, error });
const f = (params: ParamType[], fn: (args: unknown[]) => unknown, variadic = false): FuncSpec => ({
  params,
  variadic,
  fn: (a) => ok(fn(a)),
});

function index(args: unknown[]): FuncResult {
  let v = args[0];
  for (const key of args.slice(1)) {
    if (Array.isArray(v) || typeof v === 'string') {
      if (typeof key !== 'number' || !Number.isInteger(key))
        return err(`cannot index slice/array with type ${typeof key === 'string' ? 'string' : 'float64'}`);
      if (key < 0 || key >= v.length) return err(`index out of range: ${key}`);
      // Indexing a Go string gives a byte, printed as a number.
      v = typeof v === 'string' ? (utf8Bytes(v)[key] ?? 0) : v[key];
    } else if (isPlainObject(v)) {
      if (typeof key !== 'string') return err('value has type int; should be string');
      v = Object.hasOwn(v, key) ? v[key] : null;
    } else if (v === null || v === undefined) {
      return err('index of untyped nil');
    } else {
      return err(
        `can't index item of type ${v instanceof GoStruct ? v.typeName : typeof v === 'number' ? 'int' : typeof v}`,
      );
    }
  }
  return ok(v);
}

function basic(v: unknown): string | number | boolean | null | undefined {
  if (v instanceof GoFloat) return v.value;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null) return v;
  return undefined;
}

function eq(args: unknown[]): FuncResult {
  const a = basic(args[0]);
  if (a === undefined) return err('invalid type for comparison');
  for (const other of args.slice(1)) {
    const b = basic(other);
    if (b === undefined) return err('invalid type for comparison');
    if (typeof a !== typeof b) return err('incompatible types for comparison');
    if (a === b) return ok(true);
  }
  return ok(false);
}

function less(args: unknown[]): FuncResult {
  const a = basic(args[0]);
  const b = basic(args[1]);
  if (a === undefined || b === undefined || typeof a === 'boolean' || a === null)
    return err('invalid type for comparison');
  if (typeof a !== typeof b) return err('incompatible types for comparison');
  return ok((a as number | string) < (b as number | string));
}

function lessOrEqual(args: unknown[]): FuncResult {
  const lt = less(args);
  if (!lt.ok || lt.value) return lt;
  return eq(args);
}

const not = (r: FuncResult): FuncResult => (r.ok ? ok(!r.value) : r);

function len(args: unknown[]): FuncResult {
  const v = args[0];
  if (typeof v === 'string') return ok(utf8Bytes(v).length);
  if (Array.isArray(v)) return ok(v.length);
  if (isPlainObject(v)) return ok(Object.keys(v).length);
  return err(`len of type ${typeof v === 'number' ? 'int' : v === null ? '<nil>' : typeof v}`);
}

/** strings.Title: the first letter of each word upper-cased. */
const title = (s: string) =>
  s.replace(/(^|[^\p{L}\p{N}_'])(\p{L})/gu, (_, sep, c: string) => sep + c.toUpperCase());

export const FUNCS: ReadonlyMap<string, FuncSpec> = new Map<string, FuncSpec>([
  ['and', f(['any', 'any'], () => null, true)],
  ['or', f(['any', 'any'], () => null, true)],
  ['not', f(['any'], (a) => !truth(a[0]))],
  ['len', { params: ['any'], fn: len }],
  ['index', { params: ['any', 'any'], variadic: true, fn: index }],
  ['print', f(['any'], (a) => sprint(a), true)],
  ['println', f(['any'], (a) => sprintln(a), true)],
  ['printf', f(['string', 'any'], (a) => sprintf(a[0] as string, a.slice(1)), true)],
  ['eq', { params: ['any', 'any'], variadic: true, fn: eq }],
  ['ne', { params: ['any', 'any'], fn: (a) => not(eq(a)) }],
  ['lt', { params: ['any', 'any'], fn: less }],
  ['le', { params: ['any', 'any'], fn: lessOrEqual }],
  ['gt', { params: ['any', 'any'], fn: (a) => not(lessOrEqual(a)) }],
  ['ge', { params: ['any', 'any'], fn: (a) => not(less(a)) }],
  ['json', f(['any'], (a) => toJson(a[0]))],
  ['split', f(['string', 'string'], (a) => (a[0] as string).split(a[1] as string))],
  ['join', f(['[]string', 'string'], (a) => (a[0] as string[]).join(a[1] as string))],
  ['title', f(['string'], (a) => title(a[0] as string))],
  ['lower', f(['string'], (a) => (a[0] as string).toLowerCase())],
  ['upper', f(['string'], (a) => (a[0] as string).toUpperCase())],
  [
    'pad',
    f(['string', 'int', 'int'], ([s, p, q]) =>
      s === '' ? s : ' '.repeat(p as number) + (s as string) + ' '.repeat(q as number),
    ),
  ],
  [
    'truncate',
    f(['string', 'int'], ([s, n]) =>
      (s as string).length < (n as number) ? s : (s as string).slice(0, n as number),
    ),
  ],
]);

/** docker's HeaderFunctions: in a table header these return the column name unchanged. */
export const HEADER_FUNCS: ReadonlyMap<string, FuncSpec> = new Map<string, FuncSpec>([
  ...FUNCS,
  ['json', f(['string'], (a) => a[0])],
  ['split', f(['string', 'string'], (a) => a[0])],
  ['join', f(['string', 'string'], (a) => a[0])],
  ['title', f(['string'], (a) => a[0])],
  ['lower', f(['string'], (a) => a[0])],
  ['upper', f(['string'], (a) => a[0])],
  ['truncate', f(['string', 'int'], (a) => a[0])],
]);
