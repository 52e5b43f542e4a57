/**
 * The parser of Go's text/template (src/text/template/parse/parse.go), reduced to what `--format`
 * needs: actions, pipelines, variables, if/else if/range/with, parenthesised pipelines, comments.
 * Errors are thrown as TemplateError with Go's wording (`template: NAME:LINE: msg`).
 */
import { type Item, itemString, lex } from './lex';

export type Operand =
  | { readonly kind: 'field'; readonly pos: number; readonly names: readonly string[] }
  | {
      readonly kind: 'variable';
      readonly pos: number;
      readonly name: string;
      readonly names: readonly string[];
    }
  | { readonly kind: 'dot'; readonly pos: number }
  | { readonly kind: 'nil'; readonly pos: number }
  | { readonly kind: 'string'; readonly pos: number; readonly value: string; readonly text: string }
  | {
      readonly kind: 'number';
      readonly pos: number;
      readonly value: number;
      readonly isInt: boolean;
      readonly text: string;
    }
  | { readonly kind: 'bool'; readonly pos: number; readonly value: boolean }
  | { readonly kind: 'identifier'; readonly pos: number; readonly name: string }
  | { readonly kind: 'pipe'; readonly pos: number; readonly pipe: Pipe; readonly names: readonly string[] };

export interface Command {
  readonly pos: number;
  readonly args: readonly Operand[];
}

export interface Pipe {
  readonly pos: number;
  readonly decl: readonly string[];
  /** `=` rather than `:=`. */
  readonly isAssign: boolean;
  readonly cmds: readonly Command[];
}

export type Node =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'action'; readonly pos: number; readonly pipe: Pipe }
  | {
      readonly kind: 'if' | 'range' | 'with';
      readonly pos: number;
      readonly pipe: Pipe;
      readonly list: readonly Node[];
      readonly elseList: readonly Node[] | null;
    }
  | { readonly kind: 'break' | 'continue'; readonly pos: number };

export class TemplateError extends Error {}

export interface Tree {
  readonly name: string;
  readonly text: string;
  readonly root: readonly Node[];
}

/** Go's String() of a node, for `executing "" at <…>`. */
export function operandString(o: Operand): string {
  switch (o.kind) {
    case 'field':
      return o.names.map((n) => `.${n}`).join('');
    case 'variable':
      return o.name + o.names.map((n) => `.${n}`).join('');
    case 'dot':
      return '.';
    case 'nil':
      return 'nil';
    case 'string':
    case 'number':
      return o.text;
    case 'bool':
      return String(o.value);
    case 'identifier':
      return o.name;
    case 'pipe':
      return `(${pipeString(o.pipe)})${o.names.map((n) => `.${n}`).join('')}`;
  }
}

export function commandString(c: Command): string {
  return c.args
    .map((a) => (a.kind === 'pipe' && a.names.length === 0 ? `(${pipeString(a.pipe)})` : operandString(a)))
    .join(' ');
}

export function pipeString(p: Pipe): string {
  const decl = p.decl.length > 0 ? `${p.decl.join(', ')} ${p.isAssign ? '=' : ':='} ` : '';
  return decl + p.cmds.map(commandString).join(' | ');
}

/** Unquotes a Go string literal (the escapes a format would use). */
function unquote(text: string): string {
  if (text.startsWith('`')) return text.slice(1, -1);
  try {
    return JSON.parse(text.replace(/\\x([0-9a-fA-F]{2})/g, '\\u00$1').replace(/\\'/g, "'"));
  } catch {
    return text.slice(1, -1);
  }
}

/** Go's number literal rules: integral values are ints; anything with . e or p is a float. */
function parseNumber(text: string): { value: number; isInt: boolean } | null {
  const clean = text.replaceAll('_', '');
  const sign = clean.startsWith('-') ? -1 : 1;
  const body = clean.replace(/^[+-]/, '');
  let value: number;
  if (/^0[xX][0-9a-fA-F]+$/.test(body)) value = Number.parseInt(body.slice(2), 16);
  else if (/^0[bB][01]+$/.test(body)) value = Number.parseInt(body.slice(2), 2);
  else if (/^0[oO][0-7]+$/.test(body)) value = Number.parseInt(body.slice(2), 8);
  else if (/^0[0-7]+$/.test(body)) value = Number.parseInt(body, 8);
  else if (/^([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$/.test(body)) value = Number(body);
  else return null;
  const isFloatText = /[.eE]/.test(body) && !/^0[xX]/.test(body);
  return { value: sign * value, isInt: !isFloatText && Number.isInteger(value) };
}

export function parse(name: string, text: string, funcs: ReadonlySet<string>): Tree {
  const items = lex(text);
  let i = 0;
  const vars: string[][] = [['$']];
  const fail = (item: Item, msg: string): never => {
    throw new TemplateError(`template: ${name}:${item.line}: ${msg}`);
  };
  const peek = (): Item => items[i] as Item;
  const next = (): Item => {
    const it = items[i] as Item;
    if (it.type !== 'eof' && it.type !== 'error') i++;
    if (it.type === 'error') fail(it, it.val);
    return it;
  };
  const nextNonSpace = (): Item => {
    let it = next();
    while (it.type === 'space') it = next();
    return it;
  };
  const peekNonSpace = (): Item => {
    const save = i;
    const it = nextNonSpace();
    i = save;
    return it;
  };
  const knownVar = (tok: Item, name: string) => {
    if (!vars.some((scope) => scope.includes(name))) fail(tok, `undefined variable "${name}"`);
  };

  function fieldsAfter(): string[] {
    const names: string[] = [];
    while (peek().type === 'field') names.push(next().val.slice(1));
    return names;
  }

  function term(): Operand | null {
    const tok = nextNonSpace();
    switch (tok.type) {
      case 'identifier':
        if (!funcs.has(tok.val)) fail(tok, `function "${tok.val}" not defined`);
        return { kind: 'identifier', pos: tok.pos, name: tok.val };
      case 'dot':
        return { kind: 'dot', pos: tok.pos };
      case 'nil':
        return { kind: 'nil', pos: tok.pos };
      case 'variable':
        knownVar(tok, tok.val);
        return { kind: 'variable', pos: tok.pos, name: tok.val, names: [] };
      case 'field':
        return { kind: 'field', pos: tok.pos, names: [tok.val.slice(1)] };
      case 'bool':
        return { kind: 'bool', pos: tok.pos, value: tok.val === 'true' };
      case 'number': {
        const n = parseNumber(tok.val);
        if (!n) fail(tok, `bad number syntax: "${tok.val}"`);
        return { kind: 'number', pos: tok.pos, value: n?.value ?? 0, isInt: n?.isInt ?? true, text: tok.val };
      }
      case 'string':
      case 'rawString':
        return { kind: 'string', pos: tok.pos, value: unquote(tok.val), text: tok.val };
      case 'leftParen': {
        const p = pipeline('parenthesized pipeline', 'rightParen');
        return { kind: 'pipe', pos: tok.pos, pipe: p, names: [] };
      }
    }
    i--;
    return null;
  }

  function operand(): Operand | null {
    const t = term();
    if (!t) return null;
    if (peek().type !== 'field') return t;
    const chainPos = peek().pos;
    const names = fieldsAfter();
    switch (t.kind) {
      case 'field':
        return { kind: 'field', pos: chainPos, names: [...t.names, ...names] };
      case 'variable':
        return { kind: 'variable', pos: chainPos, name: t.name, names };
      case 'pipe':
        return { ...t, pos: chainPos, names };
      case 'bool':
      case 'string':
      case 'number':
      case 'nil':
      case 'dot':
        return fail(peek(), `unexpected . after term "${operandString(t)}"`);
      default:
        return {
          kind: 'pipe',
          pos: chainPos,
          pipe: { pos: t.pos, decl: [], isAssign: false, cmds: [{ pos: t.pos, args: [t] }] },
          names,
        };
    }
  }

  function command(): Command {
    const args: Operand[] = [];
    const pos = peekNonSpace().pos;
    for (;;) {
      while (peek().type === 'space') next();
      const op = operand();
      if (op) args.push(op);
      const tok = next();
      if (tok.type === 'space') continue;
      if (tok.type === 'rightDelim' || tok.type === 'rightParen') {
        i--;
      } else if (tok.type !== 'pipe') {
        fail(tok, `unexpected ${itemString(tok)} in operand`);
      } else i--;
      break;
    }
    if (args.length === 0) fail(peek(), 'empty command');
    return { pos, args };
  }

  function pipeline(context: string, end: 'rightDelim' | 'rightParen'): Pipe {
    const decl: string[] = [];
    let isAssign = false;
    const start = peekNonSpace();
    // Declarations: `$x :=`, `$i, $e :=`, `$x =`.
    if (start.type === 'variable') {
      const save = i;
      nextNonSpace();
      let after = nextNonSpace();
      const names = [start.val];
      if (after.type === 'char' && after.val === ',' && context === 'range') {
        const second = nextNonSpace();
        if (second.type === 'variable') {
          names.push(second.val);
          after = nextNonSpace();
        }
      }
      if (after.type === 'declare' || after.type === 'assign') {
        isAssign = after.type === 'assign';
        if (isAssign) knownVar(start, start.val);
        decl.push(...names);
      } else i = save;
    }
    const cmds: Command[] = [];
    for (;;) {
      const tok = peekNonSpace();
      if (tok.type === end) {
        nextNonSpace();
        if (cmds.length === 0) fail(tok, `missing value for ${context}`);
        break;
      }
      if (tok.type === 'pipe') {
        if (cmds.length === 0) fail(tok, `missing value for ${context}`);
        nextNonSpace();
        continue;
      }
      if (tok.type === 'eof') fail(tok, `unclosed action`);
      if (tok.type === 'rightDelim' || tok.type === 'rightParen')
        fail(tok, `unexpected ${itemString(tok)} in ${context}`);
      cmds.push(command());
    }
    if (!isAssign) for (const d of decl) (vars[vars.length - 1] as string[]).push(d);
    return { pos: start.pos, decl, isAssign, cmds };
  }

  /** Parses nodes until {{end}} or {{else}}; returns which one ended the list. */
  function itemList(inside: boolean): { nodes: Node[]; ender: 'end' | 'else' | 'eof'; elseIf?: boolean } {
    const nodes: Node[] = [];
    for (;;) {
      const tok = next();
      if (tok.type === 'eof') {
        if (inside) fail(tok, 'unexpected EOF');
        return { nodes, ender: 'eof' };
      }
      if (tok.type === 'text') {
        nodes.push({ kind: 'text', text: tok.val });
        continue;
      }
      // leftDelim
      const kw = peekNonSpace();
      if (kw.type === 'keyword') {
        nextNonSpace();
        switch (kw.val) {
          case 'end':
            expectRight(kw, 'end');
            if (!inside) fail(kw, 'unexpected {{end}}');
            return { nodes, ender: 'end' };
          case 'else': {
            if (!inside) fail(kw, 'unexpected {{else}}');
            const after = peekNonSpace();
            if (after.type === 'keyword' && (after.val === 'if' || after.val === 'with')) {
              return { nodes, ender: 'else', elseIf: true };
            }
            expectRight(kw, 'else');
            return { nodes, ender: 'else' };
          }
          case 'if':
          case 'range':
          case 'with':
            nodes.push(control(kw.val, kw));
            continue;
          case 'break':
          case 'continue':
            expectRight(kw, kw.val);
            nodes.push({ kind: kw.val, pos: kw.pos });
            continue;
          default:
            fail(kw, `unexpected <${kw.val}> in command`);
        }
      }
      const pipe = pipeline('command', 'rightDelim');
      nodes.push({ kind: 'action', pos: kw.pos, pipe });
    }
  }

  function expectRight(_kw: Item, what: string) {
    const tok = nextNonSpace();
    if (tok.type !== 'rightDelim') fail(tok, `unexpected ${itemString(tok)} in ${what}`);
  }

  function control(kind: 'if' | 'range' | 'with', _kw: Item): Node {
    vars.push([]);
    const pipe = pipeline(kind, 'rightDelim');
    const body = itemList(true);
    let elseList: Node[] | null = null;
    if (body.ender === 'else') {
      if (body.elseIf) {
        // {{else if x}} is {{else}}{{if x}}…{{end}}{{end}} sharing the outer {{end}}.
        const inner = nextNonSpace();
        elseList = [control(inner.val as 'if' | 'with', inner)];
      } else {
        const rest = itemList(true);
        if (rest.ender !== 'end') fail(peek(), 'expected end; found {{else}}');
        elseList = rest.nodes;
      }
    }
    vars.pop();
    return { kind, pos: pipe.pos, pipe, list: body.nodes, elseList };
  }

  const root = itemList(false).nodes;
  return { name, text, root };
}
