/** `docker version`: the client's own facts, then the engine's (cli/command/system/version.go). */
import type { VersionReply } from '../../daemon/api';
import type { FlagSpec } from '../flags';
import { INSPECT_FORMAT_HELP } from '../inspect/inspector';
import type { CommandContext, CommandSpec } from '../spec';
import { daemonError } from '../spec';
import { GoStruct, messageOf, parseTemplate, type Template } from '../template/index';

const flags: FlagSpec[] = [{ name: 'format', short: 'f', type: 'string', description: INSPECT_FORMAT_HELP }];

/** The client this simulates: the real 28.2.2 binary's values. */
const CLIENT = {
  Version: '28.2.2',
  APIVersion: '1.50',
  GoVersion: 'go1.24.3',
  GitCommit: 'e6534b4',
  Built: 'Fri May 30 12:07:14 2025',
  OsArch: 'linux/amd64',
  Context: 'default',
};

/** Go's time.ANSIC, as the client reformats the engine's build time. */
function ansic(iso: string): string {
  const d = new Date(iso);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const two = (n: number) => String(n).padStart(2, '0');
  return `${days[d.getUTCDay()]} ${months[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} ${d.getUTCFullYear()}`;
}

/** The template goes through a tabwriter with minwidth 20 and padding 1: every label cell fits in 20. */
const row = (label: string, value: string) => `${label.padEnd(19)} ${value}\n`;

/** The client half of `.`: docker's clientVersion struct (Platform first, nil and left out of JSON). */
function clientStruct(): GoStruct {
  const fields = {
    Version: CLIENT.Version,
    ApiVersion: CLIENT.APIVersion,
    DefaultAPIVersion: CLIENT.APIVersion,
    GitCommit: CLIENT.GitCommit,
    GoVersion: CLIENT.GoVersion,
    Os: 'linux',
    Arch: 'amd64',
    BuildTime: CLIENT.Built,
    Context: CLIENT.Context,
  };
  return new GoStruct('*system.clientVersion', { Platform: null, ...fields }, fields);
}

/** The engine half: the Engine API's /version reply (types.Version; Experimental omitted when false). */
function serverStruct(v: VersionReply): GoStruct {
  const fields = {
    Platform: { Name: 'Docker Engine - Community' },
    Version: v.Version,
    ApiVersion: v.ApiVersion,
    MinAPIVersion: v.MinAPIVersion,
    GitCommit: v.GitCommit,
    GoVersion: v.GoVersion,
    Os: v.Os,
    Arch: v.Arch,
    KernelVersion: v.KernelVersion,
    BuildTime: v.BuildTime,
  };
  return new GoStruct('*types.Version', fields);
}

/**
 * `--format`: parsed before the daemon is asked (a bad template exits 64 even with no daemon, as
 * the real client does), then run over `{Client, Server}`; `json` means `{{json .}}`.
 */
function runFormat(ctx: CommandContext, format: string): number {
  let tmpl: Template;
  try {
    tmpl = parseTemplate(format === 'json' ? '{{json .}}' : format, 'version');
  } catch (e) {
    ctx.out.errLine(`template parsing error: ${messageOf(e)}`);
    return 64;
  }
  const res = ctx.api.call('SystemVersion', {});
  const data = new GoStruct('system.versionInfo', {
    Client: clientStruct(),
    Server: res.ok ? serverStruct(res.reply) : null,
  });
  try {
    ctx.out.line(tmpl.execute(data));
  } catch (e) {
    ctx.out.errLine(messageOf(e));
    return 1;
  }
  if (!res.ok) {
    ctx.out.errLine(daemonError(res.error.message));
    return 1;
  }
  return 0;
}

export const version: CommandSpec = {
  paths: [['version']],
  usage: '[OPTIONS]',
  description: 'Show the versions of the docker client and of the engine it talks to',
  flags,
  args: { kind: 'none' },
  group: 'common',
  run(ctx, { flags: f }) {
    const format = String(f.format ?? '');
    if (format !== '') return runFormat(ctx, format);
    let text =
      'Client:\n' +
      row(' Version:', CLIENT.Version) +
      row(' API version:', CLIENT.APIVersion) +
      row(' Go version:', CLIENT.GoVersion) +
      row(' Git commit:', CLIENT.GitCommit) +
      row(' Built:', CLIENT.Built) +
      row(' OS/Arch:', CLIENT.OsArch) +
      row(' Context:', CLIENT.Context);
    const res = ctx.api.call('SystemVersion', {});
    if (!res.ok) {
      ctx.out.stdout(text);
      ctx.out.errLine(daemonError(res.error.message));
      return 1;
    }
    const v = res.reply;
    text +=
      '\nServer: Docker Engine - Community\n Engine:\n' +
      row('  Version:', v.Version) +
      row('  API version:', `${v.ApiVersion} (minimum version ${v.MinAPIVersion})`) +
      row('  Go version:', v.GoVersion) +
      row('  Git commit:', v.GitCommit) +
      row('  Built:', ansic(v.BuildTime)) +
      row('  OS/Arch:', `${v.Os}/${v.Arch}`) +
      row('  Experimental:', 'false') +
      ' containerd:\n' +
      row('  Version:', '1.7.27') +
      row('  GitCommit:', '05044ec0a9a75232cad458027ca83437aae3f4da') +
      ' runc:\n' +
      row('  Version:', '1.2.5') +
      row('  GitCommit:', 'v1.2.5-0-g59923ef') +
      ' docker-init:\n' +
      row('  Version:', '0.19.0') +
      row('  GitCommit:', 'de40ad0');
    ctx.out.stdout(text);
    return 0;
  },
};
