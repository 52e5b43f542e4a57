import { describe, expect, it } from 'vitest';
import { emptyDaemon } from '../../daemon/index';
import type { DaemonState } from '../../daemon/types';
import { runCli } from '../test-support';

const NOW = Date.parse('2024-01-01T12:00:00Z');
const docker = (state: DaemonState, line: string) => runCli(state, line.split(' '), NOW);
const byName = (s: DaemonState, name: string) => Object.values(s.containers).find((c) => c.Name === name);

describe('docker create', () => {
  it('pulls a missing image on stderr, prints the 64-hex id and leaves the container Created', () => {
    const r = docker(emptyDaemon(3), 'create --name c1 hello-world');
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/^[0-9a-f]{64}\n$/);
    expect(r.err.startsWith("Unable to find image 'hello-world:latest' locally\n")).toBe(true);
    const c = byName(r.state, 'c1');
    expect(c?.State).toMatchObject({ Status: 'created', Running: false });
    expect(r.out.trim()).toBe(c?.Id);
    const ps = docker(r.state, 'ps -a --format {{.Status}}');
    expect(ps.out).toBe('Created\n');
  });
  it('is also docker container create, and start -a then prints what the container prints', () => {
    const c = docker(emptyDaemon(3), 'container create --name c1 hello-world');
    expect(c.status).toBe(0);
    const s = docker(c.state, 'start -a c1');
    expect(s.status).toBe(0);
    expect(s.out).toContain('Hello from Docker!\n');
    expect(s.out).not.toContain('c1\n');
    expect(byName(s.state, 'c1')?.State).toMatchObject({ Status: 'exited', ExitCode: 0 });
  });
  it('start without -a prints the name and the output only goes to the logs', () => {
    const c = docker(emptyDaemon(3), 'create --name c1 ubuntu echo hi');
    const s = docker(c.state, 'start c1');
    expect(s.out).toBe('c1\n');
    expect(docker(s.state, 'logs c1').out).toBe('hi\n');
  });
  it('reports daemon errors plainly with exit 1 (not run-style 125)', () => {
    const c = docker(emptyDaemon(3), 'create --name c1 hello-world');
    const again = docker(c.state, 'create --name c1 hello-world');
    expect(again.status).toBe(1);
    expect(again.err).toMatch(
      /^Error response from daemon: Conflict\. The container name "\/c1" is already in use/,
    );
    expect(again.out).toBe('');
  });
  it('a missing image that cannot be pulled fails with exit 1', () => {
    const r = docker(emptyDaemon(3), 'create nosuchimage-xyz');
    expect(r.status).toBe(1);
    expect(r.err).toContain("Unable to find image 'nosuchimage-xyz:latest' locally\n");
    expect(r.err).toMatch(/Error response from daemon: /);
    expect(Object.keys(r.state.containers)).toHaveLength(0);
  });
});
