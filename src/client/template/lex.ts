/**
 * The lexer of Go's text/template (src/text/template/parse/lex.go), for the subset docker users
 * write in `--format`. Its error texts are Go's, because docker prints them verbatim after
 * `template parsing error: template: :1: …`.
 */

export type ItemType =
  | 'text'
  | 'leftDelim'
  | 'rightDelim'
  | 'space'
  | 'field'
  | 'variable'
  | 'identifier'
  | 'string'
  | 'rawString'
  | 'number'
  | 'bool'
  | 'nil'
  | 'dot'
  | 'pipe'
  | 'leftParen'
  | 'rightParen'
  | 'declare'
  | 'assign'
  | 'char'
  | 'keyword'
  | 'eof'
  | 'error';

export interface Item {
  readonly type: ItemType;
  /** Byte offset in the template (Go reports positions as offsets; docker formats are ASCII). */
  readonly pos: number;
  readonly val: string;
  readonly line: number;
}

const KEYWORDS = new Set([
  'if',
  'else',
  'end',
  'range',
  'with',
  'break',
  'continue',
  'define',
  'template',
  'block',
]);

/** Go's item.String(), used in "unexpected … in operand". */
export function itemString(i: Item): string {
  if (i.type === 'eof') return 'EOF';
  if (i.type === 'error') return i.val;
  if (i.type === 'keyword' || i.type === 'dot' || i.type === 'nil') return `<${i.val}>`;
  if (i.val.length > 10) return `${JSON.stringify(i.val.slice(0, 10))}...`;
  return JSON.stringify(i.val);
}

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\r' || c === '\n';
const isAlnum = (c: string) => /^[\p{L}\p{Nd}_]$/u.test(c);

/** Go's %#U of one character, as in `bad character U+007D '}'`. */
function goRune(c: string): string {
  const cp = c.codePointAt(0) ?? 0;
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')} '${c}'`;
}

/** Tokenises the whole template; the last item is `eof` or `error`. */
export function lex(input: string): Item[] {
  const items: Item[] = [];
  let pos = 0;
  const lineAt = (p: number) => {
    let n = 1;
    for (let i = 0; i < p; i++) if (input[i] === '\n') n++;
    return n;
  };
  const emit = (type: ItemType, start: number, end: number) => {
    items.push({ type, pos: start, val: input.slice(start, end), line: lineAt(start) });
  };
  const error = (msg: string) => {
    items.push({ type: 'error', pos, val: msg, line: lineAt(pos) });
  };

  while (pos <= input.length) {
    // Text up to the next action.
    const next = input.indexOf('{{', pos);
    if (next < 0) {
      if (pos < input.length) emit('text', pos, input.length);
      items.push({ type: 'eof', pos: input.length, val: '', line: lineAt(input.length) });
      return items;
    }
    let textEnd = next;
    const trimLeft =
      input.startsWith('{{- ', next) || input.startsWith('{{-\t', next) || input.startsWith('{{-\n', next);
    if (trimLeft) while (textEnd > pos && isSpace(input[textEnd - 1] as string)) textEnd--;
    if (textEnd > pos) emit('text', pos, textEnd);
    pos = next;
    // Comments: {{/* … */}}
    const afterDelim = pos + 2 + (trimLeft ? 2 : 0);
    if (input.startsWith('/*', afterDelim)) {
      const close = input.indexOf('*/', afterDelim + 2);
      if (close < 0) {
        error('unclosed comment');
        return items;
      }
      let p = close + 2;
      const trimRight = input.startsWith(' -}}', p);
      if (trimRight) p += 4;
      else if (input.startsWith('}}', p)) p += 2;
      else {
        error('comment ends before closing delimiter');
        return items;
      }
      pos = p;
      if (trimRight) while (pos < input.length && isSpace(input[pos] as string)) pos++;
      continue;
    }
    emit('leftDelim', pos, pos + 2);
    pos = afterDelim;
    let parens = 0;
    // Inside the action.
    for (;;) {
      const rest = input.slice(pos);
      const trimRight = /^[ \t\r\n]-\}\}/.test(rest);
      if (rest.startsWith('}}') || trimRight) {
        if (parens > 0) {
          error('unclosed left paren');
          return items;
        }
        if (trimRight) pos += 2;
        emit('rightDelim', pos, pos + 2);
        pos += 2;
        if (trimRight) while (pos < input.length && isSpace(input[pos] as string)) pos++;
        break;
      }
      const c = input[pos];
      if (c === undefined) {
        error('unclosed action');
        return items;
      }
      const start = pos;
      if (isSpace(c)) {
        while (
          pos < input.length &&
          isSpace(input[pos] as string) &&
          !/^[ \t\r\n]-\}\}/.test(input.slice(pos))
        )
          pos++;
        if (pos === start) pos++;
        emit('space', start, pos);
      } else if (c === '=') {
        pos++;
        emit('assign', start, pos);
      } else if (c === ':') {
        if (input[pos + 1] !== '=') {
          error('expected :=');
          return items;
        }
        pos += 2;
        emit('declare', start, pos);
      } else if (c === '|') {
        pos++;
        emit('pipe', start, pos);
      } else if (c === '"') {
        pos++;
        for (;;) {
          const ch = input[pos];
          if (ch === '\\' && pos + 1 < input.length && input[pos + 1] !== '\n') pos += 2;
          else if (ch === undefined || ch === '\n') {
            error('unterminated quoted string');
            return items;
          } else if (ch === '"') break;
          else pos++;
        }
        pos++;
        emit('string', start, pos);
      } else if (c === '`') {
        const close = input.indexOf('`', pos + 1);
        if (close < 0) {
          error('unterminated raw quoted string');
          return items;
        }
        pos = close + 1;
        emit('rawString', start, pos);
      } else if (c === '$') {
        pos++;
        while (pos < input.length && isAlnum(input[pos] as string)) pos++;
        emit('variable', start, pos);
      } else if (c === '.') {
        const n = input[pos + 1];
        if (n !== undefined && /[0-9]/.test(n)) {
          pos = lexNumber(input, pos);
          emit('number', start, pos);
        } else if (n !== undefined && isAlnum(n)) {
          pos++;
          while (pos < input.length && isAlnum(input[pos] as string)) pos++;
          emit('field', start, pos);
        } else {
          pos++;
          emit('dot', start, pos);
        }
      } else if (c === '+' || c === '-' || /[0-9]/.test(c)) {
        pos = lexNumber(input, pos);
        emit('number', start, pos);
      } else if (isAlnum(c)) {
        while (pos < input.length && isAlnum(input[pos] as string)) pos++;
        const word = input.slice(start, pos);
        emit(
          KEYWORDS.has(word)
            ? 'keyword'
            : word === 'true' || word === 'false'
              ? 'bool'
              : word === 'nil'
                ? 'nil'
                : 'identifier',
          start,
          pos,
        );
      } else if (c === '(') {
        parens++;
        pos++;
        emit('leftParen', start, pos);
      } else if (c === ')') {
        parens--;
        if (parens < 0) {
          error('unexpected right paren');
          return items;
        }
        pos++;
        emit('rightParen', start, pos);
      } else if (c === ',') {
        pos++;
        emit('char', start, pos);
      } else {
        error(`bad character ${goRune(c)}`);
        return items;
      }
    }
  }
  return items;
}

/** Go's scanNumber, loosely: sign, hex/octal/binary prefixes, digits, fraction, exponent. */
function lexNumber(input: string, start: number): number {
  const m = /^[+-]?(0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|[0-9_]*\.?[0-9_]*([eE][+-]?[0-9_]+)?)/.exec(
    input.slice(start),
  );
  const len = m?.[0].length ?? 0;
  return start + Math.max(len, 1);
}
