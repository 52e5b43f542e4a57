/** `docker create` / `docker container create`: make a container (pulling if needed) without starting it. */
import type { CommandSpec } from '../spec';
import { containerFlags, createContainer } from './create-container';

export const create: CommandSpec = {
  paths: [['container', 'create'], ['create']],
  usage: '[OPTIONS] IMAGE [COMMAND] [ARG...]',
  description: 'Create a new container',
  flags: containerFlags,
  args: { kind: 'min', n: 1 },
  completes: 'image-or-catalog',
  interspersed: false,
  group: 'other',
  runStyleErrors: true,
  run(ctx, { flags: f, args }) {
    const created = createContainer(ctx, f, args, 'create');
    if (!created.ok) return created.status;
    // The full id on stdout, as create.go prints it (run -d prints the same).
    ctx.out.line(created.id);
    return 0;
  },
};
