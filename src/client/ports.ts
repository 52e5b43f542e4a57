/**
 * Ports on the client side: `-p` specs parsed as go-connections nat.ParsePortSpec does (with its
 * error texts), and the PORTS column as cli formatter DisplayablePorts renders a summary's ports.
 */
import type { ContainerSummary } from '../daemon/api';
import type { PortBinding } from '../daemon/types';

type Parsed = { ok: true; bindings: Record<string, PortBinding[]> } | { ok: false; error: string };

/** `80`, `8000-8002` → [first, last]; undefined when not a port (range). */
function portRange(text: string): [number, number] | undefined {
  const m = /^(\d+)(?:-(\d+))?$/.exec(text);
  if (!m) return undefined;
  const first = Number(m[1]);
  const last = m[2] === undefined ? first : Number(m[2]);
  if (first > 65535 || last > 65535 || last < first) return undefined;
  return [first, last];
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

/** nat.ParsePortSpecs over every `-p` value: `[ip:][hostPort:]containerPort[/proto]`. */
export function parsePublish(specs: readonly string[]): Parsed {
  const bindings: Record<string, PortBinding[]> = {};
  for (const spec of specs) {
    let rest = spec;
    let proto = 'tcp';
    const slash = rest.lastIndexOf('/');
    if (slash >= 0) {
      proto = rest.slice(slash + 1).toLowerCase();
      rest = rest.slice(0, slash);
      if (!['tcp', 'udp', 'sctp'].includes(proto)) return { ok: false, error: `invalid proto: ${proto}` };
    }
    // An IPv6 host address comes in brackets: `[::1]:8080:80`.
    let ip = '';
    const v6 = /^\[([^\]]*)\]:(.*)$/.exec(rest);
    if (v6) {
      ip = v6[1] ?? '';
      rest = v6[2] ?? '';
    }
    const parts = rest.split(':');
    if (!v6 && parts.length === 3) ip = parts.shift() ?? '';
    if (parts.length > 2) return { ok: false, error: `invalid port format: ${spec}` };
    const containerText = parts.pop() ?? '';
    const hostText = parts.pop() ?? '';
    if (ip !== '' && !v6 && !IPV4.test(ip)) return { ok: false, error: `invalid IP address: ${ip}` };
    const container = portRange(containerText);
    if (!container) return { ok: false, error: `invalid containerPort: ${containerText}` };
    const host = hostText === '' ? undefined : portRange(hostText);
    if (hostText !== '' && !host) return { ok: false, error: `invalid hostPort: ${hostText}` };
    const count = container[1] - container[0];
    if (host && host[1] - host[0] !== count && host[0] !== host[1]) {
      return {
        ok: false,
        error: `invalid ranges specified for container and host Ports: ${containerText} and ${hostText}`,
      };
    }
    for (let i = 0; i <= count; i++) {
      const key = `${container[0] + i}/${proto}`;
      const hostPort = host === undefined ? '' : String(host[0] === host[1] ? host[0] : host[0] + i);
      const list = bindings[key] ?? [];
      list.push({ HostIp: ip, HostPort: hostPort });
      bindings[key] = list;
    }
  }
  return { ok: true, bindings };
}

type Port = ContainerSummary['Ports'][number];

function comparePorts(a: Port, b: Port): number {
  if (a.PrivatePort !== b.PrivatePort) return a.PrivatePort - b.PrivatePort;
  if ((a.IP ?? '') !== (b.IP ?? '')) return (a.IP ?? '') < (b.IP ?? '') ? -1 : 1;
  if ((a.PublicPort ?? 0) !== (b.PublicPort ?? 0)) return (a.PublicPort ?? 0) - (b.PublicPort ?? 0);
  return a.Type < b.Type ? -1 : a.Type > b.Type ? 1 : 0;
}

/** Go's net.JoinHostPort: IPv6 hosts in brackets. */
const joinHostPort = (ip: string, port: string) => (ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`);

function formGroup(key: string, first: number, last: number): string {
  const [a = '', b] = key.split('/');
  const ip = b === undefined ? '' : a;
  const type = b === undefined ? a : b;
  const group = first === last ? String(first) : `${first}-${last}`;
  return `${ip === '' ? group : `${joinHostPort(ip, group)}->${group}`}/${type}`;
}

/**
 * cli formatter DisplayablePorts: ports published on the same number group into ranges per
 * address, other mappings follow one by one: `0.0.0.0:8080->80/tcp, [::]:8080->80/tcp`.
 */
export function displayablePorts(ports: readonly Port[]): string {
  if (ports.length === 0) return '';
  const groups = new Map<string, { first: number; last: number }>();
  const result: string[] = [];
  const hostMappings: string[] = [];
  for (const port of [...ports].sort(comparePorts)) {
    const current = port.PrivatePort;
    let key = port.Type;
    if (port.IP !== undefined && port.IP !== '') {
      if (port.PublicPort !== current) {
        hostMappings.push(`${joinHostPort(port.IP, String(port.PublicPort))}->${current}/${port.Type}`);
        continue;
      }
      key = `${port.IP}/${port.Type}`;
    }
    const group = groups.get(key);
    if (!group) groups.set(key, { first: current, last: current });
    else if (current === group.last + 1) group.last = current;
    else {
      result.push(formGroup(key, group.first, group.last));
      // The key keeps its first position, as in Go's list of group keys.
      groups.set(key, { first: current, last: current });
    }
  }
  for (const [key, g] of groups) result.push(formGroup(key, g.first, g.last));
  return [...result, ...hostMappings].join(', ');
}
