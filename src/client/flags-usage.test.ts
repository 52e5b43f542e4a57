import { describe, expect, it } from 'vitest';
import type { FlagSpec } from './flags';
import { formatFlagUsages } from './flags';

// Every expected block below is the real docker 28.2.2 client's `--help` output (Options
// section), captured with stdin not a terminal (79 columns) or under a pty of the given width.

const FORMAT_HELP =
  "Format output using a custom template:\n'table':            Print output in table format with column headers (default)\n'table TEMPLATE':   Print output in table format using the given Go template\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates";

const PS: FlagSpec[] = [
  { name: 'all', short: 'a', type: 'bool', description: 'Show all containers (default shows just running)' },
  { name: 'filter', short: 'f', type: 'filter', description: 'Filter output based on conditions provided' },
  { name: 'format', type: 'string', description: FORMAT_HELP },
  {
    name: 'last',
    short: 'n',
    type: 'int',
    default: -1,
    description: 'Show n last created containers (includes all states)',
  },
  {
    name: 'latest',
    short: 'l',
    type: 'bool',
    description: 'Show the latest created container (includes all states)',
  },
  { name: 'no-trunc', type: 'bool', description: "Don't truncate output" },
  { name: 'quiet', short: 'q', type: 'bool', description: 'Only display container IDs' },
  { name: 'size', short: 's', type: 'bool', description: 'Display total file sizes' },
];

// A subset of `docker create` flags that includes the longest one, so the description column
// (and so each flag's block) is the same as in the full real output.
const CREATE: FlagSpec[] = [
  {
    name: 'rm',
    type: 'bool',
    description: 'Automatically remove the container and its associated anonymous volumes when it exits',
  },
  {
    name: 'annotation',
    type: 'map',
    description: 'Add an annotation to the container (passed through to the OCI runtime)',
  },
  {
    name: 'blkio-weight',
    type: 'int',
    valueName: 'uint16',
    description: 'Block IO (relative weight), between 10 and 1000, or 0 to disable (default 0)',
  },
  {
    name: 'blkio-weight-device',
    type: 'list',
    defaultText: '[]',
    description: 'Block IO weight (relative device weight)',
  },
  {
    name: 'cgroupns',
    type: 'string',
    description:
      "Cgroup namespace to use (host|private)\n'host':    Run the container in the Docker host's cgroup namespace\n'private': Run the container in its own private cgroup namespace\n'':        Use the cgroup namespace as configured by the\n           default-cgroupns-mode option on the daemon (default)",
  },
  { name: 'disable-content-trust', type: 'bool', default: true, description: 'Skip image verification' },
  { name: 'env', short: 'e', type: 'list', description: 'Set environment variables' },
  {
    name: 'health-interval',
    type: 'duration',
    description: 'Time between running the check (ms|s|m|h) (default 0s)',
  },
  {
    name: 'health-start-interval',
    type: 'duration',
    description: 'Time between running the check during the start period (ms|s|m|h) (default 0s)',
  },
  { name: 'help', type: 'bool', description: 'Print usage' },
  { name: 'hostname', short: 'h', type: 'string', description: 'Container host name' },
  { name: 'memory', short: 'm', type: 'string', valueName: 'bytes', description: 'Memory limit' },
  {
    name: 'memory-swappiness',
    type: 'int',
    default: -1,
    description: 'Tune container memory swappiness (0 to 100)',
  },
  {
    name: 'pull',
    type: 'string',
    default: 'missing',
    description: 'Pull image before creating ("always", "|missing", "never")',
  },
  {
    name: 'restart',
    type: 'string',
    default: 'no',
    description: 'Restart policy to apply when a container exits',
  },
  { name: 'sysctl', type: 'map', description: 'Sysctl options' },
  { name: 'ulimit', type: 'string', valueName: 'ulimit', defaultText: '[]', description: 'Ulimit options' },
  {
    name: 'link-local-ip',
    type: 'list',
    description: 'hidden here to prove hidden flags take no space',
    hidden: true,
  },
];

const LOGS: FlagSpec[] = [
  { name: 'details', type: 'bool', description: 'Show extra details provided to logs' },
  { name: 'follow', short: 'f', type: 'bool', description: 'Follow log output' },
  {
    name: 'since',
    type: 'string',
    description:
      'Show logs since timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)',
  },
  {
    name: 'tail',
    short: 'n',
    type: 'string',
    default: 'all',
    description: 'Number of lines to show from the end of the logs',
  },
  { name: 'timestamps', short: 't', type: 'bool', description: 'Show timestamps' },
  {
    name: 'until',
    type: 'string',
    description:
      'Show logs before a timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)',
  },
];

const PULL: FlagSpec[] = [
  { name: 'all-tags', short: 'a', type: 'bool', description: 'Download all tagged images in the repository' },
  { name: 'disable-content-trust', type: 'bool', default: true, description: 'Skip image verification' },
  { name: 'platform', type: 'string', description: 'Set platform if server is multi-platform capable' },
  { name: 'quiet', short: 'q', type: 'bool', description: 'Suppress verbose output' },
];

const PS_79 = [
  '  -a, --all             Show all containers (default shows just running)',
  '  -f, --filter filter   Filter output based on conditions provided',
  '      --format string   Format output using a custom template:',
  "                        'table':            Print output in table format",
  '                        with column headers (default)',
  "                        'table TEMPLATE':   Print output in table format",
  '                        using the given Go template',
  "                        'json':             Print in JSON format",
  "                        'TEMPLATE':         Print output using the given",
  '                        Go template.',
  '                        Refer to https://docs.docker.com/go/formatting/',
  '                        for more information about formatting output with',
  '                        templates',
  '  -n, --last int        Show n last created containers (includes all',
  '                        states) (default -1)',
  '  -l, --latest          Show the latest created container (includes all',
  '                        states)',
  "      --no-trunc        Don't truncate output",
  '  -q, --quiet           Only display container IDs',
  '  -s, --size            Display total file sizes',
].join('\n');

const PS_119 = [
  '  -a, --all             Show all containers (default shows just running)',
  '  -f, --filter filter   Filter output based on conditions provided',
  '      --format string   Format output using a custom template:',
  "                        'table':            Print output in table format with column headers (default)",
  "                        'table TEMPLATE':   Print output in table format using the given Go template",
  "                        'json':             Print in JSON format",
  "                        'TEMPLATE':         Print output using the given Go template.",
  '                        Refer to https://docs.docker.com/go/formatting/ for more information about formatting',
  '                        output with templates',
  '  -n, --last int        Show n last created containers (includes all states) (default -1)',
  '  -l, --latest          Show the latest created container (includes all states)',
  "      --no-trunc        Don't truncate output",
  '  -q, --quiet           Only display container IDs',
  '  -s, --size            Display total file sizes',
].join('\n');

const PS_49 = [
  '  -a, --all             Show all containers',
  '                        (default shows just',
  '                        running)',
  '  -f, --filter filter   Filter output based',
  '                        on conditions provided',
  '      --format string   Format output using',
  '                        a custom template:',
  "                        'table':           ",
  '                        Print output in',
  '                        table format with',
  '                        column headers',
  '                        (default)',
  "                        'table TEMPLATE':  ",
  '                        Print output in',
  '                        table format using',
  '                        the given Go',
  '                        template',
  "                        'json':            ",
  '                        Print in JSON',
  '                        format',
  "                        'TEMPLATE':        ",
  '                        Print output using',
  '                        the given Go',
  '                        template.',
  '                        Refer to',
  '                        https://docs.docker.com/go/formatting/ for more information about formatting output with templates',
  '  -n, --last int        Show n last created',
  '                        containers',
  '                        (includes all',
  '                        states) (default -1)',
  '  -l, --latest          Show the latest',
  '                        created container',
  '                        (includes all states)',
  "      --no-trunc        Don't truncate output",
  '  -q, --quiet           Only display',
  '                        container IDs',
  '  -s, --size            Display total file sizes',
].join('\n');

const PS_29 = [
  '  -a, --all             Show all containers (default shows just running)',
  '  -f, --filter filter   Filter output based on conditions provided',
  '      --format string   Format output using a custom template:',
  "                'table':            Print output in table format with column headers (default)",
  "                'table TEMPLATE':   Print output in table format using the given Go template",
  "                'json':             Print in JSON format",
  "                'TEMPLATE':         Print output using the given Go template.",
  '                Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates',
  '  -n, --last int        Show n last created containers (includes all states) (default -1)',
  '  -l, --latest          Show the latest created container (includes all states)',
  "      --no-trunc        Don't truncate output",
  '  -q, --quiet           Only display container IDs',
  '  -s, --size            Display total file sizes',
].join('\n');

const CREATE_79 = [
  '      --annotation map                   Add an annotation to the',
  '                                         container (passed through to the',
  '                                         OCI runtime) (default map[])',
  '      --blkio-weight uint16              Block IO (relative weight),',
  '                                         between 10 and 1000, or 0 to',
  '                                         disable (default 0)',
  '      --blkio-weight-device list         Block IO weight (relative device',
  '                                         weight) (default [])',
  '      --cgroupns string                  Cgroup namespace to use',
  '                                         (host|private)',
  "                                         'host':    Run the container in",
  "                                         the Docker host's cgroup",
  '                                         namespace',
  "                                         'private': Run the container in",
  '                                         its own private cgroup namespace',
  "                                         '':        Use the cgroup",
  '                                         namespace as configured by the',
  '                                                    default-cgroupns-mode',
  '                                         option on the daemon (default)',
  '      --disable-content-trust            Skip image verification (default',
  '                                         true)',
  '  -e, --env list                         Set environment variables',
  '      --health-interval duration         Time between running the check',
  '                                         (ms|s|m|h) (default 0s)',
  '      --health-start-interval duration   Time between running the check',
  '                                         during the start period',
  '                                         (ms|s|m|h) (default 0s)',
  '      --help                             Print usage',
  '  -h, --hostname string                  Container host name',
  '  -m, --memory bytes                     Memory limit',
  '      --memory-swappiness int            Tune container memory swappiness',
  '                                         (0 to 100) (default -1)',
  '      --pull string                      Pull image before creating',
  '                                         ("always", "|missing", "never")',
  '                                         (default "missing")',
  '      --restart string                   Restart policy to apply when a',
  '                                         container exits (default "no")',
  '      --rm                               Automatically remove the',
  '                                         container and its associated',
  '                                         anonymous volumes when it exits',
  '      --sysctl map                       Sysctl options (default map[])',
  '      --ulimit ulimit                    Ulimit options (default [])',
].join('\n');

const CREATE_199 = [
  '      --annotation map                   Add an annotation to the container (passed through to the OCI runtime) (default map[])',
  '      --blkio-weight uint16              Block IO (relative weight), between 10 and 1000, or 0 to disable (default 0)',
  '      --blkio-weight-device list         Block IO weight (relative device weight) (default [])',
  '      --cgroupns string                  Cgroup namespace to use (host|private)',
  "                                         'host':    Run the container in the Docker host's cgroup namespace",
  "                                         'private': Run the container in its own private cgroup namespace",
  "                                         '':        Use the cgroup namespace as configured by the",
  '                                                    default-cgroupns-mode option on the daemon (default)',
  '      --disable-content-trust            Skip image verification (default true)',
  '  -e, --env list                         Set environment variables',
  '      --health-interval duration         Time between running the check (ms|s|m|h) (default 0s)',
  '      --health-start-interval duration   Time between running the check during the start period (ms|s|m|h) (default 0s)',
  '      --help                             Print usage',
  '  -h, --hostname string                  Container host name',
  '  -m, --memory bytes                     Memory limit',
  '      --memory-swappiness int            Tune container memory swappiness (0 to 100) (default -1)',
  '      --pull string                      Pull image before creating ("always", "|missing", "never") (default "missing")',
  '      --restart string                   Restart policy to apply when a container exits (default "no")',
  '      --rm                               Automatically remove the container and its associated anonymous volumes when it exits',
  '      --sysctl map                       Sysctl options (default map[])',
  '      --ulimit ulimit                    Ulimit options (default [])',
].join('\n');

const LOGS_79 = [
  '      --details        Show extra details provided to logs',
  '  -f, --follow         Follow log output',
  '      --since string   Show logs since timestamp (e.g.',
  '                       "2013-01-02T13:23:37Z") or relative (e.g. "42m"',
  '                       for 42 minutes)',
  '  -n, --tail string    Number of lines to show from the end of the logs',
  '                       (default "all")',
  '  -t, --timestamps     Show timestamps',
  '      --until string   Show logs before a timestamp (e.g.',
  '                       "2013-01-02T13:23:37Z") or relative (e.g. "42m"',
  '                       for 42 minutes)',
].join('\n');

const PULL_79 = [
  '  -a, --all-tags                Download all tagged images in the repository',
  '      --disable-content-trust   Skip image verification (default true)',
  '      --platform string         Set platform if server is multi-platform',
  '                                capable',
  '  -q, --quiet                   Suppress verbose output',
].join('\n');

describe('formatFlagUsages matches docker --help', () => {
  it.each([
    ['docker ps, 80-column terminal / no terminal', PS, 79, PS_79],
    ['docker ps, 120 columns', PS, 119, PS_119],
    ['docker ps, 50 columns (narrow wrapping, trailing spaces kept mid-block)', PS, 49, PS_49],
    ['docker ps, 30 columns (too narrow: continuation lines indented 16)', PS, 29, PS_29],
    ['docker create subset, 79 columns', CREATE, 79, CREATE_79],
    ['docker create subset, 199 columns', CREATE, 199, CREATE_199],
    ['docker logs', LOGS, 79, LOGS_79],
    ['docker pull', PULL, 79, PULL_79],
  ] as const)('%s', (_label, specs, cols, expected) => {
    expect(formatFlagUsages(specs, cols)).toBe(expected);
  });

  it('defaults to 79 columns, as docker does when stdin is not a terminal', () => {
    expect(formatFlagUsages(PS)).toBe(PS_79);
  });
});

describe('formatFlagUsages details from pflag', () => {
  it('hides hidden and deprecated flags and the implicit help flag', () => {
    expect(
      formatFlagUsages([
        { name: 'quiet', short: 'q', type: 'bool', description: 'Quiet' },
        { name: 'old', type: 'bool', description: 'Old', deprecated: 'use --quiet' },
        { name: 'secret', type: 'string', description: 'Secret', hidden: true },
      ]),
    ).toBe('  -q, --quiet   Quiet');
  });

  it('omits a deprecated shorthand from the names', () => {
    expect(
      formatFlagUsages([
        { name: 'help', short: 'h', type: 'bool', description: 'Print usage', shortDeprecated: 'x' },
      ]),
    ).toBe('      --help   Print usage');
  });

  it('takes a `backquoted` word of the description as the value name', () => {
    expect(
      formatFlagUsages([{ name: 'signal', short: 's', type: 'string', description: 'Send `SIGNAL` first' }]),
    ).toBe('  -s, --signal SIGNAL   Send SIGNAL first');
  });

  it('renders Go defaults: quoted strings, durations, lists, maps; zero values hidden', () => {
    expect(
      formatFlagUsages([
        { name: 'a', type: 'string', default: 'x"y', description: 'A' },
        { name: 'b', type: 'duration', default: 90_000, description: 'B' },
        { name: 'c', type: 'list', default: ['p', 'q'], description: 'C' },
        { name: 'd', type: 'map', default: { z: '1', a: '2' }, description: 'D' },
        { name: 'e', type: 'int', default: 0, description: 'E' },
        { name: 'f', type: 'duration', default: 0, description: 'F' },
        { name: 'g', type: 'list', defaultText: '', description: 'G' },
      ]),
    ).toBe(
      [
        '      --a string     A (default "x\\"y")',
        '      --b duration   B (default 1m30s)',
        '      --c list       C (default [p q])',
        '      --d map        D (default map[a:2 z:1])',
        '      --e int        E',
        '      --f duration   F',
        '      --g list       G',
      ].join('\n'),
    );
  });

  it('returns an empty block for no visible flags', () => {
    expect(formatFlagUsages([])).toBe('');
  });
});
