/**
 * Pull as the client does it for `docker pull` and for `docker run`'s implicit pull: call
 * ImageCreate and draw the progress stream, each message with the event it belongs to.
 */
import type { NamedReference } from '../reference/reference';
import { familiarName } from '../reference/reference';
import { createJSONMessageRenderer } from './jsonmessage';
import type { CommandContext } from './spec';

export type PullOutcome = { readonly ok: true } | { readonly ok: false; readonly message: string };

export function pullImage(
  ctx: CommandContext,
  ref: NamedReference,
  stream: 'stdout' | 'stderr',
  quiet = false,
): PullOutcome {
  const res = ctx.api.call('ImageCreate', {
    fromImage: familiarName(ref),
    tag: ref.tag ?? ref.digest ?? 'latest',
  });
  if (!res.ok) return { ok: false, message: res.error.message };
  const renderer = createJSONMessageRenderer({ tty: ctx.tty });
  for (const item of res.reply) {
    ctx.out.event(item.event);
    if (quiet) continue;
    const text = renderer.render(item.message);
    if (stream === 'stdout') ctx.out.stdout(text);
    else ctx.out.stderr(text);
  }
  return { ok: true };
}
