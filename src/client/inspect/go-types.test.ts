/**
 * `docker inspect -f` on a container sees Go structs first (cli/command/inspect's typed run), as
 * fmt prints them: the expected lines follow moby v28's field order for container.State, Config,
 * NetworkSettings and nat.PortBinding, and Go's `%v` (nil slice `[]`, nil map `map[]`, nil
 * pointer `<nil>`, maps sorted by key).
 */
import { describe, expect, it } from 'vitest';
import { emptyDaemon } from '../../daemon/index';
import { runCli } from '../test-support';

const NOW = Date.parse('2019-03-15T12:00:00Z');
const web = () =>
  runCli(emptyDaemon(1), ['run', '-d', '--name', 'web', '-p', '8080:80', '-e', 'A=b c', 'nginx'], NOW).state;
const fmt = (template: string, state = web()) => runCli(state, ['inspect', '-f', template, 'web'], NOW);

describe('inspect templates over Go structs', () => {
  it('prints .State as a struct in field order, Health a nil pointer', () => {
    const r = fmt('{{.State}}');
    expect(r.out).toMatch(
      /^\{running true false false false false \d+ 0 {2}2019-03-15T12:00:00Z 0001-01-01T00:00:00Z <nil>\}\n$/,
    );
    const stopped = runCli(web(), ['stop', 'web'], NOW).state;
    expect(fmt('{{.State}}', stopped).out).toMatch(
      /^\{exited false false false false false 0 0 {2}2019-\S+ 2019-\S+ <nil>\}\n$/,
    );
  });

  it('prints lists as [a b], maps as map[k:v], PortBindings and Ports as nat types', () => {
    expect(fmt('{{.Config.Cmd}}|{{.Config.Entrypoint}}|{{.Config.ExposedPorts}}').out).toBe(
      '[nginx -g daemon off;]|[/docker-entrypoint.sh]|map[80/tcp:{}]\n',
    );
    expect(fmt('{{index .Config.Env 0}}|{{len .Config.Env}}').out).toBe('A=b c|5\n');
    expect(fmt('{{.HostConfig.PortBindings}}').out).toBe('map[80/tcp:[{ 8080}]]\n');
    expect(fmt('{{.NetworkSettings.Ports}}').out).toBe('map[80/tcp:[{0.0.0.0 8080} {:: 8080}]]\n');
    expect(fmt('{{(index (index .NetworkSettings.Ports "80/tcp") 0).HostPort}}').out).toBe('8080\n');
    expect(fmt('{{.Mounts}}|{{.Config.OnBuild}}|{{.Config.Labels}}|{{json .Config.OnBuild}}').out).toBe(
      '[]|[]|map[]|null\n',
    );
  });

  it('prints .Config whole: empty strings leave their blanks, nil pointers <nil>', () => {
    const out = fmt('{{.Config}}').out;
    expect(out.slice(0, 14)).toBe(`{${fmt('{{.Config.Hostname}}').out.trim()} `);
    expect(
      out.startsWith(
        `{${fmt('{{.Config.Hostname}}').out.trim()}   false true true map[80/tcp:{}] false false false [A=b c `,
      ),
    ).toBe(true);
    expect(
      out.endsWith(
        '] [nginx -g daemon off;] <nil> false nginx map[] / [/docker-entrypoint.sh] false  [] map[] SIGQUIT <nil> []}\n',
      ),
    ).toBe(true);
  });

  it('promotes embedded fields: .NetworkSettings.Ports and .IPAddress, .Id only in the raw JSON', () => {
    expect(fmt('{{.NetworkSettings.IPAddress}}|{{.NetworkSettings.Networks}}').out).toBe('|map[]\n');
    // `.Id` is `ID` in the Go type: the typed run fails and the raw JSON answers, with raw nils.
    expect(fmt('{{.Id}} {{.Config.OnBuild}}').out).toMatch(/^[0-9a-f]{64} <no value>\n$/);
    // A field in neither: the raw run's error, status 1.
    expect(fmt('{{.State.Nope}}')).toMatchObject({
      status: 1,
      err: 'template parsing error: template: :1:8: executing "" at <.State.Nope>: map has no entry for key "Nope"\n',
    });
  });
});

describe('inspect and top agree', () => {
  it('State.Pid is the PID docker top lists for PID 1', () => {
    const state = web();
    const pid = fmt('{{.State.Pid}}', state).out.trim();
    const top = runCli(state, ['top', 'web'], NOW).out.split('\n')[1]?.split(/ +/)[1];
    expect(top).toBe(pid);
  });
});
