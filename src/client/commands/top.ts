/** `docker top` / `docker container top`: the processes running in a container. */
import type { CommandSpec } from '../spec';
import { daemonError } from '../spec';

/**
 * top.go writes through its own tabwriter (minwidth 20, padding 3), wider than the formatter's:
 * every column but the last is at least 20 cells.
 */
function layout(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      if (i < row.length - 1) widths[i] = Math.max(widths[i] ?? 20, cell.length + 3);
    });
  }
  return rows.map((row) =>
    row.map((cell, i) => (i < row.length - 1 ? cell.padEnd(widths[i] ?? 20) : cell)).join(''),
  );
}

export const top: CommandSpec = {
  paths: [['container', 'top'], ['top']],
  usage: 'CONTAINER [ps OPTIONS]',
  description: 'List the processes running in a container',
  flags: [],
  args: { kind: 'min', n: 1 },
  completes: 'running-container',
  // `ps OPTIONS` after the container belong to ps, not to docker.
  interspersed: false,
  group: 'other',
  run(ctx, { args }) {
    const res = ctx.api.call('ContainerTop', { id: args[0] ?? '' });
    if (!res.ok) {
      ctx.out.errLine(daemonError(res.error.message));
      return 1;
    }
    for (const line of layout([res.reply.Titles, ...res.reply.Processes])) ctx.out.line(line);
    return 0;
  },
};
