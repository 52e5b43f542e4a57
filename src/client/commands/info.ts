/**
 * `docker info`: the client's block, then the engine's (cli/command/system/info.go's layout).
 * The counts come from the daemon; the rest describes the engine this simulates: a plausible
 * Linux host running Docker Engine 28.2.2 with overlay2, kept short.
 */
import { ENGINE_VERSION } from '../../daemon/index';
import type { CommandContext, CommandSpec } from '../spec';
import { daemonError } from '../spec';
import { messageOf, parseTemplate } from '../template/index';
import { infoValue } from './info-format';

/**
 * info.go's formatInfo: a template that does not parse is status 64; one that fails while
 * running prints what it wrote, a newline, and the error (status 1).
 */
function formatted(ctx: CommandContext, format: string, value: unknown): number {
  let tmpl: ReturnType<typeof parseTemplate>;
  try {
    tmpl = parseTemplate(format);
  } catch (e) {
    ctx.out.errLine(`template parsing error: ${messageOf(e)}`);
    return 64;
  }
  try {
    ctx.out.line(tmpl.execute(value));
    return 0;
  } catch (e) {
    ctx.out.line();
    ctx.out.errLine(messageOf(e));
    return 1;
  }
}

const CLIENT_BLOCK = 'Client:\n Version:    28.2.2\n Context:    default\n Debug Mode: false\n\nServer:\n';

export const info: CommandSpec = {
  paths: [['system', 'info'], ['info']],
  usage: '[OPTIONS]',
  description: 'Show facts about the client and the engine: counts, versions, drivers',
  flags: [
    {
      name: 'format',
      short: 'f',
      type: 'string',
      description: 'Print the facts through a Go template (fields as in the JSON), or json',
    },
  ],
  args: { kind: 'none' },
  group: 'common',
  run(ctx, { flags }) {
    const format = typeof flags.format === 'string' ? flags.format : '';
    const res = ctx.api.call('SystemInfo', {});
    if (!res.ok) {
      // Like the real client without a daemon: the client block, the Server: header, the error.
      ctx.out.stdout(CLIENT_BLOCK);
      ctx.out.errLine(daemonError(res.error.message));
      return 1;
    }
    const i = res.reply;
    if (format !== '')
      return formatted(ctx, format === 'json' ? '{{json .}}' : format, infoValue(i, ENGINE_VERSION, ctx.now));
    const lines = [
      ` Containers: ${i.Containers}`,
      `  Running: ${i.ContainersRunning}`,
      `  Paused: ${i.ContainersPaused}`,
      `  Stopped: ${i.ContainersStopped}`,
      ` Images: ${i.Images}`,
      ` Server Version: ${ENGINE_VERSION.Version}`,
      ' Storage Driver: overlay2',
      '  Backing Filesystem: extfs',
      '  Supports d_type: true',
      '  Using metacopy: false',
      '  Native Overlay Diff: true',
      '  userxattr: false',
      ' Logging Driver: json-file',
      ' Cgroup Driver: systemd',
      ' Cgroup Version: 2',
      ' Plugins:',
      '  Volume: local',
      '  Network: bridge host ipvlan macvlan null overlay',
      '  Log: awslogs fluentd gcplogs gelf journald json-file local splunk syslog',
      ' Swarm: inactive',
      ' Runtimes: io.containerd.runc.v2 runc',
      ' Default Runtime: runc',
      ' Init Binary: docker-init',
      ' containerd version: 05044ec0a9a75232cad458027ca83437aae3f4da',
      ' runc version: v1.2.5-0-g59923ef',
      ' init version: de40ad0',
      ' Security Options:',
      '  apparmor',
      '  seccomp',
      '   Profile: builtin',
      '  cgroupns',
      ` Kernel Version: ${ENGINE_VERSION.KernelVersion}`,
      ' Operating System: Ubuntu 24.04.2 LTS',
      ' OSType: linux',
      ' Architecture: x86_64',
      ' CPUs: 4',
      ' Total Memory: 7.748GiB',
      ' Name: dockyard',
      ' Docker Root Dir: /var/lib/docker',
      ' Debug Mode: false',
      ' Experimental: false',
      ' Insecure Registries:',
      '  ::1/128',
      '  127.0.0.0/8',
      ' Live Restore Enabled: false',
    ];
    ctx.out.stdout(`${CLIENT_BLOCK}${lines.join('\n')}\n\n`);
    return 0;
  },
};
