/**
 * Published ports (`-p`): which host ports a container holds, the clash docker's port allocator
 * refuses, and the `Ports` of a container summary as moby's list.go builds them.
 */
import type { ContainerSummary } from './api';
import type { Container, DaemonState, PortBinding } from './types';

/** The first dynamic port docker's allocator hands out (`-p 80` without a host port). */
const EPHEMERAL_START = 32768;

/** `hostIp:hostPort` pairs a container claims (an empty host ip claims every address). */
function claims(c: Container): { ip: string; port: string }[] {
  return Object.values(c.HostConfig.PortBindings ?? {}).flatMap((bs) =>
    bs.map((b) => ({ ip: b.HostIp, port: b.HostPort })),
  );
}

/** The host port `c` would bind that a running container already holds, if any. */
export function allocatedBy(state: DaemonState, c: Container): string | undefined {
  const mine = claims(c);
  if (mine.length === 0) return undefined;
  for (const other of Object.values(state.containers)) {
    if (other.Id === c.Id || !other.State.Running) continue;
    for (const theirs of claims(other)) {
      const hit = mine.find(
        (m) => m.port === theirs.port && (m.ip === '' || theirs.ip === '' || m.ip === theirs.ip),
      );
      if (hit) return hit.port;
    }
  }
  return undefined;
}

/** Fills in host ports left empty (`-p 80`) from the dynamic range, skipping any held. */
export function assignHostPorts(
  state: DaemonState,
  bindings: Readonly<Record<string, readonly PortBinding[]>>,
): Record<string, PortBinding[]> {
  const used = new Set(Object.values(state.containers).flatMap((c) => claims(c).map((x) => x.port)));
  let next = EPHEMERAL_START;
  const out: Record<string, PortBinding[]> = {};
  for (const [port, bs] of Object.entries(bindings)) {
    out[port] = bs.map((b) => {
      if (b.HostPort !== '') return b;
      while (used.has(String(next))) next++;
      used.add(String(next));
      return { HostIp: b.HostIp, HostPort: String(next) };
    });
  }
  return out;
}

const NO_PORTS: ContainerSummary['Ports'] = Object.freeze([]);

/**
 * moby list.go: a running container lists each exposed port, once per binding when published (an
 * unset host ip binds both 0.0.0.0 and ::); a stopped one lists nothing.
 */
export function summaryPorts(c: Container): ContainerSummary['Ports'] {
  if (!c.State.Running) return NO_PORTS;
  const exposed = Object.keys(c.Config.ExposedPorts ?? {});
  if (exposed.length === 0) return NO_PORTS;
  const ports: ContainerSummary['Ports'][number][] = [];
  for (const key of exposed) {
    const [num = '0', proto = 'tcp'] = key.split('/');
    const PrivatePort = Number(num);
    const bindings = c.HostConfig.PortBindings?.[key] ?? [];
    if (bindings.length === 0) ports.push({ PrivatePort, Type: proto });
    for (const b of bindings) {
      const PublicPort = Number(b.HostPort);
      for (const IP of b.HostIp === '' ? ['0.0.0.0', '::'] : [b.HostIp]) {
        ports.push({ IP, PrivatePort, PublicPort, Type: proto });
      }
    }
  }
  return ports;
}
