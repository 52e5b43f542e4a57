import { describe, expect, it } from 'vitest';
import { emptyDaemon } from '../../daemon/index';
import type { DaemonState } from '../../daemon/types';
import { rfc3339Nano } from '../inspect/container-json';
import { runCli } from '../test-support';

const NOW = Date.parse('2019-03-15T12:00:00Z');

const docker = (state: DaemonState, ...argv: string[]) => runCli(state, argv, NOW);
const withHello = () => docker(emptyDaemon(1), 'run', '--name', 'hi', 'hello-world').state;

describe('docker inspect (docker-behavior.md §12)', () => {
  it('prints [] and No such object for a missing name', () => {
    expect(docker(emptyDaemon(), 'inspect', 'nosuch')).toMatchObject({
      status: 1,
      out: '[]\n',
      err: 'Error: No such object: nosuch\n',
    });
  });

  it('reads the image config through a template', () => {
    expect(docker(withHello(), 'inspect', '-f', '{{.Config.Cmd}}', 'hello-world')).toMatchObject({
      status: 0,
      out: '[/hello]\n',
    });
  });

  it('finds a container before an image, and shapes it as Docker 28 does', () => {
    const state = withHello();
    const r = docker(state, 'inspect', 'hi');
    expect(r.status).toBe(0);
    const [c] = JSON.parse(r.out);
    expect(Object.keys(c).slice(0, 8)).toEqual([
      'Id',
      'Created',
      'Path',
      'Args',
      'State',
      'Image',
      'ResolvConfPath',
      'HostnamePath',
    ]);
    expect(c.Name).toBe('/hi');
    expect(c.Path).toBe('/hello');
    expect(c.Config.Cmd).toEqual(['/hello']);
    expect(c.Config.Entrypoint).toBeNull();
    expect(c.State).toMatchObject({ Status: 'exited', Running: false, ExitCode: 0, Pid: 0 });
    expect(Object.keys(c.State)).toEqual([
      'Status',
      'Running',
      'Paused',
      'Restarting',
      'OOMKilled',
      'Dead',
      'Pid',
      'ExitCode',
      'Error',
      'StartedAt',
      'FinishedAt',
    ]);
    expect(r.out.startsWith('[\n    {\n        "Id": "')).toBe(true);
  });

  it('runs templates over containers, one line each', () => {
    const r = docker(
      withHello(),
      'container',
      'inspect',
      '-f',
      '{{.Name}} {{.State.Status}} {{json .Config.Cmd}}',
      'hi',
      'hi',
    );
    expect(r).toMatchObject({ status: 0, out: '/hi exited ["/hello"]\n/hi exited ["/hello"]\n' });
  });

  it('prints times as Go RFC3339Nano, and Go zero time for never', () => {
    expect(rfc3339Nano(0)).toBe('0001-01-01T00:00:00Z');
    expect(rfc3339Nano(Date.parse('2019-03-15T12:00:00.120Z'))).toBe('2019-03-15T12:00:00.12Z');
    expect(rfc3339Nano(Date.parse('2019-03-15T12:00:00Z'))).toBe('2019-03-15T12:00:00Z');
    expect(
      docker(withHello(), 'inspect', '-f', '{{.HostConfig.AutoRemove}} {{.Config.Image}}', 'hi').out,
    ).toBe('false hello-world\n');
  });

  it('fails a missing field as the raw-JSON fallback does (missingkey=error)', () => {
    expect(docker(withHello(), 'inspect', '-f', '{{.Nope}}', 'hi')).toMatchObject({
      status: 1,
      out: '\n',
      err: 'template parsing error: template: :1:2: executing "" at <.Nope>: map has no entry for key "Nope"\n',
    });
  });

  it('stops on a template that does not parse, with status 64', () => {
    expect(docker(withHello(), 'inspect', '-f', '{{foo}}', 'hi')).toMatchObject({
      status: 64,
      out: '',
      err: 'template parsing error: template: :1: function "foo" not defined\n',
    });
  });

  it('honours --type, and -f json prints compact JSON', () => {
    expect(docker(withHello(), 'inspect', '--type', 'image', 'hi')).toMatchObject({
      status: 1,
      out: '[]\n',
      err: 'Error response from daemon: No such image: hi:latest\n',
    });
    expect(docker(withHello(), 'container', 'inspect', 'nosuch')).toMatchObject({
      status: 1,
      err: 'Error response from daemon: No such container: nosuch\n',
    });
    expect(docker(withHello(), 'image', 'inspect', '-f', 'json', 'hello-world').out).toMatch(
      /^\[\{"Id":"sha256:/,
    );
    expect(docker(withHello(), 'inspect', '-s', '-f', '{{.SizeRootFs}}', 'hi').out).toBe('1840\n');
  });
});

describe('docker version --format', () => {
  it('prints the client half as the real client does', () => {
    const r = docker(emptyDaemon(), 'version', '-f', '{{json .Client}}');
    // The real 28.2.2 client's output for `docker version -f '{{json .Client}}'`.
    expect(r.out).toBe(
      '{"Version":"28.2.2","ApiVersion":"1.50","DefaultAPIVersion":"1.50","GitCommit":"e6534b4","GoVersion":"go1.24.3","Os":"linux","Arch":"amd64","BuildTime":"Fri May 30 12:07:14 2025","Context":"default"}\n',
    );
    expect(docker(emptyDaemon(), 'version', '-f', '{{.Client}}').out).toBe(
      '{<nil> 28.2.2 1.50 1.50 e6534b4 go1.24.3 linux amd64 Fri May 30 12:07:14 2025 default}\n',
    );
    expect(
      docker(emptyDaemon(), 'version', '-f', '{{.Server.Version}} {{.Server.Platform.Name}}'),
    ).toMatchObject({
      status: 0,
      out: '28.2.2 Docker Engine - Community\n',
    });
  });
});
