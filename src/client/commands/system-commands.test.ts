import { describe, expect, it } from 'vitest';
import { emptyDaemon } from '../../daemon/index';
import type { DaemonState } from '../../daemon/types';
import { runCli } from '../test-support';

const NOW = Date.parse('2019-03-15T12:00:00Z');

const docker = (state: DaemonState, ...argv: string[]) => runCli(state, argv, NOW);
const withHello = () => docker(emptyDaemon(1), 'run', 'hello-world').state;

describe('docker container prune -f (docker-behavior.md §9)', () => {
  it('lists the deleted ids, a blank line and the reclaimed space', () => {
    const state = withHello();
    const [id] = Object.keys(state.containers);
    const r = docker(state, 'container', 'prune', '-f');
    expect(r).toMatchObject({ status: 0, out: `Deleted Containers:\n${id}\n\nTotal reclaimed space: 0B\n` });
    expect(Object.keys(r.state.containers)).toEqual([]);
  });
  it('prints only the total when nothing is stopped', () => {
    expect(docker(emptyDaemon(), 'container', 'prune', '-f').out).toBe('Total reclaimed space: 0B\n');
  });
  it('removes nothing without -f (the prompt reads end of input)', () => {
    const r = docker(withHello(), 'container', 'prune');
    expect(Object.keys(r.state.containers)).toHaveLength(1);
  });
});

describe('docker system prune -f', () => {
  it('removes stopped containers, then with -a the images they held', () => {
    const state = withHello();
    const [id] = Object.keys(state.containers);
    const r = docker(state, 'system', 'prune', '-a', '-f');
    expect(r.status).toBe(0);
    expect(r.out).toBe(
      `Deleted Containers:\n${id}\n\nDeleted Images:\nuntagged: hello-world:latest\n` +
        // moby untags the digest reference too, as `docker rmi` shows it.
        'untagged: hello-world@sha256:2557e3c07ed1e38f26e389462d03ed943586f744621577a99efb77324b0fe535\n' +
        'deleted: sha256:fce289e99eb9bca977dae136fbe2a82b6b7d4c372474c9235adc1741675f587e\n' +
        'deleted: sha256:af0b15c8625bb1938f1d7b17081031f649fd14e6b233688eea3c5483994a66a3\n\n' +
        'Total reclaimed space: 1.84kB\n',
    );
    expect(r.state.images).toEqual({});
  });
  it('keeps tagged images without -a', () => {
    const r = docker(withHello(), 'system', 'prune', '-f');
    expect(Object.keys(r.state.images)).toHaveLength(1);
    expect(r.out.endsWith('\n\nTotal reclaimed space: 0B\n')).toBe(true);
  });
});

describe('docker system df', () => {
  it('lays out the four rows as docker does (§12)', () => {
    // §12's real-client rendering for one hello-world image used by one stopped container.
    expect(docker(withHello(), 'system', 'df').out).toBe(
      'TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE\n' +
        'Images          1         1         1.84kB    0B (0%)\n' +
        'Containers      1         0         0B        0B\n' +
        'Local Volumes   0         0         0B        0B\n' +
        'Build Cache     0         0         0B        0B\n',
    );
  });
  it('counts an unused image as reclaimable', () => {
    const pulled = docker(emptyDaemon(1), 'pull', 'hello-world').state;
    expect(docker(pulled, 'system', 'df').out).toContain(
      'Images          1         0         1.84kB    1.84kB (100%)\n',
    );
  });
});

describe('docker info', () => {
  it('shows the client block, then the engine with counts from the state', () => {
    const r = docker(withHello(), 'info');
    expect(r.status).toBe(0);
    expect(
      r.out.startsWith('Client:\n Version:    28.2.2\n Context:    default\n Debug Mode: false\n\nServer:\n'),
    ).toBe(true);
    expect(r.out).toContain(
      ' Containers: 1\n  Running: 0\n  Paused: 0\n  Stopped: 1\n Images: 1\n Server Version: 28.2.2\n',
    );
    expect(r.out).toContain(' Storage Driver: overlay2\n');
    expect(docker(emptyDaemon(), 'system', 'info').out).toContain(' Containers: 0\n');
  });
});

describe('docker info --format', () => {
  const state = runCli(emptyDaemon(2), ['run', '-d', 'nginx'], Date.parse('2024-03-15T12:00:00Z')).state;
  const info = (format: string) =>
    runCli(state, ['info', '--format', format], Date.parse('2024-03-15T12:00:00Z'));
  it('reads system.Info fields through the embedding, and the client facts from .ClientInfo', () => {
    expect(
      info('{{.ServerVersion}} {{.Containers}}/{{.ContainersRunning}} {{.Images}} {{.Driver}}').out,
    ).toBe('28.2.2 1/1 1 overlay2\n');
    expect(info('{{.ClientInfo.Context}} {{.Plugins.Volume}}').out).toBe('default [local]\n');
    expect(JSON.parse(info('json').out)).toMatchObject({
      ServerVersion: '28.2.2',
      Containers: 1,
      CpuCfsPeriod: true,
    });
  });
  it('a field it lacks fails after a newline with status 1; one that does not parse is 64', () => {
    expect(info('{{.Nope}}')).toMatchObject({
      status: 1,
      out: '\n',
      err: 'template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type system.dockerInfo\n',
    });
    expect(info('{{.Nope')).toMatchObject({
      status: 64,
      err: 'template parsing error: template: :1: unclosed action\n',
    });
  });
});

describe('prune --filter (moby daemon/prune.go)', () => {
  const T0 = Date.parse('2024-03-15T12:00:00Z');
  const at = (s: DaemonState, ms: number, ...argv: string[]) => runCli(s, argv, T0 + ms);
  const two = () => {
    const old = at(emptyDaemon(4), 0, 'run', '--name', 'old', 'ubuntu', 'true').state;
    return at(old, 3_600_000, 'run', '--name', 'new', 'ubuntu', 'true').state;
  };
  const names = (s: DaemonState) => Object.values(s.containers).map((c) => c.Name);

  it('until= prunes only what was created before a duration ago, a unix time or a date', () => {
    expect(names(at(two(), 3_600_000, 'container', 'prune', '-f', '--filter', 'until=30m').state)).toEqual([
      'new',
    ]);
    expect(
      names(at(two(), 3_600_000, 'container', 'prune', '-f', '--filter', `until=${T0 / 1000 + 60}`).state),
    ).toEqual(['new']);
    expect(
      names(at(two(), 3_600_000, 'container', 'prune', '-f', '--filter', 'until=2024-03-15').state),
    ).toEqual(['old', 'new']);
    expect(names(at(two(), 3_600_000, 'system', 'prune', '-f', '--filter', 'until=2h').state)).toEqual([
      'old',
      'new',
    ]);
  });

  it('label= needs labels containers do not have here; label!= spares nothing then', () => {
    expect(names(at(two(), 3_600_000, 'container', 'prune', '-f', '--filter', 'label=x').state)).toHaveLength(
      2,
    );
    expect(names(at(two(), 3_600_000, 'container', 'prune', '-f', '--filter', 'label!=x').state)).toEqual([]);
  });

  it('image prune keeps a labelled image with label!=, and takes dangling=false as -a', () => {
    let s = at(two(), 3_600_000, 'commit', '-c', 'LABEL keep=yes', 'new', 'kept').state;
    s = at(s, 3_600_000, 'commit', 'new', 'other').state;
    s = at(s, 3_600_000, 'rm', 'old', 'new').state;
    const r = at(
      s,
      3_600_000,
      'image',
      'prune',
      '-f',
      '--filter',
      'dangling=false',
      '--filter',
      'label!=keep',
    );
    expect(r.status).toBe(0);
    expect(Object.values(r.state.images).flatMap((i) => i.RepoTags)).toEqual(['kept:latest']);
  });

  it('refuses an unknown key, a bad until and a bad dangling in the daemon’s words (1)', () => {
    const err = (argv: string[]) => at(two(), 0, ...argv);
    expect(err(['container', 'prune', '-f', '--filter', 'foo=1'])).toMatchObject({
      status: 1,
      err: "Error response from daemon: invalid filter 'foo'\n",
    });
    expect(err(['container', 'prune', '-f', '--filter', 'until=xyz']).err).toBe(
      'Error response from daemon: failed to parse value as time or duration: "xyz"\n',
    );
    expect(err(['image', 'prune', '-f', '--filter', 'dangling=maybe']).err).toBe(
      "Error response from daemon: invalid filter 'dangling=maybe'\n",
    );
    expect(err(['container', 'prune', '-f', '--filter', 'until=1h', '--filter', 'until=2h']).err).toBe(
      'Error response from daemon: more than one until filter specified\n',
    );
  });
});

describe('docker system df -v', () => {
  it('prints a table per kind: images with shared/unique bytes and users, containers as ps -s, then volumes and cache', () => {
    const now = Date.parse('2024-03-15T12:00:00Z');
    let s = runCli(emptyDaemon(3), ['run', '-d', '--name', 'web', 'nginx'], now).state;
    s = runCli(s, ['pull', 'redis'], now).state;
    const out = runCli(s, ['system', 'df', '-v'], now).out.split('\n');
    expect(out.slice(0, 2)).toEqual(['Images space usage:', '']);
    expect(out[2]?.split(/ {2,}/)).toEqual([
      'REPOSITORY',
      'TAG',
      'IMAGE ID',
      'CREATED',
      'SIZE',
      'SHARED SIZE',
      'UNIQUE SIZE',
      'CONTAINERS',
    ]);
    const rows = Object.fromEntries(out.slice(3, 5).map((l) => [l.split(/ +/)[0], l.split(/ {2,}/)]));
    // nginx and redis share their debian base layer: its bytes count as shared in both.
    expect(rows.nginx?.[5]).not.toBe('0B');
    expect(rows.nginx?.[7]).toBe('1');
    expect(rows.redis?.[7]).toBe('0');
    expect(out.slice(5, 8)).toEqual(['', 'Containers space usage:', '']);
    expect(out[9]).toMatch(/^[0-9a-f]{12} {3}nginx {5}"\/docker-entrypoint\.…" {3}0 {15}0B \(virtual /);
    expect(out.slice(10)).toEqual([
      '',
      'Local Volumes space usage:',
      '',
      'VOLUME NAME   LINKS     SIZE',
      '',
      'Build cache usage: 0B',
      '',
      'CACHE ID   CACHE TYPE   SIZE      CREATED   LAST USED   USAGE     SHARED',
      '',
    ]);
  });
});
