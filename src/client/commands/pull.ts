/** `docker pull` / `docker image pull`. */
import { fullString, parseNormalizedNamed, withDefaultTag } from '../../reference/reference';
import type { FlagSpec } from '../flags';
import { pullImage } from '../pull-stream';
import type { CommandSpec } from '../spec';
import { daemonError } from '../spec';

const flags: FlagSpec[] = [
  { name: 'quiet', short: 'q', type: 'bool', description: 'Print only the pulled reference, no progress' },
];

export const pull: CommandSpec = {
  paths: [['image', 'pull'], ['pull']],
  usage: '[OPTIONS] NAME[:TAG|@DIGEST]',
  description: 'Fetch an image from a registry',
  flags,
  args: { kind: 'exact', n: 1 },
  completes: 'catalog',
  group: 'common',
  run(ctx, { flags: f, args }) {
    const parsed = parseNormalizedNamed(args[0] ?? '');
    if (!parsed.ok) {
      ctx.out.errLine(parsed.error);
      return 1;
    }
    const quiet = f.quiet === true;
    if (parsed.ref.tag === undefined && parsed.ref.digest === undefined && !quiet)
      ctx.out.line('Using default tag: latest');
    const ref = withDefaultTag(parsed.ref);
    const result = pullImage(ctx, ref, 'stdout', quiet);
    if (!result.ok) {
      ctx.out.errLine(daemonError(result.message));
      return 1;
    }
    ctx.out.line(fullString(ref));
    return 0;
  },
};
