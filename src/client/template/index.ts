/**
 * Go templates as docker's `--format` uses them: `templates.Parse` (an anonymous template with
 * docker's functions) and the formatter's rules around it (cli/command/formatter/formatter.go):
 * a `table` prefix, spaces trimmed, the two-character escapes `\t` and `\n` turned into a tab and
 * a newline, a header row from the column names, and Go's tabwriter for the layout.
 */
import { formatTable } from '../tabwriter';
import { execute } from './exec';
import { FUNCS, HEADER_FUNCS } from './funcs';
import { parse, TemplateError, type Tree } from './parse';

export { TemplateError } from './parse';
export { GoStruct } from './values';

const FUNC_NAMES: ReadonlySet<string> = new Set(FUNCS.keys());

export interface Template {
  /** Throws TemplateError with Go's execution error text. */
  execute(data: unknown, options?: { missingKeyError?: boolean }): string;
  /** The same template run with docker's HeaderFunctions, over a table's column names. */
  executeHeader(header: Readonly<Record<string, string>>): string;
}

/** Parses `text`; throws TemplateError (`template: NAME:LINE: …`). `name` is "" for docker's formats. */
export function parseTemplate(text: string, name = ''): Template {
  const tree: Tree = parse(name, text, FUNC_NAMES);
  return {
    execute: (data, options) => execute(tree, data, FUNCS, options),
    executeHeader: (header) => execute(tree, header, HEADER_FUNCS),
  };
}

/** What a `--format` value asks for, after the formatter's preFormat. */
export interface DockerFormat {
  readonly table: boolean;
  /** The template text: `table ` removed, spaces trimmed, `\t` `\n` unescaped. */
  readonly text: string;
}

export function dockerFormat(format: string): DockerFormat {
  const table = format.startsWith('table');
  const body = (table ? format.slice(5) : format).replace(/^ +| +$/g, '');
  return { table, text: body.replaceAll('\\t', '\t').replaceAll('\\n', '\n') };
}

export type Rendered =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly error: string };

/**
 * The formatter's Write: each row through the template plus a newline; for `table`, the header
 * row first and the whole through tabwriter (minwidth 10, padding 3). Errors are worded as docker
 * prints them: `template parsing error: …`.
 */
export function renderRows(
  format: DockerFormat,
  rows: readonly unknown[],
  header: Readonly<Record<string, string>>,
): Rendered {
  let tmpl: Template;
  try {
    tmpl = parseTemplate(format.text);
  } catch (e) {
    return { ok: false, error: `template parsing error: ${messageOf(e)}` };
  }
  let body = '';
  try {
    for (const row of rows) body += `${tmpl.execute(row)}\n`;
  } catch (e) {
    return { ok: false, error: `template parsing error: ${messageOf(e)}` };
  }
  if (!format.table) return { ok: true, text: body };
  let head: string;
  try {
    head = tmpl.executeHeader(header);
  } catch {
    // docker ignores a failing header (its Execute error is dropped) and keeps what was written.
    head = '';
  }
  const lines = `${head}\n${body}`.split('\n');
  lines.pop();
  return { ok: true, text: `${formatTable(lines.map((l) => [l])).join('\n')}\n` };
}

export function messageOf(e: unknown): string {
  return e instanceof TemplateError || e instanceof Error ? e.message : String(e);
}
