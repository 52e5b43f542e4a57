import { describe, expect, it } from 'vitest';
import { dockerFormat, GoStruct, parseTemplate, renderRows } from './index';

/**
 * Expected texts are the real docker 28.2.2 client's, run on this machine against client-side
 * data (`docker context ls --format …`, `docker version -f …`, `docker context inspect -f …`).
 */
const ctx = new GoStruct('*formatter.clientContextContext', {
  Name: 'default',
  Current: true,
  Description: 'Current DOCKER_HOST based configuration',
  DockerEndpoint: 'unix:///var/run/docker.sock',
  Error: '',
});
const run = (text: string, data: unknown = ctx, missingKeyError = false) =>
  parseTemplate(text).execute(data, { missingKeyError });
const parseError = (text: string) => {
  try {
    parseTemplate(text, 'version');
  } catch (e) {
    return (e as Error).message;
  }
  return 'parsed';
};
const execError = (text: string, data: unknown = ctx, missingKeyError = false) => {
  try {
    run(text, data, missingKeyError);
  } catch (e) {
    return (e as Error).message;
  }
  return 'ran';
};

describe('execution', () => {
  it('prints fields, nested paths and Go values', () => {
    const inspect = {
      Config: { Cmd: ['/hello'], Labels: { b: '2', a: '1' }, Volumes: null },
      State: { Status: 'exited' },
    };
    expect(run('{{.Config.Cmd}}', inspect)).toBe('[/hello]');
    expect(run('{{.State.Status}}', inspect)).toBe('exited');
    expect(run('{{.Config.Labels}}', inspect)).toBe('map[a:1 b:2]');
    expect(run('{{.Config.Volumes}}', inspect)).toBe('<no value>');
    expect(run('{{.Nope}}', inspect)).toBe('<no value>');
    expect(run('{{index .Config.Labels "a"}}', inspect)).toBe('1');
    expect(run('{{json .Config}}', inspect)).toBe(
      '{"Cmd":["/hello"],"Labels":{"b":"2","a":"1"},"Volumes":null}',
    );
    expect(run('{{join .Config.Cmd " "}}', inspect)).toBe('/hello');
  });
  it('matches docker context ls --format', () => {
    expect(run('{{json .}}')).toBe(
      '{"Name":"default","Current":true,"Description":"Current DOCKER_HOST based configuration","DockerEndpoint":"unix:///var/run/docker.sock","Error":""}',
    );
    expect(
      run(
        '{{range $i, $e := split "a,b" ","}}{{$i}}={{$e}} {{end}}|{{index (split "a,b" ",") 1}}|{{len "abc"}}|{{print 1 2 "a" "b" 3}}|{{printf "%5.2f|%-4d|%04d|%x|%t|%v" 3.14159 7 42 255 true nil}}|{{printf "%s %s" "a"}}|{{printf "%s" "a" "b"}}',
      ),
    ).toBe('0=a 1=b |b|3|1 2ab3| 3.14|7   |0042|ff|true|<nil>|a %!s(MISSING)|a%!(EXTRA string=b)');
    expect(
      run(
        '{{if .Current}}yes{{end}} {{and 1 0}} {{or 0 "x"}} {{not 1}} {{eq 1 1 2}} {{lt 1 2}} {{ne "a" "b"}} {{/* c */}}z',
      ),
    ).toBe('yes 0 x false true true true z');
  });
  it('matches docker version -f', () => {
    const v = { Client: new GoStruct('*system.clientVersion', { Version: '28.2.2', Os: 'linux' }) };
    expect(run('{{index .Client.Version 1}}', v)).toBe('56');
    expect(run('{{json .Client.Version}}', v)).toBe('"28.2.2"');
    expect(run('{{printf "%d" .Client.Version}}', v)).toBe('%!d(string=28.2.2)');
    expect(run('{{upper .Client.Os}} {{title "hello world"}} {{lower "ABC"}}', v)).toBe(
      'LINUX Hello World abc',
    );
    expect(run('{{println 1 "a" 2.5}}', v)).toBe('1 a 2.5\n');
    expect(run('{{printf "%v %q %5s|" 3 "x" "y"}}', v)).toBe('3 "x"     y|');
    expect(run('{{ .Client.Version -}}   x {{- 1}}', v)).toBe('28.2.2x1');
    expect(run('{{if eq .Client.Os "linux"}}L{{else if eq 1 2}}x{{else}}E{{end}}', v)).toBe('L');
    expect(run('{{len .Client.Version}}', v)).toBe('6');
    expect(run('{{.Client.Version | printf "%s!"}}', v)).toBe('28.2.2!');
    expect(run('{{json .Client.Version | upper}}', v)).toBe('"28.2.2"');
    expect(run('{{3.0}} {{1e3}} {{0x10}} {{-5}} {{true}}', v)).toBe('3 1000 16 -5 true');
  });
  it('ranges with else, and with', () => {
    expect(run('{{range .X}}[{{.}}]{{else}}none{{end}}', { X: [] })).toBe('none');
    expect(run('{{range .X}}{{.}},{{end}}', { X: { b: 2, a: 1 } })).toBe('1,2,');
    expect(run('{{with .X}}{{.Y}}{{end}}', { X: { Y: 'y' } })).toBe('y');
    expect(run('{{$x := .X}}{{$x}}{{$}}', { X: 'v' })).toBe('vmap[X:v]');
  });
});

describe('parse errors as Go words them', () => {
  const cases: [string, string][] = [
    ['{{.Client.Version}', "bad character U+007D '}'"],
    ['{{', 'unclosed action'],
    ['{{.X', 'unclosed action'],
    ['{{end}}', 'unexpected {{end}}'],
    ['{{if .X}}a', 'unexpected EOF'],
    ['{{range .X}}', 'unexpected EOF'],
    ['{{else}}', 'unexpected {{else}}'],
    ['{{.X | foo}}', 'function "foo" not defined'],
    ['{{"abc}}', 'unterminated quoted string'],
    ['{{(.X}}', 'unclosed left paren'],
    ['{{.X)}}', 'unexpected right paren'],
    ['{{$x}}', 'undefined variable "$x"'],
    ['{{$x := 1}}{{$y}}', 'undefined variable "$y"'],
    ['{{if}}{{end}}', 'missing value for if'],
    ['{{}}', 'missing value for command'],
    ['{{ }}', 'missing value for command'],
    ['{{.X.}}', 'unexpected <.> in operand'],
  ];
  for (const [text, msg] of cases) {
    it(text, () => expect(parseError(text)).toBe(`template: version:1: ${msg}`));
  }
  it('accepts what Go accepts', () => {
    for (const t of [
      '{{json}}',
      '{{range $i, $e := .X}}{{end}}',
      '{{.X 1}}',
      '{{1 2}}',
      '{{with .X}}{{end}}',
      '{{nil}}',
    ])
      expect(parseError(t)).toBe('parsed');
  });
});

describe('execution errors as Go words them', () => {
  const at = (loc: string, node: string, msg: string) =>
    `template: :${loc}: executing "" at <${node}>: ${msg}`;
  it('names the node and its column', () => {
    expect(execError('{{.Nope}}')).toBe(
      at('1:2', '.Nope', "can't evaluate field Nope in type *formatter.clientContextContext"),
    );
    expect(execError('{{json}}')).toBe(at('1:2', 'json', 'wrong number of args for json: want 1 got 0'));
    expect(execError('{{index}}')).toBe(
      at('1:2', 'index', 'wrong number of args for index: want at least 1 got 0'),
    );
    expect(execError('{{.Name.X}}')).toBe(at('1:7', '.Name.X', "can't evaluate field X in type string"));
    expect(execError('{{range .Name}}{{end}}')).toBe(at('1:8', '.Name', "range can't iterate over default"));
    expect(execError('{{index .Name "x"}}')).toBe(
      at('1:2', 'index .Name "x"', 'error calling index: cannot index slice/array with type string'),
    );
    expect(execError('{{join .Name " "}}')).toBe(
      at('1:7', '.Name', 'wrong type for value; expected []string; got string'),
    );
    expect(execError('{{printf}}')).toBe(
      at('1:2', 'printf', 'wrong number of args for printf: want at least 1 got 0'),
    );
    expect(execError('{{nil}}')).toBe(at('1:2', 'nil', 'nil is not a command'));
    expect(execError('{{1 2}}')).toBe(at('1:2', '1', "can't give argument to non-function 1"));
    expect(execError('{{with .Nope}}x{{end}}')).toBe(
      at('1:7', '.Nope', "can't evaluate field Nope in type *formatter.clientContextContext"),
    );
    expect(execError('{{.Name}}\n{{.Nope}}')).toBe(
      at('2:2', '.Nope', "can't evaluate field Nope in type *formatter.clientContextContext"),
    );
  });
  it('with missingkey=error (docker inspect reading the raw JSON)', () => {
    expect(execError('{{.Nope}}', { A: 1 }, true)).toBe(
      at('1:2', '.Nope', 'map has no entry for key "Nope"'),
    );
  });
});

describe('docker formats', () => {
  it('unescapes \\t and \\n and trims spaces after table', () => {
    expect(dockerFormat('table {{ .Name }}  ')).toEqual({ table: true, text: '{{ .Name }}' });
    expect(dockerFormat('{{.Name}}\\t{{.X}}\\n')).toEqual({ table: false, text: '{{.Name}}\t{{.X}}\n' });
  });
  it('lays a table out with a header row, missing columns as <no value>', () => {
    const header = { Name: 'NAME', Current: 'CURRENT' };
    const r = renderRows(dockerFormat('table {{.Name}}\\t{{.Current}}'), [ctx], { Name: 'NAME' });
    expect(r).toEqual({ ok: true, text: 'NAME      <no value>\ndefault   true\n' });
    const fns = renderRows(
      dockerFormat(
        'table {{json .Name}}|{{upper .Name}}|{{lower .Name}}|{{.Name | printf "%s"}}|{{title .Name}}',
      ),
      [ctx],
      header,
    );
    expect(fns).toEqual({
      ok: true,
      text: 'NAME|NAME|NAME|NAME|NAME\n"default"|DEFAULT|default|default|Default\n',
    });
    expect(renderRows(dockerFormat('{{.Name}}\\n'), [ctx], header)).toEqual({
      ok: true,
      text: 'default\n\n',
    });
  });
  it('words errors as docker prints them', () => {
    expect(renderRows(dockerFormat('{{foo}}'), [ctx], {})).toEqual({
      ok: false,
      error: 'template parsing error: template: :1: function "foo" not defined',
    });
  });
});
