/**
 * Each program inside a container: its happy path, its errors and exit codes, in both flavours.
 * GNU texts were checked against coreutils 9.1 / bash 5.2 (LC_ALL=C) on Debian 12; busybox texts
 * are busybox 1.36's.
 */
import { describe, expect, it } from 'vitest';
import { runDocker } from '../../client/cli';
import { emptyDaemon } from '../index';
import type { DaemonState } from '../types';

const NOW = Date.parse('2024-03-15T12:00:00Z');

function pulled(): DaemonState {
  let state = emptyDaemon(9);
  for (const image of ['ubuntu', 'alpine'])
    state = runDocker(['pull', image], { state, now: NOW, tty: false }).state;
  return state;
}
const BASE = pulled();

/** `docker run --rm IMAGE SHELL -c SCRIPT`: stdout, stderr and the exit status. */
function sh(image: 'ubuntu' | 'alpine', script: string) {
  const r = runDocker(['run', '--rm', image, image === 'ubuntu' ? 'bash' : 'sh', '-c', script], {
    state: BASE,
    now: NOW,
    tty: false,
  });
  const text = (stream: 'stdout' | 'stderr') =>
    r.timeline.flatMap((e) => (e.kind === 'write' && e.stream === stream ? [e.text] : [])).join('');
  return { out: text('stdout'), err: text('stderr'), status: r.status };
}

describe('GNU coreutils in ubuntu', () => {
  it.each([
    ['ls nosuch', '', "ls: cannot access 'nosuch': No such file or directory\n", 2],
    ['cat nosuch', '', 'cat: nosuch: No such file or directory\n', 1],
    ['cat /tmp', '', 'cat: /tmp: Is a directory\n', 1],
    ['mkdir /tmp/d; mkdir /tmp/d', '', "mkdir: cannot create directory '/tmp/d': File exists\n", 1],
    ['mkdir a/b', '', "mkdir: cannot create directory 'a/b': No such file or directory\n", 1],
    ['touch a/b', '', "touch: cannot touch 'a/b': No such file or directory\n", 1],
    ['touch', '', "touch: missing file operand\nTry 'touch --help' for more information.\n", 1],
    ['rm /tmp', '', "rm: cannot remove '/tmp': Is a directory\n", 1],
    ['rm nosuch', '', "rm: cannot remove 'nosuch': No such file or directory\n", 1],
    ['rm -f nosuch', '', '', 0],
    ['cp /etc e', '', "cp: -r not specified; omitting directory '/etc'\n", 1],
    ['cp nosuch e', '', "cp: cannot stat 'nosuch': No such file or directory\n", 1],
    ['mv nosuch e', '', "mv: cannot stat 'nosuch': No such file or directory\n", 1],
    ['rmdir /etc', '', "rmdir: failed to remove '/etc': Directory not empty\n", 1],
    ['head nosuch', '', "head: cannot open 'nosuch' for reading: No such file or directory\n", 1],
    ['tail nosuch', '', "tail: cannot open 'nosuch' for reading: No such file or directory\n", 1],
    ['wc nosuch', '', 'wc: nosuch: No such file or directory\n', 1],
    ['grep x nosuch', '', 'grep: nosuch: No such file or directory\n', 2],
    ['grep nothing-like-it /etc/os-release', '', '', 1],
    ['which nosuch', '', '', 1],
    ['sleep', '', "sleep: missing operand\nTry 'sleep --help' for more information.\n", 1],
    ['cd nosuch', '', 'bash: line 1: cd: nosuch: No such file or directory\n', 1],
    ['foo', '', 'bash: line 1: foo: command not found\n', 127],
    ['ps', '', 'bash: line 1: ps: command not found\n', 127],
    ['exit 4', '', '', 4],
    ['false || echo no', 'no\n', '', 0],
    ['true && false', '', '', 1],
  ])('%s', (script, out, err, status) => {
    expect(sh('ubuntu', script)).toEqual({ out, err, status });
  });

  it('reads and writes files', () => {
    expect(sh('ubuntu', 'mkdir -p /a/b/c && touch /a/b/c/f && ls /a/b/c').out).toBe('f\n');
    expect(sh('ubuntu', 'cp /etc/passwd /tmp/p && mv /tmp/p /tmp/q && ls /tmp').out).toBe('q\n');
    expect(sh('ubuntu', 'rm -r /etc && ls /etc').err).toBe(
      "ls: cannot access '/etc': No such file or directory\n",
    );
    expect(sh('ubuntu', 'head -n 2 /etc/os-release').out).toBe(
      'NAME="Ubuntu"\nVERSION="20.04.3 LTS (Focal Fossa)"\n',
    );
    expect(sh('ubuntu', 'tail -1 /etc/os-release').out).toBe('UBUNTU_CODENAME=focal\n');
    expect(sh('ubuntu', 'wc -l /etc/os-release').out).toBe('12 /etc/os-release\n');
    expect(sh('ubuntu', 'grep -n ^ID= /etc/os-release').out).toBe('3:ID=ubuntu\n');
  });

  it('lists in long format with links, sizes and the C locale order', () => {
    const { out } = sh('ubuntu', 'ls -l /');
    expect(out.split('\n')[0]).toMatch(/^total \d+$/);
    expect(out).toContain('lrwxrwxrwx 1 root root    7 Oct 16  2021 bin -> usr/bin\n');
    expect(out).toContain('drwxrwxrwt 2 root root 4096 Oct 16  2021 tmp\n');
    expect(sh('ubuntu', 'ls -a /root').out).toBe('.\n..\n.bashrc\n.profile\n');
  });

  it('reports the system', () => {
    expect(sh('ubuntu', 'whoami; id').out).toBe('root\nuid=0(root) gid=0(root) groups=0(root)\n');
    expect(sh('ubuntu', 'uname').out).toBe('Linux\n');
    expect(sh('ubuntu', 'date').out).toBe('Fri Mar 15 12:00:00 UTC 2024\n');
    expect(sh('ubuntu', 'which ls bash').out).toBe('/usr/bin/ls\n/usr/bin/bash\n');
    expect(sh('ubuntu', 'export A=1 && env').out).toContain('\nA=1\n');
  });
});

describe('busybox in alpine', () => {
  it.each([
    ['ls nosuch', '', 'ls: nosuch: No such file or directory\n', 1],
    ['cat nosuch', '', "cat: can't open 'nosuch': No such file or directory\n", 1],
    ['rm nosuch', '', "rm: can't remove 'nosuch': No such file or directory\n", 1],
    ['rm /tmp', '', "rm: '/tmp' is a directory\n", 1],
    ['mkdir /tmp', '', "mkdir: can't create directory '/tmp': File exists\n", 1],
    ['foo', '', 'sh: foo: not found\n', 127],
    ['cd nosuch', '', "sh: cd: can't cd to nosuch: No such file or directory\n", 2],
  ])('%s', (script, out, err, status) => {
    expect(sh('alpine', script)).toEqual({ out, err, status });
  });

  it('reports as busybox does', () => {
    expect(sh('alpine', 'id').out).toBe(
      'uid=0(root) gid=0(root) groups=0(root),1(bin),2(daemon),3(sys),4(adm),6(disk),10(wheel),11(floppy),20(dialout),26(tape),27(video)\n',
    );
    expect(sh('alpine', 'ps').out).toBe(
      'PID   USER     TIME  COMMAND\n    1 root      0:00 sh -c ps\n    7 root      0:00 ps\n',
    );
    expect(sh('alpine', 'ls -l /etc/os-release').out).toMatch(
      /^-rw-r--r-- {4}1 root {5}root {11}188 Jun 20 {2}2024 \/etc\/os-release\n$/,
    );
    expect(sh('alpine', 'apk add nosuch')).toMatchObject({
      err: 'ERROR: unable to select packages:\n  nosuch (no such package):\n    required by: world[nosuch]\n',
      status: 1,
    });
  });
});
