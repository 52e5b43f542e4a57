/**
 * What `docker info --format` runs its template on: cli/command/system/info.go's dockerInfo, a
 * struct embedding the engine's system.Info (so `{{.ServerVersion}}`, `{{.Containers}}`,
 * `{{.Driver}}` read its fields) with the client's facts in `.ClientInfo`. The values are the
 * ones the plain `docker info` prints. `{{json .}}` encodes the fields in struct order, under their
 * JSON names.
 */
import type { InfoReply } from '../../daemon/system';
import { GoStruct } from '../template/index';

/** [Go name, value, JSON name if different]. */
type Field = readonly [string, unknown, string?];

export function infoValue(
  i: InfoReply,
  engine: { Version: string; KernelVersion: string },
  now: number,
): GoStruct {
  const info: Field[] = [
    ['ID', 'f2a8f2b4-7c1e-4a53-9d36-1f0c5e8b9a21'],
    ['Containers', i.Containers],
    ['ContainersRunning', i.ContainersRunning],
    ['ContainersPaused', i.ContainersPaused],
    ['ContainersStopped', i.ContainersStopped],
    ['Images', i.Images],
    ['Driver', 'overlay2'],
    [
      'DriverStatus',
      [
        ['Backing Filesystem', 'extfs'],
        ['Supports d_type', 'true'],
        ['Using metacopy', 'false'],
        ['Native Overlay Diff', 'true'],
        ['userxattr', 'false'],
      ],
    ],
    ['SystemStatus', null],
    [
      'Plugins',
      {
        Volume: ['local'],
        Network: ['bridge', 'host', 'ipvlan', 'macvlan', 'null', 'overlay'],
        Authorization: null,
        Log: ['awslogs', 'fluentd', 'gcplogs', 'gelf', 'journald', 'json-file', 'local', 'splunk', 'syslog'],
      },
    ],
    ['MemoryLimit', true],
    ['SwapLimit', true],
    ['CPUCfsPeriod', true, 'CpuCfsPeriod'],
    ['CPUCfsQuota', true, 'CpuCfsQuota'],
    ['CPUShares', true],
    ['CPUSet', true],
    ['PidsLimit', true],
    ['IPv4Forwarding', true],
    ['Debug', false],
    ['NFd', 24 + 4 * i.ContainersRunning],
    ['OomKillDisable', false],
    ['NGoroutines', 42 + 8 * i.ContainersRunning],
    ['SystemTime', new Date(now).toISOString().replace(/\.\d+Z$/, '.000000000Z')],
    ['LoggingDriver', 'json-file'],
    ['CgroupDriver', 'systemd'],
    ['CgroupVersion', '2'],
    ['NEventsListener', 0],
    ['KernelVersion', engine.KernelVersion],
    ['OperatingSystem', 'Ubuntu 24.04.2 LTS'],
    ['OSVersion', '24.04'],
    ['OSType', 'linux'],
    ['Architecture', 'x86_64'],
    ['IndexServerAddress', 'https://index.docker.io/v1/'],
    ['NCPU', 4],
    ['MemTotal', 8_319_399_526],
    ['DockerRootDir', '/var/lib/docker'],
    ['HTTPProxy', '', 'HttpProxy'],
    ['HTTPSProxy', '', 'HttpsProxy'],
    ['NoProxy', ''],
    ['Name', 'dockyard'],
    ['Labels', []],
    ['ExperimentalBuild', false],
    ['ServerVersion', engine.Version],
    ['DefaultRuntime', 'runc'],
    ['LiveRestoreEnabled', false],
    ['Isolation', ''],
    ['InitBinary', 'docker-init'],
    ['SecurityOptions', ['name=apparmor', 'name=seccomp,profile=builtin', 'name=cgroupns']],
    ['Warnings', null],
  ];
  const fields = Object.fromEntries(info.map(([name, value]) => [name, value]));
  const json = Object.fromEntries(info.map(([name, value, as]) => [as ?? name, value]));
  const client = { Debug: false, Version: '28.2.2', Context: 'default', Plugins: [], Warnings: null };
  const systemInfo = new GoStruct('system.Info', fields, json);
  return new GoStruct(
    'system.dockerInfo',
    {
      Info: systemInfo,
      ServerErrors: null,
      UserName: '',
      ClientInfo: new GoStruct('*system.clientInfo', client),
      ClientErrors: null,
    },
    { ...json, ClientInfo: client },
    ['Info'],
  );
}
