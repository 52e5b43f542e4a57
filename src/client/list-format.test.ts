import { describe, expect, it } from 'vitest';
import { emptyDaemon } from '../daemon/index';
import type { DaemonState } from '../daemon/types';
import { runCli } from './test-support';

const NOW = Date.parse('2019-03-15T12:00:00Z');

const docker = (state: DaemonState, ...argv: string[]) => runCli(state, argv, NOW);
const state = docker(emptyDaemon(1), 'run', '--name', 'hi', 'hello-world').state;
const id = Object.keys(state.containers)[0] as string;

describe('docker ps --format', () => {
  it('prints one line per container from a plain template', () => {
    expect(
      docker(state, 'ps', '-a', '--format', '{{.Names}} {{.Image}} {{.Command}} {{.Status}}').out,
    ).toMatch(/^hi hello-world "\/hello" Exited \(0\) .* ago\n$/);
    expect(docker(state, 'ps', '-a', '--format', '{{.ID}}').out).toBe(`${id.slice(0, 12)}\n`);
    expect(docker(state, 'ps', '-a', '--no-trunc', '--format', '{{.ID}}').out).toBe(`${id}\n`);
  });
  it('lays out table formats with docker header names, \\t as a column break', () => {
    expect(docker(state, 'ps', '-a', '--format', 'table {{.ID}}\\t{{.Image}}\\t{{.RunningFor}}').out).toMatch(
      new RegExp(`^CONTAINER ID   IMAGE         CREATED\\n${id.slice(0, 12)}   hello-world   .* ago\\n$`),
    );
    // `table` alone is the default table.
    expect(docker(state, 'ps', '-a', '--format', 'table').out).toBe(docker(state, 'ps', '-a').out);
  });
  it('encodes {{json .}} as the context MarshalJSON does: every field a string, keys sorted', () => {
    const row = JSON.parse(docker(state, 'ps', '-a', '--format', '{{json .}}').out);
    expect(Object.keys(row)).toEqual([...Object.keys(row)].sort());
    expect(docker(state, 'ps', '-a', '--format', 'json').out).toBe(
      docker(state, 'ps', '-a', '--format', '{{json .}}').out,
    );
    expect(row).toMatchObject({ ID: id.slice(0, 12), Names: 'hi', Image: 'hello-world', State: 'exited' });
  });
  it('reports template errors as the formatter does, status 1', () => {
    expect(docker(state, 'ps', '-a', '--format', '{{.Nope}}')).toMatchObject({
      status: 1,
      out: '',
      err: 'template parsing error: template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type *formatter.ContainerContext\n',
    });
    expect(docker(state, 'ps', '--format', '{{foo}}')).toMatchObject({
      status: 1,
      err: 'template parsing error: template: :1: function "foo" not defined\n',
    });
  });
});

describe('docker images --format', () => {
  it('prints repository, tag, size and id', () => {
    expect(docker(state, 'images', '--format', '{{.Repository}}:{{.Tag}} {{.Size}} {{.ID}}').out).toBe(
      'hello-world:latest 1.84kB fce289e99eb9\n',
    );
  });
  it('lays a table out with docker header names', () => {
    expect(
      docker(state, 'images', '--format', 'table {{.Repository}}\\t{{.Tag}}\\t{{.CreatedSince}}').out,
    ).toMatch(/^REPOSITORY {4}TAG {7}CREATED\nhello-world {3}latest {4}.* ago\n$/);
  });
});
