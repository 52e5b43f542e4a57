import { describe, expect, it } from 'vitest';
import { emptyDaemon } from '../../daemon/index';
import type { DaemonState } from '../../daemon/types';
import { runDocker } from '../cli';
import { runCli } from '../test-support';

const NOW = Date.parse('2024-01-01T12:00:00Z');

const docker = (state: DaemonState, line: string) => runCli(state, line.split(' '), NOW);

/** Runs lines in order, each on the state the last one left. */
function world(...lines: string[]): DaemonState {
  return lines.reduce((s, l) => docker(s, l).state, emptyDaemon(3));
}
const stateOf = (s: DaemonState, name: string) =>
  Object.values(s.containers).find((c) => c.Name === name)?.State;

describe('servers run as services', () => {
  it('run -d nginx prints the 64-hex id and leaves it running with its start-up log', () => {
    const r = docker(emptyDaemon(3), 'run -d --name web nginx');
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/^[0-9a-f]{64}\n$/);
    expect(stateOf(r.state, 'web')).toMatchObject({ Running: true, Status: 'running' });
    const logs = docker(r.state, 'logs web');
    expect(logs.out).toContain('/docker-entrypoint.sh: Configuration complete; ready for start up\n');
    expect(logs.err).toMatch(/\[notice\] 1#1: start worker process \d+\n$/);
  });
  it('foreground run prints the start-up lines and leaves the terminal following the server', () => {
    const r = runDocker(['run', '--name', 'cache', 'redis'], { state: emptyDaemon(3), now: NOW, tty: true });
    const out = r.timeline.map((e) => (e.kind === 'write' ? e.text : '')).join('');
    expect(out).toContain('* Ready to accept connections tcp\n');
    expect(out).not.toContain('docker stop');
    expect(r.follow).toEqual({ containerId: expect.any(String), sigProxy: true });
    expect(stateOf(r.state, 'cache')?.Running).toBe(true);
  });
  it('logs -f follows a running container without signalling it, and returns on a stopped one', () => {
    const up = docker(emptyDaemon(3), 'run -d --name web nginx');
    const f = runDocker(['logs', '-f', 'web'], { state: up.state, now: NOW, tty: true });
    expect(f.follow).toMatchObject({ sigProxy: false });
    const stopped = docker(up.state, 'stop web');
    expect(
      runDocker(['logs', '-f', 'web'], { state: stopped.state, now: NOW, tty: true }).follow,
    ).toBeUndefined();
  });
  it('postgres refuses to start without a password (exit 1) and serves with one', () => {
    const bad = docker(emptyDaemon(3), 'run postgres');
    expect(bad.status).toBe(1);
    expect(bad.err).toContain('Error: Database is uninitialized and superuser password is not specified.');
    const good = docker(emptyDaemon(3), 'run -d -e POSTGRES_PASSWORD=pw --name db postgres');
    expect(docker(good.state, 'logs db').err).toContain(
      'LOG:  database system is ready to accept connections',
    );
  });
  it('a shell image given a server command stays a missing binary (127)', () => {
    expect(docker(emptyDaemon(3), 'run ubuntu nginx').status).toBe(127);
  });
});

describe('docker stop / kill: exit codes by signal (docker-behavior.md §4)', () => {
  it('nginx takes SIGQUIT and exits 0; stop echoes the argument', () => {
    const r = docker(world('run -d --name web nginx'), 'stop web');
    expect(r).toMatchObject({ status: 0, out: 'web\n', err: '' });
    expect(stateOf(r.state, 'web')).toMatchObject({ Running: false, ExitCode: 0 });
    expect(docker(r.state, 'logs web').err).toContain('signal 3 (SIGQUIT) received, shutting down');
  });
  it('redis handles SIGTERM: Exited (0)', () => {
    const r = docker(world('run -d --name cache redis'), 'stop cache');
    expect(stateOf(r.state, 'cache')?.ExitCode).toBe(0);
  });
  it('bash as PID 1 ignores SIGTERM and is killed after the grace period: Exited (137)', () => {
    const r = docker(world('run -dit --name sh ubuntu'), 'stop -t 3 sh');
    expect(r.out).toBe('sh\n');
    expect(stateOf(r.state, 'sh')?.ExitCode).toBe(137);
  });
  it('stop of a stopped container still echoes it', () => {
    expect(docker(world('run --name hi hello-world'), 'stop hi')).toMatchObject({ status: 0, out: 'hi\n' });
  });
  it('kill ends a server with 137 and refuses a stopped one', () => {
    const s = docker(world('run -d --name web nginx'), 'kill web').state;
    expect(stateOf(s, 'web')?.ExitCode).toBe(137);
    const again = docker(s, 'kill web');
    expect(again.status).toBe(1);
    expect(again.err).toMatch(
      /^Error response from daemon: Cannot kill container: web: container [0-9a-f]{64} is not running\n$/,
    );
  });
  it('one error line per failing argument, the others echoed, exit 1 (§1.13)', () => {
    const r = docker(world('run -d --name web nginx'), 'stop nope web');
    expect(r).toMatchObject({
      status: 1,
      out: 'web\n',
      err: 'Error response from daemon: No such container: nope\n',
    });
  });
});

describe('docker start / restart', () => {
  it('start echoes the name; -a prints the output and returns its code', () => {
    const s = world('run --name hi hello-world');
    expect(docker(s, 'start hi')).toMatchObject({ status: 0, out: 'hi\n' });
    const a = docker(s, 'start -a hi');
    expect(a.out).toContain('Hello from Docker!');
    expect(a.status).toBe(0);
  });
  it('failures end with Error: failed to start containers', () => {
    const r = docker(emptyDaemon(), 'start a b');
    expect(r.status).toBe(1);
    expect(r.err).toBe(
      'Error response from daemon: No such container: a\nError response from daemon: No such container: b\nError: failed to start containers: a, b\n',
    );
  });
  it('restart runs the server again', () => {
    const r = docker(world('run -d --name web nginx', 'stop web'), 'restart web');
    expect(r.out).toBe('web\n');
    expect(stateOf(r.state, 'web')?.Running).toBe(true);
  });
});

describe('docker pause / unpause / rm', () => {
  it('ps shows (Paused); rm refuses; unpause then rm -f removes it', () => {
    let s = docker(world('run -d --name web nginx'), 'pause web').state;
    expect(docker(s, 'ps').out).toContain('Up Less than a second (Paused)');
    const rm = docker(s, 'rm web');
    expect(rm.status).toBe(1);
    expect(rm.err).toBe(
      'Error response from daemon: cannot remove container "web": container is paused and must be unpaused first\n',
    );
    const again = docker(s, 'pause web');
    expect(again.err).toMatch(/container [0-9a-f]{64} is already paused/);
    s = docker(s, 'unpause web').state;
    expect(docker(s, 'unpause web').err).toMatch(/container [0-9a-f]{64} is not paused/);
    const forced = docker(s, 'rm -f web');
    expect(forced).toMatchObject({ status: 0, out: 'web\n' });
    expect(Object.keys(forced.state.containers)).toHaveLength(0);
  });
});

describe('docker logs / wait / rename', () => {
  it('logs --tail N keeps the last N lines; -t stamps them RFC3339Nano', () => {
    const s = world('run --name hi hello-world');
    // hello.c ends with the docs link and a blank line.
    expect(docker(s, 'logs --tail 2 hi').out).toBe(' https://docs.docker.com/get-started/\n\n');
    expect(docker(s, 'logs -t --tail 1 hi').out).toBe('2024-01-01T12:00:00.000000000Z \n');
    expect(docker(s, 'logs nope')).toMatchObject({
      status: 1,
      err: 'Error response from daemon: No such container: nope\n',
    });
  });
  it('wait prints each exit code', () => {
    const s = world('run --name hi hello-world', 'run -d --name web nginx', 'kill web');
    expect(docker(s, 'wait hi web')).toMatchObject({ status: 0, out: '0\n137\n' });
  });
  it('rename: silent on success; taken, same and invalid names are refused', () => {
    const s = world('run --name hi hello-world', 'run --name ho hello-world');
    const ok = docker(s, 'rename hi hey');
    expect(ok).toMatchObject({ status: 0, out: '', err: '' });
    expect(docker(s, 'rename hi hi').err).toBe(
      'Error response from daemon: Renaming a container with the same name as its current name\n',
    );
    expect(docker(s, 'rename hi ho').err).toMatch(
      /^Error response from daemon: Error when allocating new name: Conflict\. The container name "\/ho" is already in use by container "[0-9a-f]{64}"\. You have to remove \(or rename\) that container to be able to reuse that name\.\n$/,
    );
  });
});

describe('ports (docker-behavior.md §4 PORTS)', () => {
  it('published, exposed-only, and nothing once stopped', () => {
    const s = world('run -d --name web -p 8080:80 nginx', 'run -d --name cache redis');
    const ps = docker(s, 'ps').out;
    expect(ps).toContain('0.0.0.0:8080->80/tcp, [::]:8080->80/tcp   web');
    expect(ps).toContain('6379/tcp');
    const stopped = docker(docker(s, 'stop web').state, 'ps -a').out;
    expect(stopped).not.toContain('8080');
  });
  it('docker port lists the mappings, or one port', () => {
    const s = world('run -d --name web -p 8080:80 nginx');
    expect(docker(s, 'port web').out).toBe('80/tcp -> 0.0.0.0:8080\n80/tcp -> [::]:8080\n');
    expect(docker(s, 'port web 80').out).toBe('0.0.0.0:8080\n[::]:8080\n');
    expect(docker(s, 'port web 443')).toMatchObject({
      status: 1,
      err: "Error: No public port '443/tcp' published for web\n",
    });
  });
  it('a host port held by a running container is refused (exit 125), the container stays Created', () => {
    const r = docker(world('run -d -p 8080:80 nginx'), 'run -d --name two -p 8080:80 nginx');
    expect(r.status).toBe(125);
    expect(r.err).toMatch(
      /^docker: Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint two \([0-9a-f]{64}\): Bind for 0\.0\.0\.0:8080 failed: port is already allocated\n/,
    );
    expect(stateOf(r.state, 'two')?.Status).toBe('created');
  });
});
