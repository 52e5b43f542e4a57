/**
 * The loop docker's stop/kill/restart/pause/unpause/rm share: one daemon call per argument, the
 * argument echoed on success, one `Error response from daemon:` line per failure, exit 1 if any
 * failed (cli container/stop.go and friends, errors.Join).
 */
import type { ApiError } from '../../daemon/api';
import type { CommandContext } from '../spec';
import { daemonError } from '../spec';

type Call = (id: string) => { ok: true } | { ok: false; error: ApiError };

export function forEachContainer(ctx: CommandContext, args: readonly string[], call: Call): number {
  let failed = false;
  for (const id of args) {
    const res = call(id);
    if (res.ok) {
      ctx.out.line(id);
      continue;
    }
    ctx.out.errLine(daemonError(res.error.message));
    failed = true;
  }
  return failed ? 1 : 0;
}
