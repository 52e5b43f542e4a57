/**
 * The "Options:" block of docker's `--help`: pflag's FlagUsagesWrapped as docker's usage
 * template calls it (`wrappedFlagUsages`: width of stdin's terminal, else 80, minus one),
 * followed by the template's trimRightSpace.
 *
 * Lengths are UTF-16 units where Go counts bytes; docker's flag texts are ASCII.
 */

import { goQuote } from './flags-go';
import { defaultText, type FlagSpec } from './flags-spec';

/** pflag's defaultIsZeroValue, keyed by the Go value type our flag types stand for. */
function isZeroDefault(spec: FlagSpec, def: string): boolean {
  switch (spec.type) {
    case 'bool':
      return def === 'false';
    case 'duration':
      return def === '0' || def === '0s';
    case 'int':
      return def === '0';
    case 'string':
      return def === '';
    default:
      // docker's own opts types fall in pflag's default branch
      return def === 'false' || def === '<nil>' || def === '' || def === '0';
  }
}

/** pflag UnquoteUsage: a `backquoted` word in the description names the value. */
function unquoteUsage(spec: FlagSpec): { name: string; usage: string } {
  const usage = spec.description;
  const i = usage.indexOf('`');
  if (i >= 0) {
    const j = usage.indexOf('`', i + 1);
    if (j >= 0) {
      const name = usage.slice(i + 1, j);
      return { name, usage: usage.slice(0, i) + name + usage.slice(j + 1) };
    }
  }
  const type = spec.valueName ?? spec.type;
  return { name: type === 'bool' ? '' : type, usage };
}

/**
 * pflag wrapN: up to `i` characters broken at the last whitespace, allowed `slop` over when that
 * takes the whole rest (so no short orphan is left on a final line).
 */
function wrapN(i: number, slop: number, s: string): [string, string] {
  if (i + slop > s.length) return [s, ''];
  const head = s.slice(0, i);
  const w = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\t'), head.lastIndexOf('\n'));
  if (w <= 0) return [s, ''];
  const nl = head.lastIndexOf('\n');
  if (nl > 0 && nl < w) return [s.slice(0, nl), s.slice(nl + 1)];
  return [s.slice(0, w), s.slice(w + 1)];
}

/** pflag wrap: `s` wrapped to width `w` with continuation lines indented by `i`. */
function wrap(indent: number, w: number, s: string): string {
  let i = indent;
  if (w === 0) return s.replaceAll('\n', `\n${' '.repeat(i)}`);
  let width = w - i;
  let r = '';
  // Too narrow beside the names: wrap as a block indented 16 (only continuation lines move).
  if (width < 24) {
    i = 16;
    width = w - i;
    r += `\n${' '.repeat(i)}`;
  }
  if (width < 24) return s.replaceAll('\n', r);
  const slop = 5;
  width -= slop;
  const nlIndent = `\n${' '.repeat(i)}`;
  let [line, rest] = wrapN(width, slop, s);
  r += line.replaceAll('\n', nlIndent);
  while (rest !== '') {
    [line, rest] = wrapN(width, slop, rest);
    r += nlIndent + line.replaceAll('\n', nlIndent);
  }
  return r;
}

/**
 * The Options block for `specs` (sorted by name, hidden/deprecated left out), wrapped at `cols`
 * columns: docker passes terminal width - 1, so 79 when stdin is not a terminal.
 * Lines are joined with `\n`, without a trailing newline or trailing whitespace.
 */
export function formatFlagUsages(specs: readonly FlagSpec[], cols = 79): string {
  const visible = specs
    .filter((s) => !s.hidden && !s.deprecated)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const entries = visible.map((spec) => {
    let head =
      spec.short && !spec.shortDeprecated ? `  -${spec.short}, --${spec.name}` : `      --${spec.name}`;
    const { name, usage } = unquoteUsage(spec);
    if (name !== '') head += ` ${name}`;
    let text = usage;
    const def = defaultText(spec);
    if (!isZeroDefault(spec, def)) {
      text += (spec.valueName ?? spec.type) === 'string' ? ` (default ${goQuote(def)})` : ` (default ${def})`;
    }
    return { head, text };
  });
  // pflag measures the line including a NUL placeholder, then pads with one space too many.
  const maxlen = Math.max(0, ...entries.map((e) => e.head.length + 1));
  const out = entries.map(
    ({ head, text }) => `${head} ${' '.repeat(maxlen - head.length)} ${wrap(maxlen + 2, cols, text)}`,
  );
  return out.join('\n').trimEnd();
}
