/**
 * The JSON `GET /containers/{id}/json` returns in Engine 28 (moby api/types/container
 * InspectResponse), field for field in moby's order, built from our container record. Fields the
 * simulation has no use for keep the values a fresh Linux container shows.
 */
import { pid1Of } from '../../daemon/exec-processes';
import type { Container, Image } from '../../daemon/types';

/** Go's time.RFC3339Nano of epoch ms: trailing zeros of the fraction dropped; 0 is Go's zero time. */
export function rfc3339Nano(ms: number): string {
  if (ms === 0) return '0001-01-01T00:00:00Z';
  const iso = new Date(ms).toISOString();
  return iso.replace(/\.(\d+)Z$/, (_, frac: string) => {
    const trimmed = frac.replace(/0+$/, '');
    return trimmed === '' ? 'Z' : `.${trimmed}Z`;
  });
}

/**
 * What the container runs split back into Entrypoint and Cmd: the image's ENTRYPOINT when the
 * process starts with it (docker keeps both in Config; our record keeps only Path and Args).
 */
function splitCommand(
  c: Container,
  image: Image | undefined,
): { Entrypoint: readonly string[] | null; Cmd: readonly string[] } {
  const argv = [c.Path, ...c.Args];
  const ep = image?.Config.Entrypoint;
  if (ep && ep.length > 0 && ep.every((w, i) => argv[i] === w))
    return { Entrypoint: ep, Cmd: argv.slice(ep.length) };
  return { Entrypoint: null, Cmd: argv };
}

/** PID 1's host PID while it runs, the one `docker top` lists (the simulation has no kernel PIDs). */
function pid(c: Container): number {
  return c.State.Running ? pid1Of(c) : 0;
}

/**
 * NetworkSettings.Ports of a running container: each exposed port with its bindings, an unset
 * host ip bound on both 0.0.0.0 and ::, an unpublished port null; a stopped one has none.
 */
function networkPorts(c: Container): Record<string, { HostIp: string; HostPort: string }[] | null> {
  if (!c.State.Running) return {};
  const out: Record<string, { HostIp: string; HostPort: string }[] | null> = {};
  for (const key of Object.keys(c.Config.ExposedPorts ?? {})) {
    const bindings = c.HostConfig.PortBindings?.[key] ?? [];
    out[key] =
      bindings.length === 0
        ? null
        : bindings.flatMap((b) =>
            (b.HostIp === '' ? ['0.0.0.0', '::'] : [b.HostIp]).map((HostIp) => ({
              HostIp,
              HostPort: b.HostPort,
            })),
          );
  }
  return out;
}

export function containerInspectJson(c: Container, image: Image | undefined, size: boolean): unknown {
  const { Entrypoint, Cmd } = splitCommand(c, image);
  const dir = `/var/lib/docker/containers/${c.Id}`;
  const layer = `/var/lib/docker/overlay2/${c.Id}`;
  const s = c.State;
  return {
    Id: c.Id,
    Created: rfc3339Nano(c.Created),
    Path: c.Path,
    Args: c.Args,
    State: {
      Status: s.Status,
      Running: s.Running,
      Paused: s.Paused,
      Restarting: s.Status === 'restarting',
      OOMKilled: false,
      Dead: s.Status === 'dead',
      Pid: pid(c),
      ExitCode: s.ExitCode,
      Error: '',
      StartedAt: rfc3339Nano(s.StartedAt),
      FinishedAt: rfc3339Nano(s.FinishedAt),
    },
    Image: c.ImageID,
    ResolvConfPath: `${dir}/resolv.conf`,
    HostnamePath: `${dir}/hostname`,
    HostsPath: `${dir}/hosts`,
    LogPath: `${dir}/${c.Id}-json.log`,
    Name: `/${c.Name}`,
    RestartCount: 0,
    Driver: 'overlay2',
    Platform: 'linux',
    MountLabel: '',
    ProcessLabel: '',
    AppArmorProfile: 'docker-default',
    ExecIDs: null,
    HostConfig: {
      Binds: null,
      ContainerIDFile: '',
      LogConfig: { Type: 'json-file', Config: {} },
      NetworkMode: 'bridge',
      PortBindings: c.HostConfig.PortBindings ?? {},
      RestartPolicy: { Name: 'no', MaximumRetryCount: 0 },
      AutoRemove: c.HostConfig.AutoRemove,
      VolumeDriver: '',
      VolumesFrom: null,
      Privileged: false,
      PublishAllPorts: false,
      ReadonlyRootfs: false,
    },
    GraphDriver: {
      Data: {
        MergedDir: `${layer}/merged`,
        UpperDir: `${layer}/diff`,
        WorkDir: `${layer}/work`,
      },
      Name: 'overlay2',
    },
    ...(size ? { SizeRw: 0, SizeRootFs: image?.Size ?? 0 } : {}),
    Mounts: [],
    Config: {
      Hostname: c.Config.Hostname,
      Domainname: '',
      User: '',
      AttachStdin: false,
      AttachStdout: true,
      AttachStderr: true,
      ...(c.Config.ExposedPorts || image?.Config.ExposedPorts
        ? { ExposedPorts: c.Config.ExposedPorts ?? image?.Config.ExposedPorts }
        : {}),
      Tty: c.Config.Tty,
      OpenStdin: c.Config.OpenStdin,
      StdinOnce: false,
      Env: c.Config.Env,
      Cmd,
      Image: c.Image,
      Volumes: image?.Config.Volumes ?? null,
      WorkingDir: c.Config.WorkingDir,
      Entrypoint,
      OnBuild: null,
      Labels: {},
      ...(image?.Config.StopSignal ? { StopSignal: image.Config.StopSignal } : {}),
    },
    NetworkSettings: {
      Bridge: '',
      SandboxID: '',
      SandboxKey: '',
      Ports: networkPorts(c),
      HairpinMode: false,
      LinkLocalIPv6Address: '',
      LinkLocalIPv6PrefixLen: 0,
      SecondaryIPAddresses: null,
      SecondaryIPv6Addresses: null,
      EndpointID: '',
      Gateway: '',
      GlobalIPv6Address: '',
      GlobalIPv6PrefixLen: 0,
      IPAddress: '',
      IPPrefixLen: 0,
      IPv6Gateway: '',
      MacAddress: '',
      Networks: {},
    },
  };
}
