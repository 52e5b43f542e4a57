/** `docker commit` / `docker container commit`: a new image from a container's changes. */
import { familiarName, parseNormalizedNamed } from '../../reference/reference';
import type { CommandSpec } from '../spec';
import { daemonError } from '../spec';

export const commit: CommandSpec = {
  paths: [['container', 'commit'], ['commit']],
  usage: '[OPTIONS] CONTAINER [REPOSITORY[:TAG]]',
  description: "Make a new image: the container's image plus one layer holding what the container changed",
  flags: [
    {
      name: 'author',
      short: 'a',
      type: 'string',
      description: 'Who made the image, e.g. "Jane Doe <jane@example.com>"',
    },
    {
      name: 'change',
      short: 'c',
      type: 'list',
      description:
        'A Dockerfile instruction for the new image (CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, USER, WORKDIR…)',
    },
    { name: 'message', short: 'm', type: 'string', description: 'A comment stored in the image history' },
    {
      name: 'pause',
      short: 'p',
      type: 'bool',
      description: 'Pause the container while committing (default true)',
    },
  ],
  args: { kind: 'range', min: 1, max: 2 },
  completes: 'container',
  group: 'other',
  run(ctx, { flags, args }) {
    const [container = '', target] = args;
    let repo: string | undefined;
    let tag: string | undefined;
    if (target !== undefined) {
      const parsed = parseNormalizedNamed(target);
      if (!parsed.ok) {
        // The client parses the name first, with the reference package's own wording.
        ctx.out.errLine(parsed.error);
        return 1;
      }
      repo = familiarName(parsed.ref);
      tag = parsed.ref.tag;
    }
    const res = ctx.api.call('ImageCommit', {
      container,
      ...(repo !== undefined ? { repo } : {}),
      ...(tag !== undefined ? { tag } : {}),
      ...(typeof flags.message === 'string' && flags.message ? { comment: flags.message } : {}),
      ...(typeof flags.author === 'string' && flags.author ? { author: flags.author } : {}),
      ...(Array.isArray(flags.change) && flags.change.length > 0 ? { changes: flags.change } : {}),
    });
    if (!res.ok) {
      ctx.out.errLine(daemonError(res.error.message));
      return 1;
    }
    ctx.out.line(res.reply.Id);
    return 0;
  },
};
