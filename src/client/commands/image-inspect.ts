/**
 * `docker image inspect`: the Engine's image JSON as docker 28.2 prints it, an array indented with
 * four spaces (the client's json.MarshalIndent / Indent with "    "). Field order is moby's
 * InspectResponse; 28.2 still returns the container-only Config fields empty (dropped in 28.3).
 * `--format` is not supported yet (templates come later).
 */
import type { Image } from '../../daemon/types';
import type { CommandSpec } from '../spec';
import { daemonError } from '../spec';

/** The JSON the Engine API v1.50 returns for one image, field for field. */
export function inspectJson(img: Image): unknown {
  const c = img.Config;
  return {
    Id: img.Id,
    RepoTags: img.RepoTags,
    RepoDigests: img.RepoDigests,
    Parent: '',
    Comment: '',
    Created: img.Created,
    DockerVersion: img.DockerVersion,
    Author: '',
    Config: {
      Hostname: '',
      Domainname: '',
      User: '',
      AttachStdin: false,
      AttachStdout: false,
      AttachStderr: false,
      ...(c.ExposedPorts ? { ExposedPorts: c.ExposedPorts } : {}),
      Tty: false,
      OpenStdin: false,
      StdinOnce: false,
      Env: c.Env,
      Cmd: c.Cmd,
      Image: '',
      Volumes: c.Volumes ?? null,
      WorkingDir: c.WorkingDir,
      Entrypoint: c.Entrypoint,
      OnBuild: null,
      Labels: null,
      ...(c.StopSignal ? { StopSignal: c.StopSignal } : {}),
    },
    Architecture: img.Architecture,
    Os: img.Os,
    Size: img.Size,
    GraphDriver: {
      Data: {
        MergedDir: `/var/lib/docker/overlay2/${img.Id.slice(7)}/merged`,
        UpperDir: `/var/lib/docker/overlay2/${img.Id.slice(7)}/diff`,
        WorkDir: `/var/lib/docker/overlay2/${img.Id.slice(7)}/work`,
      },
      Name: 'overlay2',
    },
    RootFS: { Type: 'layers', Layers: img.Layers.map((l) => l.diffId) },
    Metadata: { LastTagTime: '0001-01-01T00:00:00Z' },
  };
}

export const imageInspect: CommandSpec = {
  paths: [['image', 'inspect']],
  usage: '[OPTIONS] IMAGE [IMAGE...]',
  description: 'Show everything the daemon knows about one or more images, as JSON',
  flags: [],
  args: { kind: 'min', n: 1 },
  completes: 'image',
  group: 'other',
  run(ctx, { args }) {
    const found: unknown[] = [];
    const errors: string[] = [];
    for (const name of args) {
      const res = ctx.api.call('ImageInspect', { name });
      if (res.ok) found.push(inspectJson(res.reply));
      else errors.push(daemonError(res.error.message));
    }
    // The array is printed even when empty (`[]`), then the errors (cli/command/inspect).
    ctx.out.line(JSON.stringify(found, null, 4));
    for (const e of errors) ctx.out.errLine(e);
    return errors.length > 0 ? 1 : 0;
  },
};
