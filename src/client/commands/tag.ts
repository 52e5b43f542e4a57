/** `docker tag` / `docker image tag`. */
import { familiarName, parseNormalizedNamed } from '../../reference/reference';
import type { CommandSpec } from '../spec';
import { daemonError } from '../spec';

/** The client's wrapping of a reference error (docker/client image_tag.go). */
const parseError = (ref: string, why: string) =>
  `Error parsing reference: "${ref}" is not a valid repository/tag: ${why}`;

export const tag: CommandSpec = {
  paths: [['image', 'tag'], ['tag']],
  usage: 'SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]',
  description: 'Give an image another name, TARGET_IMAGE, that refers to SOURCE_IMAGE',
  flags: [],
  args: { kind: 'exact', n: 2 },
  completes: 'image',
  group: 'other',
  run(ctx, { args }) {
    const [source = '', target = ''] = args;
    // The client checks both names before asking the daemon; a full 64-hex id is a valid source
    // (ParseAnyReference), never a valid target.
    if (!/^[a-f0-9]{64}$/.test(source)) {
      const src = parseNormalizedNamed(source);
      if (!src.ok) {
        ctx.out.errLine(parseError(source, src.error));
        return 1;
      }
    }
    const dst = parseNormalizedNamed(target);
    if (!dst.ok) {
      ctx.out.errLine(parseError(target, dst.error));
      return 1;
    }
    if (dst.ref.digest !== undefined) {
      ctx.out.errLine('refusing to create a tag with a digest reference');
      return 1;
    }
    // TagNameOnly: no tag means `latest`.
    const res = ctx.api.call('ImageTag', {
      name: source,
      repo: familiarName(dst.ref),
      tag: dst.ref.tag ?? 'latest',
    });
    if (!res.ok) {
      ctx.out.errLine(daemonError(res.error.message));
      return 1;
    }
    return 0;
  },
};
