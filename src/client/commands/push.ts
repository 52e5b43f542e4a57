/** `docker push` / `docker image push`. Client texts are the real 28.2.2 client's (cli image/push.go). */
import { familiarName, fullString, parseNormalizedNamed, withDefaultTag } from '../../reference/reference';
import type { FlagSpec } from '../flags';
import { createJSONMessageRenderer } from '../jsonmessage';
import type { CommandSpec } from '../spec';
import { daemonError } from '../spec';

const flags: FlagSpec[] = [
  { name: 'all-tags', short: 'a', type: 'bool', description: 'Push every local tag of the repository' },
  {
    name: 'disable-content-trust',
    type: 'bool',
    default: true,
    description: 'Do not sign the image (signing needs a notary server)',
  },
  {
    name: 'platform',
    type: 'string',
    description:
      "Push only this platform's manifest of a multi-platform image, as\n'os[/arch[/variant]]' (for example linux/amd64)",
  },
  { name: 'quiet', short: 'q', type: 'bool', description: 'Print only the pushed reference, no progress' },
];

/** printNote's layout (cli/command/image/push.go), as the real client writes it to a pipe. */
const PLATFORM_NOTE =
  '\n Info -> Using --platform pushes only the specified platform manifest of a multi-platform image index.\n' +
  '         Other components, like attestations, will not be included.\n' +
  '         To push the complete multi-platform image, remove the --platform flag.\n' +
  '         \n';

export const push: CommandSpec = {
  paths: [['image', 'push'], ['push']],
  usage: '[OPTIONS] NAME[:TAG]',
  description: 'Upload an image to a registry',
  flags,
  args: { kind: 'exact', n: 1 },
  completes: 'image',
  group: 'common',
  run(ctx, { flags: f, args }) {
    const all = f['all-tags'] === true;
    const quiet = f.quiet === true;
    if (typeof f.platform === 'string' && f.platform !== '') ctx.out.stderr(PLATFORM_NOTE);
    const parsed = parseNormalizedNamed(args[0] ?? '');
    if (!parsed.ok) {
      ctx.out.errLine(parsed.error);
      return 1;
    }
    const nameOnly = parsed.ref.tag === undefined && parsed.ref.digest === undefined;
    if (all && !nameOnly) {
      ctx.out.errLine("tag can't be used with --all-tags/-a");
      return 1;
    }
    const ref = all ? parsed.ref : withDefaultTag(parsed.ref);
    if (!all && nameOnly && !quiet) ctx.out.line('Using default tag: latest');
    if (ref.digest !== undefined) {
      // The API client refuses before sending anything (client/image_push.go).
      ctx.out.errLine('cannot push a digest reference');
      return 1;
    }
    const res = ctx.api.call('ImagePush', {
      name: familiarName(ref),
      ...(ref.tag !== undefined ? { tag: ref.tag } : {}),
    });
    if (!res.ok) {
      ctx.out.errLine(daemonError(res.error.message));
      return 1;
    }
    const renderer = createJSONMessageRenderer({ tty: ctx.tty });
    for (const item of res.reply.items) {
      ctx.out.event(item.event);
      if (!quiet) ctx.out.stdout(renderer.render(item.message));
    }
    if (res.reply.error !== undefined) {
      // A stream error: printed as it came, no "Error response from daemon" (jsonmessage.JSONError).
      ctx.out.errLine(res.reply.error);
      return 1;
    }
    if (quiet) ctx.out.line(fullString(ref));
    return 0;
  },
};
