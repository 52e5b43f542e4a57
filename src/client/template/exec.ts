/**
 * The executor of Go's text/template (src/text/template/exec.go) over JS values (see values.ts).
 * Error positions follow Go: the location is the last node evaluated (`s.at(node)`), printed as
 * `template: NAME:LINE:COL: executing "NAME" at <node>: msg`.
 */
import type { FuncSpec } from './funcs';
import {
  type Command,
  commandString,
  type Node,
  type Operand,
  operandString,
  type Pipe,
  TemplateError,
  type Tree,
} from './parse';
import { GoFloat, GoNilPointer, GoStruct, goType, isPlainObject, printValue, truth } from './values';

export interface ExecOptions {
  /** `missingkey=error`: a map without the key is an error instead of `<no value>`. */
  readonly missingKeyError?: boolean;
}

class Break {}
class Continue {}

interface Located {
  readonly pos: number;
  readonly text: string;
}

export function execute(
  tree: Tree,
  data: unknown,
  funcs: ReadonlyMap<string, FuncSpec>,
  options: ExecOptions = {},
): string {
  let out = '';
  const vars: { name: string; value: unknown }[] = [{ name: '$', value: data }];
  let at: Located = { pos: 0, text: '' };

  const fail = (msg: string): never => {
    const before = tree.text.slice(0, at.pos);
    const nl = before.lastIndexOf('\n');
    const line = before.split('\n').length;
    const col = nl < 0 ? at.pos : at.pos - (nl + 1);
    const context = at.text.length > 20 ? `${at.text.slice(0, 20)}...` : at.text;
    throw new TemplateError(
      `template: ${tree.name}:${line}:${col}: executing "${tree.name}" at <${context}>: ${msg}`,
    );
  };
  const atOperand = (o: Operand) => {
    at = { pos: o.pos, text: operandString(o) };
  };
  const atCommand = (c: Command) => {
    at = { pos: c.pos, text: commandString(c) };
  };

  function field(receiver: unknown, name: string, hasArgs: boolean): unknown {
    if (receiver instanceof GoStruct) {
      const found = receiver.lookup(name);
      if (!found) return fail(`can't evaluate field ${name} in type ${receiver.typeName}`);
      if (hasArgs) fail(`${name} has arguments but cannot be invoked as function`);
      return found.value;
    }
    if (receiver instanceof GoNilPointer) return fail(`nil pointer evaluating ${receiver.typeName}.${name}`);
    if (isPlainObject(receiver)) {
      if (hasArgs) fail(`${name} is not a method but has arguments`);
      if (Object.hasOwn(receiver, name)) return receiver[name];
      if (options.missingKeyError) fail(`map has no entry for key "${name}"`);
      return null;
    }
    if (receiver === null || receiver === undefined)
      return fail(`nil pointer evaluating interface {}.${name}`);
    return fail(`can't evaluate field ${name} in type ${goType(receiver)}`);
  }

  function chain(receiver: unknown, names: readonly string[], hasArgs: boolean): unknown {
    let v = receiver;
    names.forEach((n, i) => {
      v = field(v, n, hasArgs && i === names.length - 1);
    });
    return v;
  }

  function variable(name: string): unknown {
    for (let i = vars.length - 1; i >= 0; i--) if (vars[i]?.name === name) return vars[i]?.value;
    return fail(`undefined variable: ${name}`);
  }

  /** An argument: a constant, field, variable or parenthesised pipeline. */
  function evalArg(dot: unknown, o: Operand): unknown {
    atOperand(o);
    switch (o.kind) {
      case 'dot':
        return dot;
      case 'nil':
        return null;
      case 'string':
        return o.value;
      case 'bool':
        return o.value;
      case 'number':
        return o.isInt ? o.value : Number.isInteger(o.value) ? new GoFloat(o.value) : o.value;
      case 'field':
        return chain(dot, o.names, false);
      case 'variable':
        return chain(variable(o.name), o.names, false);
      case 'pipe': {
        const v = evalPipe(dot, o.pipe);
        atOperand(o);
        return chain(v, o.names, false);
      }
      case 'identifier':
        return callFunction(dot, o, { pos: o.pos, args: [o] }, [], undefined);
    }
  }

  function callFunction(
    dot: unknown,
    ident: Extract<Operand, { kind: 'identifier' }>,
    cmd: Command,
    args: readonly Operand[],
    final: { value: unknown } | undefined,
  ): unknown {
    atOperand(ident);
    const spec = funcs.get(ident.name);
    if (!spec) return fail(`"${ident.name}" is not a defined function`);
    const n = args.length + (final ? 1 : 0);
    // A variadic Go func's last parameter may take no argument at all.
    const fixed = spec.variadic ? spec.params.length - 1 : spec.params.length;
    if (spec.variadic ? n < fixed : n !== fixed) {
      fail(
        spec.variadic
          ? `wrong number of args for ${ident.name}: want at least ${fixed} got ${n}`
          : `wrong number of args for ${ident.name}: want ${spec.params.length} got ${n}`,
      );
    }
    // and/or evaluate lazily and return the deciding argument.
    if (ident.name === 'and' || ident.name === 'or') {
      let v: unknown = null;
      const all = [...args.map((a) => () => evalArg(dot, a)), ...(final ? [() => final.value] : [])];
      for (const get of all) {
        v = get();
        if (truth(v) !== (ident.name === 'and')) return v;
      }
      return v;
    }
    const values: unknown[] = [];
    args.forEach((a, i) => {
      const v = evalArg(dot, a);
      const type = spec.params[Math.min(i, spec.params.length - 1)] ?? 'any';
      values.push(checkType(v, type));
    });
    if (final) values.push(checkType(final.value, spec.params[spec.params.length - 1] ?? 'any'));
    const r = spec.fn(values);
    if (r.ok) return r.value;
    atCommand(cmd);
    return fail(`error calling ${ident.name}: ${r.error}`);
  }

  function checkType(v: unknown, type: FuncSpec['params'][number]): unknown {
    const ok =
      type === 'any' ||
      (type === 'string' && typeof v === 'string') ||
      (type === 'int' && typeof v === 'number' && Number.isInteger(v)) ||
      (type === '[]string' && Array.isArray(v) && v.every((e) => typeof e === 'string'));
    if (!ok) {
      if (v === null && type === '[]string') return [];
      fail(`wrong type for value; expected ${type}; got ${goType(v)}`);
    }
    return v;
  }

  function evalCommand(dot: unknown, cmd: Command, final: { value: unknown } | undefined): unknown {
    const [first, ...rest] = cmd.args as [Operand, ...Operand[]];
    const hasArgs = rest.length > 0 || final !== undefined;
    switch (first.kind) {
      case 'identifier':
        return callFunction(dot, first, cmd, rest, final);
      case 'field':
        atOperand(first);
        return chain(dot, first.names, hasArgs);
      case 'variable':
        atOperand(first);
        return chain(variable(first.name), first.names, hasArgs);
      case 'pipe':
        if (hasArgs) {
          atOperand(first);
          fail(`can't give argument to non-function ${operandString(first)}`);
        }
        return evalArg(dot, first);
    }
    atOperand(first);
    if (hasArgs) fail(`can't give argument to non-function ${operandString(first)}`);
    if (first.kind === 'nil') fail('nil is not a command');
    return evalArg(dot, first);
  }

  function evalPipe(dot: unknown, pipe: Pipe): unknown {
    let value: unknown;
    let final: { value: unknown } | undefined;
    for (const cmd of pipe.cmds) {
      value = evalCommand(dot, cmd, final);
      final = { value };
    }
    for (const name of pipe.decl) {
      if (pipe.isAssign) {
        const found = [...vars].reverse().find((v) => v.name === name);
        if (found) found.value = value;
      } else vars.push({ name, value });
    }
    return value;
  }

  function walk(dot: unknown, nodes: readonly Node[]): void {
    for (const node of nodes) {
      switch (node.kind) {
        case 'text':
          out += node.text;
          break;
        case 'action': {
          const v = evalPipe(dot, node.pipe);
          if (node.pipe.decl.length === 0) out += printValue(v);
          break;
        }
        case 'if':
        case 'with': {
          const mark = vars.length;
          const v = evalPipe(dot, node.pipe);
          if (truth(v)) walk(node.kind === 'with' ? v : dot, node.list);
          else if (node.elseList) walk(dot, node.elseList);
          vars.length = mark;
          break;
        }
        case 'range':
          walkRange(dot, node);
          break;
        case 'break':
          throw new Break();
        case 'continue':
          throw new Continue();
      }
    }
  }

  function walkRange(dot: unknown, node: Extract<Node, { list: readonly Node[] }>): void {
    const mark = vars.length;
    // The declared variables are set per element, not to the whole value.
    const v = evalPipe(dot, { ...node.pipe, decl: [] });
    let entries: [unknown, unknown][];
    if (Array.isArray(v)) entries = v.map((e, i) => [i, e]);
    else if (isPlainObject(v))
      entries = Object.keys(v)
        .sort()
        .map((k) => [k, v[k]]);
    else if (v === null || v === undefined) entries = [];
    else if (typeof v === 'number' && Number.isInteger(v))
      entries = Array.from({ length: Math.max(0, v) }, (_, i) => [i, i]);
    else entries = fail(`range can't iterate over ${printValue(v)}`);
    for (const [key, elem] of entries) {
      const inner = vars.length;
      const decl = node.pipe.decl;
      if (decl.length === 1) vars.push({ name: decl[0] as string, value: elem });
      if (decl.length === 2) {
        vars.push({ name: decl[0] as string, value: key });
        vars.push({ name: decl[1] as string, value: elem });
      }
      try {
        walk(elem, node.list);
      } catch (e) {
        if (e instanceof Break) {
          vars.length = inner;
          break;
        }
        if (!(e instanceof Continue)) throw e;
      }
      vars.length = inner;
    }
    if (entries.length === 0 && node.elseList) walk(dot, node.elseList);
    vars.length = mark;
  }

  walk(data, tree.root);
  return out;
}
