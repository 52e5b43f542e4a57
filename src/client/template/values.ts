/**
 * How Go's fmt prints the values a template sees, with JS values standing in for Go's:
 * string, number (int when integral, else float64), boolean, null (a nil interface), arrays
 * (slices: `[a b]`), plain objects (map[string]any: `map[k:v]`, keys sorted as fmt sorts them)
 * and GoStruct (a struct: `{v1 v2}` in field order, with a type name for error messages).
 */

/** A Go struct: named fields in declaration order, and its type as `%T` would print it. */
export class GoStruct {
  constructor(
    readonly typeName: string,
    readonly fields: Readonly<Record<string, unknown>>,
    /** What `{{json .}}` encodes, when the type has its own MarshalJSON (docker's formatters). */
    readonly jsonValue?: unknown,
    /** Embedded fields (`NetworkSettingsBase`): their fields are reachable from this struct too. */
    readonly embedded: readonly string[] = [],
    /**
     * Reached through a pointer: fmt prints a pointer inside a struct, slice or map as its address
     * (`0xc000123450`); only an action's own value is followed to the struct.
     */
    readonly address?: string,
  ) {}

  /** The field `name`, or one promoted from an embedded struct. */
  lookup(name: string): { value: unknown } | undefined {
    if (Object.hasOwn(this.fields, name)) return { value: this.fields[name] };
    for (const e of this.embedded) {
      const inner = this.fields[e];
      const found = inner instanceof GoStruct ? inner.lookup(name) : undefined;
      if (found) return found;
    }
    return undefined;
  }
}

/** A nil pointer of a known type: fmt prints `<nil>`, and so does an action. */
export class GoNilPointer {
  constructor(readonly typeName: string) {}
}

/** Nil slices and maps: empty to range, index and len, `[]`/`map[]` to fmt, `null` to json. */
const NIL = new WeakSet<object>();
export function goNilSlice(): unknown[] {
  const v: unknown[] = [];
  NIL.add(v);
  return v;
}
export function goNilMap(): Record<string, unknown> {
  const v: Record<string, unknown> = {};
  NIL.add(v);
  return v;
}

/** A float64 that happens to be integral (`{{3.0}}`), so `%v` still prints `3` but `%T` says float. */
export class GoFloat {
  constructor(readonly value: number) {}
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    !(v instanceof GoStruct) &&
    !(v instanceof GoFloat) &&
    !(v instanceof GoNilPointer)
  );
}

/** `%g` as Go prints a float64 with %v: shortest repr, exponent with at least two digits. */
export function goFloat(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? '+Inf' : '-Inf';
  const exp = n === 0 ? 0 : Math.floor(Math.log10(Math.abs(n)));
  if (exp < -4 || exp >= 21) {
    const [m, e = '0'] = n.toExponential().split('e');
    const sign = e.startsWith('-') ? '-' : '+';
    return `${m}e${sign}${e.replace(/^[+-]/, '').padStart(2, '0')}`;
  }
  return String(n);
}

/** Go's `%v` of a value nested in a slice, map or struct (a nil there prints `<nil>`). */
export function formatValue(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : goFloat(v);
  if (typeof v === 'boolean') return String(v);
  if (v instanceof GoFloat) return goFloat(v.value);
  if (v instanceof GoNilPointer) return '<nil>';
  if (Array.isArray(v)) return `[${v.map(formatValue).join(' ')}]`;
  if (v instanceof GoStruct) return v.address ?? structBody(v);
  if (isPlainObject(v)) {
    const keys = Object.keys(v).sort();
    return `map[${keys.map((k) => `${k}:${formatValue(v[k])}`).join(' ')}]`;
  }
  return String(v);
}

const structBody = (v: GoStruct) => `{${Object.values(v.fields).map(formatValue).join(' ')}}`;

/** What an action prints: text/template's printValue, where a missing value is `<no value>`. */
export function printValue(v: unknown): string {
  if (v instanceof GoStruct) return structBody(v);
  return v === null || v === undefined ? '<no value>' : formatValue(v);
}

/** Go's %T, for error texts. */
export function goType(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float64';
  if (typeof v === 'boolean') return 'bool';
  if (v instanceof GoFloat) return 'float64';
  if (v instanceof GoStruct) return v.typeName;
  if (v instanceof GoNilPointer) return v.typeName;
  if (Array.isArray(v)) return v.every((e) => typeof e === 'string') ? '[]string' : '[]interface {}';
  return 'map[string]interface {}';
}

/** text/template's truth: zero values and empty containers are false; structs are always true. */
export function truth(v: unknown): boolean {
  if (v === null || v === undefined) return false;
  if (typeof v === 'string') return v !== '';
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'boolean') return v;
  if (v instanceof GoFloat) return v.value !== 0;
  if (v instanceof GoStruct) return true;
  if (v instanceof GoNilPointer) return false;
  if (Array.isArray(v)) return v.length > 0;
  return Object.keys(v as object).length > 0;
}

/** encoding/json as docker's `json` function encodes (no HTML escaping, no trailing newline). */
export function toJson(v: unknown): string {
  return JSON.stringify(toJsonValue(v)) ?? 'null';
}

function toJsonValue(v: unknown): unknown {
  if (v === undefined || v instanceof GoNilPointer) return null;
  if (typeof v === 'object' && v !== null && NIL.has(v)) return null;
  if (v instanceof GoFloat) return v.value;
  if (v instanceof GoStruct) return toJsonValue(v.jsonValue ?? v.fields);
  if (Array.isArray(v)) return v.map(toJsonValue);
  if (isPlainObject(v)) {
    // encoding/json sorts map keys; objects standing for structs keep their order (GoStruct).
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) out[k] = toJsonValue(v[k]);
    return out;
  }
  return v;
}

export { utf8Bytes } from '../../units/utf8';
