import { describe, expect, expectTypeOf, it } from 'vitest';
import { type FlagSpec, type FlagValidation, type ParseResult, parseFlags } from './flags';

// Error texts are the first stderr line of the real docker 28.2.2 client for the same argv
// (e.g. `docker ps -aiz` -> "unknown shorthand flag: 'i' in -iz").

const PS = [
  { name: 'all', short: 'a', type: 'bool', description: 'Show all containers' },
  { name: 'filter', short: 'f', type: 'filter', description: 'Filter output' },
  { name: 'format', type: 'string', description: 'Format output' },
  { name: 'last', short: 'n', type: 'int', default: -1, description: 'Show n last created containers' },
  { name: 'latest', short: 'l', type: 'bool', description: 'Show the latest created container' },
  { name: 'no-trunc', type: 'bool', description: "Don't truncate output" },
  { name: 'quiet', short: 'q', type: 'bool', description: 'Only display container IDs' },
  { name: 'size', short: 's', type: 'bool', description: 'Display total file sizes' },
] as const satisfies readonly FlagSpec[];

const validateEnv = (v: string): FlagValidation =>
  v.split('=')[0] === ''
    ? { ok: false, error: `invalid environment variable: ${v}` }
    : { ok: true, value: v };

const RUN = [
  { name: 'detach', short: 'd', type: 'bool', description: 'Run in background' },
  { name: 'env', short: 'e', type: 'list', description: 'Set environment variables', validate: validateEnv },
  { name: 'health-interval', type: 'duration', description: 'Time between running the check' },
  { name: 'help', type: 'bool', description: 'Print usage' },
  { name: 'hostname', short: 'h', type: 'string', description: 'Container host name' },
  { name: 'interactive', short: 'i', type: 'bool', description: 'Keep STDIN open' },
  { name: 'name', type: 'string', description: 'Assign a name' },
  { name: 'publish', short: 'p', type: 'list', description: 'Publish ports' },
  { name: 'rm', type: 'bool', description: 'Automatically remove' },
  { name: 'sysctl', type: 'map', description: 'Sysctl options' },
  { name: 'tty', short: 't', type: 'bool', description: 'Allocate a pseudo-TTY' },
] as const satisfies readonly FlagSpec[];

const ps = (...argv: string[]) => parseFlags(argv, PS, { interspersed: true });
const run = (...argv: string[]) => parseFlags(argv, RUN, { interspersed: false });

function ok<S extends readonly FlagSpec[]>(r: ParseResult<S>) {
  if (!r.ok) throw new Error(`expected success, got: ${r.error}`);
  return r;
}
function error(r: ParseResult<readonly FlagSpec[]>): string {
  if (r.ok) throw new Error('expected an error');
  return r.error;
}

describe('parseFlags: values', () => {
  it('fills defaults and types values per spec', () => {
    const r = ok(ps());
    expect(r.flags).toEqual({
      all: false,
      filter: [],
      format: '',
      last: -1,
      latest: false,
      'no-trunc': false,
      quiet: false,
      size: false,
      help: false,
    });
    expect(r.args).toEqual([]);
    expect([...r.set]).toEqual([]);
    expectTypeOf(r.flags.last).toEqualTypeOf<number>();
    expectTypeOf(r.flags.all).toEqualTypeOf<boolean>();
    expectTypeOf(r.flags.filter).toEqualTypeOf<string[]>();
  });

  it('accepts long flags with a separate or attached value', () => {
    expect(ok(ps('--last', '3')).flags.last).toBe(3);
    expect(ok(ps('--last=3')).flags.last).toBe(3);
    expect(ok(ps('--format', '{{.ID}}')).flags.format).toBe('{{.ID}}');
    expect(ok(ps('--format=a=b')).flags.format).toBe('a=b');
    expect(ok(ps('--format=')).flags.format).toBe('');
    expect(ok(ps('--last', '-1')).flags.last).toBe(-1);
  });

  it('parses ints like strconv.ParseInt base 0', () => {
    expect(ok(ps('-n', '0x10')).flags.last).toBe(16);
    expect(ok(ps('-n', '1_0')).flags.last).toBe(10);
    expect(ok(ps('-n=-0b11')).flags.last).toBe(-3);
  });

  it('handles bool flags: no value consumed, explicit =value parsed by ParseBool', () => {
    const r = ok(ps('--all', 'false'));
    expect(r.flags.all).toBe(true);
    expect(r.args).toEqual(['false']);
    expect(ok(ps('--all=false')).flags.all).toBe(false);
    expect(ok(ps('--all=TRUE')).flags.all).toBe(true);
    expect(ok(ps('--all=t')).flags.all).toBe(true);
    expect(ok(run('--rm=false', 'x')).flags.rm).toBe(false);
    expect(ok(ps('-a=false')).flags.all).toBe(false);
    expect(ok(ps('--quiet=1', '--all=0')).flags).toMatchObject({ quiet: true, all: false });
  });

  it('records explicitly given flags, even when set to their default', () => {
    expect([...ok(run('--rm=false', '-it', 'x')).set]).toEqual(['rm', 'interactive', 'tty']);
  });

  it('combines shorthands and takes attached values', () => {
    expect(ok(ps('-aq')).flags).toMatchObject({ all: true, quiet: true });
    expect(ok(ps('-aqn3')).flags).toMatchObject({ all: true, quiet: true, last: 3 });
    expect(ok(ps('-n=3')).flags.last).toBe(3);
    expect(ok(ps('-n7')).flags.last).toBe(7);
    expect(ok(ps('-an', '5')).flags).toMatchObject({ all: true, last: 5 });
    expect(ok(run('-p8080:80', 'nginx')).flags.publish).toEqual(['8080:80']);
    expect(ok(run('-p=8080:80', 'nginx')).flags.publish).toEqual(['8080:80']);
    expect(ok(run('-dp', '80:80', 'nginx')).flags).toMatchObject({ detach: true, publish: ['80:80'] });
  });

  it('accumulates list flags and validates each value', () => {
    expect(ok(run('-e', 'A=1', '--env=B', '-eC=3', 'x')).flags.env).toEqual(['A=1', 'B', 'C=3']);
  });

  it('normalises filters like docker opts.FilterOpt and ignores empty ones', () => {
    const r = ok(ps('-f', ' Status = exited ', '--filter=name=web', '--filter', '', '-f', 'status=exited'));
    expect(r.flags.filter).toEqual(['status=exited', 'name=web']);
    expect(r.set.has('filter')).toBe(true);
  });

  it('fills maps like docker opts.MapOpts', () => {
    expect(ok(run('--sysctl', 'a=1', '--sysctl', 'b', '--sysctl', 'a=2=3', 'x')).flags.sysctl).toEqual({
      a: '2=3',
      b: '',
    });
  });

  it('parses durations into milliseconds', () => {
    expect(ok(run('--health-interval', '1m30s', 'x')).flags['health-interval']).toBe(90_000);
    expect(ok(run('--health-interval=250us', 'x')).flags['health-interval']).toBe(0.25);
  });

  it('does not share default arrays between parses', () => {
    const specs: FlagSpec[] = [{ name: 'x', type: 'list', default: ['a'], description: '' }];
    const first = ok(parseFlags(['--x', 'b'], specs, { interspersed: true }));
    expect(first.flags.x).toEqual(['a', 'b']);
    expect(ok(parseFlags([], specs, { interspersed: true })).flags.x).toEqual(['a']);
  });
});

describe('parseFlags: positionals', () => {
  it('intersperses flags and args when allowed (docker ps a --foo reports --foo)', () => {
    const r = ok(ps('a', '-q', 'b'));
    expect(r.args).toEqual(['a', 'b']);
    expect(r.flags.quiet).toBe(true);
    expect(error(ps('a', '--foo'))).toBe('unknown flag: --foo');
  });

  it('stops at the first positional for run', () => {
    const r = ok(run('-it', 'ubuntu', 'ls', '-la'));
    expect(r.args).toEqual(['ubuntu', 'ls', '-la']);
    expect(r.flags).toMatchObject({ interactive: true, tty: true });
    expect(ok(run('ubuntu', '--help')).help).toBe(false);
    expect(ok(run('ubuntu', '--foo')).args).toEqual(['ubuntu', '--foo']);
  });

  it('treats "--" as the end of flags and "-" and "" as positionals', () => {
    expect(ok(ps('--', '-a')).args).toEqual(['-a']);
    expect(ok(ps('-q', '--')).args).toEqual([]);
    expect(ok(ps('-', 'x')).args).toEqual(['-', 'x']);
    expect(ok(ps('', '-q')).args).toEqual(['']);
    expect(ok(run('-', '-d')).args).toEqual(['-', '-d']);
    expect(ok(run('--', '-d')).args).toEqual(['-d']);
  });

  it('silently skips Go test flags (pflag ignores shorthand runs starting "test.")', () => {
    expect(ok(ps('-test.foo')).args).toEqual([]);
    expect(ok(ps('-atest.zz')).flags.all).toBe(true);
  });
});

describe('parseFlags: help', () => {
  it('recognises --help and -h, with docker deprecating -h', () => {
    const long = ok(ps('--help'));
    expect(long.help).toBe(true);
    expect(long.notices).toEqual([]);
    const short = ok(ps('-qh'));
    expect(short.help).toBe(true);
    expect(short.notices).toEqual(['Flag shorthand -h has been deprecated, use --help']);
    expect(ok(ps('-h', '-h')).notices).toHaveLength(2);
    expect(ok(ps('--help=false', '-q')).help).toBe(false);
  });

  it('still reports a later bad flag after --help (docker ps --help --foo)', () => {
    expect(error(ps('--help', '--foo'))).toBe('unknown flag: --foo');
    expect(error(ps('--foo', '--help'))).toBe('unknown flag: --foo');
  });

  it('names the help flag --help in errors because its shorthand is deprecated', () => {
    const msg =
      'invalid argument "maybe" for "--help" flag: strconv.ParseBool: parsing "maybe": invalid syntax';
    expect(error(ps('--help=maybe'))).toBe(msg);
    expect(error(ps('-h=maybe'))).toBe(msg);
  });

  it('lets a spec claim -h (docker run -h is --hostname)', () => {
    expect(error(run('-h'))).toBe("flag needs an argument: 'h' in -h");
    expect(error(run('-d', '-h'))).toBe("flag needs an argument: 'h' in -h");
    expect(ok(run('-h', 'box', 'x')).flags.hostname).toBe('box');
    expect(ok(run('--help')).help).toBe(true);
    const noHelpSpec: FlagSpec[] = [{ name: 'hostname', short: 'h', type: 'string', description: '' }];
    const r = ok(parseFlags(['--help'], noHelpSpec, { interspersed: true }));
    expect(r.help).toBe(true);
    expect(r.notices).toEqual([]);
  });

  it('reports other deprecations after a successful set', () => {
    const specs: FlagSpec[] = [{ name: 'old', type: 'bool', description: '', deprecated: 'use --new' }];
    expect(ok(parseFlags(['--old'], specs, { interspersed: true })).notices).toEqual([
      'Flag --old has been deprecated, use --new',
    ]);
  });
});

describe('parseFlags: errors (real docker 28.2.2 texts)', () => {
  it.each([
    [['--foo'], 'unknown flag: --foo'],
    [['--foo=1'], 'unknown flag: --foo'],
    [['--no_trunc'], 'unknown flag: --no_trunc'],
    [['-z'], "unknown shorthand flag: 'z' in -z"],
    [['-qz'], "unknown shorthand flag: 'z' in -z"],
    [['-aiz'], "unknown shorthand flag: 'i' in -iz"],
    [['-a='], "unknown shorthand flag: '=' in -="],
    [["-'"], "unknown shorthand flag: '\\'' in -'"],
    [['-\x01'], "unknown shorthand flag: '\\x01' in -\x01"],
    [['-\t'], "unknown shorthand flag: '\\t' in -\t"],
    [['-é'], "unknown shorthand flag: 'Ã' in -é"],
    [['-a🙂'], "unknown shorthand flag: 'ð' in -🙂"],
    [['---x'], 'bad flag syntax: ---x'],
    [['--=x'], 'bad flag syntax: --=x'],
    [['--last'], 'flag needs an argument: --last'],
    [['--format'], 'flag needs an argument: --format'],
    [['-n'], "flag needs an argument: 'n' in -n"],
    [['-f'], "flag needs an argument: 'f' in -f"],
    [['-an'], "flag needs an argument: 'n' in -n"],
    [
      ['-n', 'abc'],
      'invalid argument "abc" for "-n, --last" flag: strconv.ParseInt: parsing "abc": invalid syntax',
    ],
    [
      ['-nabc'],
      'invalid argument "abc" for "-n, --last" flag: strconv.ParseInt: parsing "abc": invalid syntax',
    ],
    [['-n='], 'invalid argument "=" for "-n, --last" flag: strconv.ParseInt: parsing "=": invalid syntax'],
    [
      ['--last=a"b'],
      'invalid argument "a\\"b" for "-n, --last" flag: strconv.ParseInt: parsing "a\\"b": invalid syntax',
    ],
    [
      ['-n', '99999999999999999999'],
      'invalid argument "99999999999999999999" for "-n, --last" flag: strconv.ParseInt: parsing "99999999999999999999": value out of range',
    ],
    [
      ['--all=maybe'],
      'invalid argument "maybe" for "-a, --all" flag: strconv.ParseBool: parsing "maybe": invalid syntax',
    ],
    [['--all='], 'invalid argument "" for "-a, --all" flag: strconv.ParseBool: parsing "": invalid syntax'],
    [
      ['-a=maybe'],
      'invalid argument "maybe" for "-a, --all" flag: strconv.ParseBool: parsing "maybe": invalid syntax',
    ],
    [
      ['-q=false=x'],
      'invalid argument "false=x" for "-q, --quiet" flag: strconv.ParseBool: parsing "false=x": invalid syntax',
    ],
    [
      ['-f', 'foo'],
      'invalid argument "foo" for "-f, --filter" flag: bad format of filter (expected name=value)',
    ],
    [
      ['--filter', 'status'],
      'invalid argument "status" for "-f, --filter" flag: bad format of filter (expected name=value)',
    ],
  ])('docker ps %j', (argv, expected) => {
    expect(error(ps(...argv))).toBe(expected);
  });

  it.each([
    [['--foo'], 'unknown flag: --foo'],
    [['--name'], 'flag needs an argument: --name'],
    [['-p'], "flag needs an argument: 'p' in -p"],
    [['-e', 'A=1', '-e'], "flag needs an argument: 'e' in -e"],
    [
      ['--rm=maybe'],
      'invalid argument "maybe" for "--rm" flag: strconv.ParseBool: parsing "maybe": invalid syntax',
    ],
    [['-e', '=x', 'x'], 'invalid argument "=x" for "-e, --env" flag: invalid environment variable: =x'],
    [
      ['--health-interval', 'abc', 'x'],
      'invalid argument "abc" for "--health-interval" flag: time: invalid duration "abc"',
    ],
    [
      ['--health-interval', '1', 'x'],
      'invalid argument "1" for "--health-interval" flag: time: missing unit in duration "1"',
    ],
    [
      ['--health-interval', '1x', 'x'],
      'invalid argument "1x" for "--health-interval" flag: time: unknown unit "x" in duration "1x"',
    ],
  ])('docker run %j', (argv, expected) => {
    expect(error(run(...argv))).toBe(expected);
  });

  it('reports the first error only', () => {
    expect(error(ps('-z', '--foo'))).toBe("unknown shorthand flag: 'z' in -z");
  });
});
