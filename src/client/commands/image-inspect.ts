/**
 * `docker image inspect`: the Engine's image JSON as docker 28.2 prints it, an array indented with
 * four spaces (the client's json.MarshalIndent / Indent with "    "). Field order is moby's
 * InspectResponse; 28.2 still returns the container-only Config fields empty (dropped in 28.3).
 * `-f/--format` goes through the shared inspector (src/client/inspect/inspector.ts).
 */
import type { Image } from '../../daemon/types';
import { INSPECT_FORMAT_HELP, runInspect } from '../inspect/inspector';
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
      User: c.User ?? '',
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
      Labels: c.Labels ?? null,
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
  flags: [{ name: 'format', short: 'f', type: 'string', description: INSPECT_FORMAT_HELP }],
  args: { kind: 'min', n: 1 },
  completes: 'image',
  group: 'other',
  run(ctx, { flags: f, args }) {
    return runInspect(ctx, args, String(f.format ?? ''), (name) => {
      const res = ctx.api.call('ImageInspect', { name });
      return res.ok
        ? { ok: true, value: inspectJson(res.reply) }
        : { ok: false, error: daemonError(res.error.message) };
    });
  },
};
