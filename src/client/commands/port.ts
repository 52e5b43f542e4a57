/** `docker port` / `docker container port`: where a running container's ports are published. */
import type { CommandSpec } from '../spec';
import { daemonError } from '../spec';

/** net.JoinHostPort: IPv6 hosts in brackets. */
const hostPort = (ip: string, port: string) => (ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`);

export const port: CommandSpec = {
  paths: [['container', 'port'], ['port']],
  usage: 'CONTAINER [PRIVATE_PORT[/PROTO]]',
  description: "Show which host ports a container's ports are published on",
  flags: [],
  args: { kind: 'range', min: 1, max: 2 },
  completes: 'container',
  group: 'other',
  run(ctx, { args }) {
    const [id = '', wanted] = args;
    const res = ctx.api.call('ContainerInspect', { id });
    if (!res.ok) {
      ctx.out.errLine(daemonError(res.error.message));
      return 1;
    }
    const c = res.reply;
    // A stopped container holds no ports (its NetworkSettings.Ports is empty).
    const bindings = c.State.Running ? (c.HostConfig.PortBindings ?? {}) : {};
    const rows = Object.entries(bindings)
      .sort(([a], [b]) => Number.parseInt(a, 10) - Number.parseInt(b, 10))
      .flatMap(([key, bs]) =>
        bs.flatMap((b) =>
          (b.HostIp === '' ? ['0.0.0.0', '::'] : [b.HostIp]).map((ip) => ({
            key,
            at: hostPort(ip, b.HostPort),
          })),
        ),
      );
    if (wanted === undefined) {
      for (const r of rows) ctx.out.line(`${r.key} -> ${r.at}`);
      return 0;
    }
    const key = wanted.includes('/') ? wanted : `${wanted}/tcp`;
    const hits = rows.filter((r) => r.key === key);
    if (hits.length === 0) {
      ctx.out.errLine(`Error: No public port '${key}' published for ${id}`);
      return 1;
    }
    for (const r of hits) ctx.out.line(r.at);
    return 0;
  },
};
