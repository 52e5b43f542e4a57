/**
 * docker's inspect machinery (cli/command/inspect/inspector.go), shared by `docker inspect`,
 * `docker container inspect` and `docker image inspect`:
 * - no `--format`: the objects as an array indented with four spaces, `[]` when none was found;
 * - `--format json`: the same array compact;
 * - a template: one line per object. The client runs it on the typed reply first (Go structs:
 *   `{{.State}}` prints `{running true …}`, see go-types.ts) and, when that fails, on the raw JSON
 *   with `missingkey=error`, so a missing field reads `map has no entry for key "Nope"`. Objects
 *   without a typed model (images) get the raw run only.
 * Errors follow the output; the status is 1, or 64 when the template does not parse.
 */
import type { CommandContext } from '../spec';
import { messageOf, parseTemplate, type Template } from '../template/index';

/** The daemon's JSON encoder escapes <, > and & (Go's default SetEscapeHTML(true)). */
export function engineJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026');
}

/** Looks one reference up: the object's JSON, or the error line to print. */
export type GetRef = (
  ref: string,
) => { ok: true; value: unknown; typed?: unknown } | { ok: false; error: string };

export function runInspect(
  ctx: CommandContext,
  refs: readonly string[],
  format: string,
  getRef: GetRef,
): number {
  let tmpl: Template | undefined;
  if (format !== '' && format !== 'json') {
    try {
      tmpl = parseTemplate(format);
    } catch (e) {
      ctx.out.errLine(`template parsing error: ${messageOf(e)}`);
      return 64;
    }
  }
  const found: unknown[] = [];
  const errors: string[] = [];
  let lines = '';
  for (const ref of refs) {
    const r = getRef(ref);
    if (!r.ok) {
      errors.push(r.error);
      continue;
    }
    if (!tmpl) {
      found.push(r.value);
      continue;
    }
    if (r.typed !== undefined) {
      try {
        lines += `${tmpl.execute(r.typed)}\n`;
        continue;
      } catch {
        // On to the raw JSON, as the client falls back.
      }
    }
    try {
      lines += `${tmpl.execute(r.value, { missingKeyError: true })}\n`;
    } catch (e) {
      errors.push(`template parsing error: ${messageOf(e)}`);
    }
  }
  if (tmpl) ctx.out.stdout(lines === '' ? '\n' : lines);
  else if (format === 'json') ctx.out.line(engineJson(found));
  else ctx.out.line(found.length === 0 ? '[]' : engineJson(found, 4));
  for (const e of errors) ctx.out.errLine(e);
  return errors.length > 0 ? 1 : 0;
}

/** `-f, --format`, worded as docker's flagsHelper.InspectFormatHelp. */
export const INSPECT_FORMAT_HELP =
  "Format output using a custom template:\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates";
